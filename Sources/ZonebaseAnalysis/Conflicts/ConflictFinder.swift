import ZonebaseModel

/// Finds disagreeing sources: figures on the same subject, metric, measure, aspect, unit, status and
/// period whose values differ beyond rounding, and events of the same kind on the same zone with dates
/// that cannot be the same day.
public enum ConflictFinder {
    /// A group of observations that agree, represented by its preferred member.
    struct Cluster<Member> {
        var best: Member
        var members: [Member]
    }

    /// Every conflict among `observations` and `events`, by subject.
    public static func conflicts(figures observations: [Observation], events: [EventObservation]) -> [Conflict] {
        figureConflicts(observations) + eventConflicts(events)
    }

    /// Readings of the same figure grouped by agreement; more than one group is a conflict.
    public static func figureConflicts(_ observations: [Observation]) -> [Conflict] {
        var groups: [FigureTopicKey: [Observation]] = [:]
        // Only dated, stated values: "over 100" does not contradict "120", and two undated counts
        // may simply be from different years.
        // "other" gathers unlike quantities, so its values are not readings of one fact.
        for observation in observations
        where !observation.isConversion && observation.period != nil && [.exact, .approx].contains(observation.bound)
            && observation.metric != .other
        {
            groups[FigureTopicKey(observation), default: []].append(observation)
        }
        return groups.compactMap { key, members -> Conflict? in
            // Several values in one document are about different things the text lumps together (sub-parks,
            // sectors); sources disagree only when one document's values all differ from another's.
            guard documentsDisagree(members) else { return nil }
            let clusters = clusterFigures(members)
            guard clusters.count > 1 else { return nil }
            return conflict(subject: key.measure.subject, topic: .figure(
                metric: key.measure.metric, aspect: key.measure.aspect, unit: key.measure.unit, status: key.status, period: key.period),
                clusters: clusters,
                precision: { Precision.significantDigits($0.value) }, source: \.source, value: { Self.format($0.value) })
        }.inListingOrder()
    }


    /// Dates of the same event grouped by compatibility; more than one group is a conflict.
    public static func eventConflicts(_ events: [EventObservation]) -> [Conflict] {
        var groups: [EventTopicKey: [EventObservation]] = [:]
        for event in events { groups[EventTopicKey(subject: event.subject, kind: event.kind), default: []].append(event) }
        return groups.compactMap { key, members -> Conflict? in
            // As with figures: dates one document gives are about different steps the text names
            // alike; sources disagree only when one document's dates all differ from another's.
            let byDocument = Dictionary(grouping: members, by: \.source.document).values.map { $0.map(\.date) }
            let disagree = byDocument.indices.contains { index in
                byDocument[(index + 1)...].contains { other in
                    !byDocument[index].contains { date in other.contains { date.isCompatible(with: $0) } }
                }
            }
            guard disagree else { return nil }
            var clusters: [Cluster<EventObservation>] = []
            for event in members.sorted(by: { ($0.date.precision, $0.source.document) > ($1.date.precision, $1.source.document) }) {
                if let index = clusters.firstIndex(where: { $0.best.date.isCompatible(with: event.date) }) {
                    clusters[index].members.append(event)
                } else {
                    clusters.append(Cluster(best: event, members: [event]))
                }
            }
            guard clusters.count > 1 else { return nil }
            return conflict(subject: key.subject, topic: .eventDate(kind: key.kind), clusters: clusters,
                            precision: { $0.date.precision }, source: \.source, value: { $0.date.description })
        }.inListingOrder()
    }

    /// Whether two documents give only values that disagree with each other.
    static func documentsDisagree(_ members: [Observation]) -> Bool {
        let byDocument = Dictionary(grouping: members, by: \.source.document).values.map { $0.map(\.value) }
        guard byDocument.count > 1 else { return false }
        for (index, first) in byDocument.enumerated() {
            for second in byDocument[(index + 1)...] where !first.contains(where: { a in second.contains { Precision.agree(a, $0) } }) {
                return true
            }
        }
        return false
    }

    /// Observations grouped so that each agrees with its group's most precise member.
    static func clusterFigures(_ members: [Observation]) -> [Cluster<Observation>] {
        var clusters: [Cluster<Observation>] = []
        let byPrecision = members.map { (digits: Precision.significantDigits($0.value), observation: $0) }
            .sorted { ($0.digits, $0.observation.source.document) > ($1.digits, $1.observation.source.document) }
            .map(\.observation)
        for observation in byPrecision {
            if let index = clusters.firstIndex(where: { Precision.agree($0.best.value, observation.value) }) {
                clusters[index].members.append(observation)
            } else {
                clusters.append(Cluster(best: observation, members: [observation]))
            }
        }
        return clusters
    }

    private static func conflict<Member>(
        subject: SubjectKey, topic: Conflict.Topic, clusters: [Cluster<Member>], precision: (Member) -> Int,
        source: KeyPath<Member, SourceReference>, value: (Member) -> String
    ) -> Conflict {
        // The preferred reading wins every pairwise comparison against the others' best members.
        var ordered = clusters
        var reason = ""
        for index in ordered.indices.dropFirst() {
            let decision = Preference.choose(
                ordered[0].best[keyPath: source], precision: precision(ordered[0].best),
                ordered[index].best[keyPath: source], precision: precision(ordered[index].best))
            if !decision.firstWins {
                ordered.swapAt(0, index)
            }
        }
        for index in ordered.indices.dropFirst() {
            let decision = Preference.choose(
                ordered[0].best[keyPath: source], precision: precision(ordered[0].best),
                ordered[index].best[keyPath: source], precision: precision(ordered[index].best))
            reason = reason.isEmpty ? decision.reason : reason
        }
        return Conflict(
            subject: subject, topic: topic,
            readings: ordered.map { cluster in
                Conflict.Reading(value: value(cluster.best), sources: cluster.members.map { $0[keyPath: source] })
            },
            reason: "preferred: \(reason)")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// The identity of a figure across sources: its measure as named too, so that shares of different
/// things ("of the nation's exports", "of its GDP") or two revenues (total, budget) are not readings
/// of one fact.
struct FigureTopicKey: Hashable {
    var measure: MeasureKey
    var namedMeasure: String?
    var status: FigureStatus
    var period: Period?

    init(_ observation: Observation) {
        measure = MeasureKey(observation)
        namedMeasure = observation.measure
        status = observation.status
        period = observation.period
    }
}

/// The identity of an event across sources.
struct EventTopicKey: Hashable {
    var subject: SubjectKey
    var kind: EventKind
}

extension [Conflict] {
    /// By subject, then topic, then first reading: the same list whatever order the groups came in.
    /// Each conflict's key is built once, not at every comparison.
    fileprivate func inListingOrder() -> [Conflict] {
        map { (key: ($0.subject, $0.topic.listingKey, $0.readings.first?.value ?? ""), conflict: $0) }
            .sorted { $0.key < $1.key }
            .map(\.conflict)
    }
}
