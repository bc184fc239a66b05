import ZonebaseModel

extension EventRecognizer {
    /// Completes dates given without a year. "Established in 1996 … After 16 years' construction …
    /// On Aug 28, the State Council approved": the approval is in 1996 + 16 = 2012. The elapsed years
    /// count only for an event near the sentence that states them (three sentences either way).
    func completeYears(_ events: inout [ZoneEvent], yearless: [(event: Int, sentence: Int)], analyzed: [AnalyzedSentence]) {
        guard !yearless.isEmpty else { return }
        let founding = events.first { $0.kind == .established && $0.date.year > 0 }?.date.year
        let elapsed = elapsedYears(in: analyzed)
        for (index, sentence) in yearless where events[index].date.year == 0 {
            if let founding, let elapsed, abs(elapsed.sentence - sentence) <= 3 {
                events[index].date.year = founding + elapsed.years
            } else if let year = context.documentDate?.year {
                events[index].date.year = year
            }
        }
        events.removeAll { $0.date.year == 0 }
    }

    /// "after 16 years", "After 16-year's construction": the number of years since the founding.
    private func elapsedYears(in analyzed: [AnalyzedSentence]) -> (years: Int, sentence: Int)? {
        for (sentenceIndex, sentence) in analyzed.enumerated() {
            for index in sentence.range where tokens[index].isWord("after") {
                var position = index + 1
                if position < sentence.range.upperBound, tokens[position].isWord("over") { position += 1 }
                guard position + 1 < sentence.range.upperBound, let value = tokens[position].numberValue else { continue }
                position += 1
                if tokens[position].isPunctuation("-") { position += 1 }
                if position < sentence.range.upperBound, tokens[position].isWord("years") || tokens[position].isWord("year") {
                    return (Int(value), sentenceIndex)
                }
            }
        }
        return nil
    }

    /// One event per zone, kind and date.
    func deduplicated(_ events: [ZoneEvent]) -> [ZoneEvent] {
        var seen = Set<String>()
        return events.filter { event in
            seen.insert("\(context.zones.key(of: event.zone).words.sorted())|\(event.kind.rawValue)|\(event.date)").inserted
        }
    }
}
