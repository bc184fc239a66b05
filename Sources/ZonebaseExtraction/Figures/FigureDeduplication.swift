import ZonebaseModel

/// A number repeated in a document (headline and body, caption and body) is one fact: figures with
/// the same metric, value, unit, aspect and status are merged, keeping the statement that says the
/// most (a period over none). The same number stated for two different periods ("130 square
/// kilometers by 2025", "around 130 square kilometers" over the plan period) is two facts.
enum FigureDeduplication {
    /// What makes two figures one statement repeated (the period is compared apart).
    private struct Key: Hashable {
        var metric: Metric
        var value: Double
        var unit: FigureUnit
        var aspect: Aspect
        var status: FigureStatus
        var isConversion: Bool
    }

    /// `figures` without repeats, in text order.
    static func deduplicated(_ figures: [Figure]) -> [Figure] {
        var kept = Kept()
        for figure in figures { kept.add(figure) }
        return kept.figures
    }

    /// The figures kept so far: repeats are dropped as they come, so a page that states one
    /// number a hundred thousand times holds one figure, not a hundred thousand.
    struct Kept {
        /// The figures without repeats, in text order.
        private(set) var figures: [Figure] = []
        private var indicesByKey: [Key: [Int]] = [:]

        /// Adds `figure` unless it repeats one kept (replacing that one when only it has a period).
        mutating func add(_ figure: Figure) {
            let key = Key(
                metric: figure.metric, value: figure.value, unit: figure.unit, aspect: figure.aspect, status: figure.status,
                isConversion: figure.isConversion)
            let candidates = indicesByKey[key] ?? []
            if let existing = candidates.first(where: { figures[$0].period == nil || figure.period == nil || figures[$0].period == figure.period }) {
                if figures[existing].period == nil && figure.period != nil { figures[existing] = figure }
                return
            }
            indicesByKey[key, default: []].append(figures.count)
            figures.append(figure)
        }
    }
}
