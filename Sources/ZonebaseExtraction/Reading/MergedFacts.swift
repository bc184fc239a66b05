import ZonebaseModel

/// The facts of a document's windows, merged: the first window's as they are, and of each later
/// window those that repeat none before it (a zone by name, an event by zone, kind and date, an
/// industry by zone and name, a figure as ``FigureDeduplication`` says).
struct MergedFacts {
    private var zones: [Fact] = []
    private var events: [Fact] = []
    private var industries: [Fact] = []
    private var figures = FigureDeduplication.Kept()
    private var seen: Set<String> = []
    private var windows = 0

    /// Adds one window's facts.
    mutating func add(_ facts: [Fact]) {
        let isFirst = windows == 0
        windows += 1
        for fact in facts {
            let key: String
            switch fact {
            case .zone(let zone): key = "zone|\(zone.name)"
            case .event(let event): key = "event|\(event.zone)|\(event.kind.rawValue)|\(event.date)"
            case .industry(let industry): key = "industry|\(industry.zone)|\(industry.name)"
            case .figure(let figure):
                figures.add(figure)
                continue
            }
            guard seen.insert(key).inserted || isFirst else { continue }
            switch fact {
            case .zone: zones.append(fact)
            case .event: events.append(fact)
            case .industry: industries.append(fact)
            case .figure: break
            }
        }
    }

    /// The merged facts: zones, events, industries, then figures, each in text order.
    var facts: [Fact] { zones + events + industries + figures.figures.map(Fact.figure) }
}
