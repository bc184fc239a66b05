public import ZonebaseStorage

/// Each article counted once: what a document that copies another says is left out of series,
/// conflicts, rankings and checks (the document that stands for its cluster, ``CopyCluster``, says
/// it for all), and each source of the one that stands says how many copies repeat it. So five
/// mirrors of one report are one source, not five agreeing, and a copy's later date cannot make
/// it "the later report" against its own original.
public struct ArticleCounting: Sendable {
    /// Documents left out: copies of a document that stands for them.
    private let left: Set<String>
    /// For each document that stands for a cluster, how many copies repeat it.
    private let repeats: [String: Int]

    /// The counting of `copies` (``KnowledgeBase/copies()``).
    public init(_ copies: [DocumentSummary]) {
        let clusters = CopyCluster.clusters(copies)
        left = Set(clusters.flatMap { $0.copies.map(\.id) })
        repeats = Dictionary(uniqueKeysWithValues: clusters.map { ($0.canonical.id, $0.copies.count) })
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

    /// The figures of `rows` as observations, each article once.
    public func observations(_ rows: [FigureRow]) -> [Observation] {
        rows.filter { !left.contains($0.figure.document) }.map { row in
            var observation = Observation(row)
            observation.source.copies = repeats[row.figure.document] ?? 0
            return observation
        }
    }

    /// The events of `rows` as observations, each article once.
    public func events(_ rows: [EventRow]) -> [EventObservation] {
        rows.filter { !left.contains($0.event.document) }.compactMap { row in
            guard var observation = EventObservation(row) else { return nil }
            observation.source.copies = repeats[row.event.document] ?? 0
            return observation
        }
    }

    /// Whether `document` is left out as a copy.
    public func isCopy(_ document: String) -> Bool { left.contains(document) }
}
