import ZonebaseModel
public import ZonebaseStorage

/// Each article counted once: what a copy says that the document standing for its cluster
/// (``CopyCluster``) also says is left out of series, conflicts, rankings and checks, and the
/// standing document's source says how many copies repeat it. So five mirrors of one report are
/// one source, not five agreeing, and a copy's later date cannot make it "the later report"
/// against its own original.
///
/// A copy is left out fact by fact, not as a whole: only where the standing document states the
/// same thing (a figure of the same subject, metric, aspect, status and period, whatever its value:
/// a mirror that changed a number does not disagree with its original; an event of the same zone
/// and kind). Pages written from one template (two zones' notices alike but for the names and
/// numbers) can look like copies of each other, and what one says of its own zone is no repeat of
/// the other.
public struct ArticleCounting: Sendable {
    /// For each copy, the document that stands for its cluster.
    private let standing: [String: String]

    /// What a figure is about, in one document.
    private struct FigureKey: Hashable {
        var document: String
        var subject: SubjectKey
        var metric: Metric
        var aspect: Aspect
        var status: FigureStatus
        var period: Period?
    }

    /// What an event is about, in one document.
    private struct EventKey: Hashable {
        var document: String
        var subject: SubjectKey
        var kind: EventKind
    }

    /// The counting of `copies` (``KnowledgeBase/copies()``).
    public init(_ copies: [DocumentSummary]) {
        var standing: [String: String] = [:]
        for cluster in CopyCluster.clusters(copies) {
            for copy in cluster.copies { standing[copy.id] = cluster.canonical.id }
        }
        self.standing = standing
    }

    /// The counting of the clusters `store` holds now.
    public static func of(_ store: any KnowledgeBase) async throws -> ArticleCounting {
        ArticleCounting(try await store.copies())
    }

    /// The counting of the clusters the documents of `figures` and `events` are in: all an answer drawn
    /// from them needs, read by index however many documents are stored.
    public static func of(_ store: any KnowledgeBase, figures: [FigureRow], events: [EventRow] = []) async throws -> ArticleCounting {
        let documents = Set(figures.map(\.figure.document)).union(events.map(\.event.document))
        return ArticleCounting(try await store.copies(inClustersOf: documents))
    }

    /// The figures of `rows` as observations, each article once. A figure's own filter (zone, metric,
    /// period, status) lets the standing document's figure of the same key through too, so the
    /// comparison needs nothing but `rows`.
    public func observations(_ rows: [FigureRow]) -> [Observation] {
        let all = rows.map(Observation.init)
        guard !standing.isEmpty else { return all }
        func key(_ observation: Observation, in document: String) -> FigureKey {
            FigureKey(
                document: document, subject: observation.subject, metric: observation.metric, aspect: observation.aspect,
                status: observation.status, period: observation.period)
        }
        let stated = Set(all.filter { standing[$0.source.document] == nil }.map { key($0, in: $0.source.document) })
        var repeats: [FigureKey: Set<String>] = [:]  // the copies that repeat it
        var kept: [Observation] = []
        for observation in all {
            if let canonical = standing[observation.source.document] {
                let asStated = key(observation, in: canonical)
                if stated.contains(asStated) {
                    repeats[asStated, default: []].insert(observation.source.document)
                    continue
                }
            }
            kept.append(observation)
        }
        return kept.map { observation in
            var observation = observation
            observation.source.copies = repeats[key(observation, in: observation.source.document)]?.count ?? 0
            return observation
        }
    }

    /// The events of `rows` as observations, each article once.
    public func events(_ rows: [EventRow]) -> [EventObservation] {
        let all = rows.compactMap(EventObservation.init)
        guard !standing.isEmpty else { return all }
        let stated = Set(all.filter { standing[$0.source.document] == nil }.map {
            EventKey(document: $0.source.document, subject: $0.subject, kind: $0.kind)
        })
        var repeats: [EventKey: Set<String>] = [:]
        var kept: [EventObservation] = []
        for event in all {
            if let canonical = standing[event.source.document] {
                let asStated = EventKey(document: canonical, subject: event.subject, kind: event.kind)
                if stated.contains(asStated) {
                    repeats[asStated, default: []].insert(event.source.document)
                    continue
                }
            }
            kept.append(event)
        }
        return kept.map { event in
            var event = event
            event.source.copies = repeats[EventKey(document: event.source.document, subject: event.subject, kind: event.kind)]?.count ?? 0
            return event
        }
    }

    /// Whether `document` is a copy of a document that stands for it.
    public func isCopy(_ document: String) -> Bool { standing[document] != nil }
}
