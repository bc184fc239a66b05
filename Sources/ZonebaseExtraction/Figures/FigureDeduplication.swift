import ZonebaseModel

/// A number repeated in a document (headline and body, caption and body) is one fact: figures with
/// the same metric, value, unit, aspect and status are merged, keeping the statement that says the
/// most (a period over none).
enum FigureDeduplication {
    /// `figures` without repeats, in text order.
    static func deduplicated(_ figures: [Figure]) -> [Figure] {
        var kept: [Figure] = []
        var indexByKey: [String: Int] = [:]
        for figure in figures {
            let key = "\(figure.metric.rawValue)|\(figure.value)|\(figure.unit.rawValue)|\(figure.aspect.rawValue)|"
                + "\(figure.status.rawValue)|\(figure.isConversion)"
            if let existing = indexByKey[key] {
                if kept[existing].period == nil && figure.period != nil { kept[existing] = figure }
                continue
            }
            indexByKey[key] = kept.count
            kept.append(figure)
        }
        return kept
    }
}
