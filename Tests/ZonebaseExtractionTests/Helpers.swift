import ZonebaseExtraction
import ZonebaseModel

/// The figures extracted from a short text.
func figures(in text: String) -> [Figure] {
    Extractor().extract(text: text, documentID: "t").facts.compactMap {
        if case .figure(let figure) = $0 { return figure }
        return nil
    }
}

/// The events extracted from a short text.
func events(in text: String) -> [ZoneEvent] {
    Extractor().extract(text: text, documentID: "t").facts.compactMap {
        if case .event(let event) = $0 { return event }
        return nil
    }
}

extension DocumentFacts {
    var figures: [Figure] { facts.compactMap { if case .figure(let value) = $0 { value } else { nil } } }
    var events: [ZoneEvent] { facts.compactMap { if case .event(let value) = $0 { value } else { nil } } }
    var zones: [Zone] { facts.compactMap { if case .zone(let value) = $0 { value } else { nil } } }
    var industries: [Industry] { facts.compactMap { if case .industry(let value) = $0 { value } else { nil } } }

    /// The figure whose quote contains `quote`.
    func figure(quoting quote: String) -> Figure? {
        figures.first { $0.evidence.quote.contains(quote) }
    }
}
