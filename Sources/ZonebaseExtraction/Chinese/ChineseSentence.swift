import ZonebaseModel

/// What the Chinese recognizers found in one sentence, for the rules to combine.
struct ChineseSentence: Sendable {
    /// The sentence's tokens and paragraph.
    var sentence: Sentence
    /// The document's text.
    var text: ChineseText
    /// Quantities, in text order.
    var quantities: [ChineseQuantityReader.Found]
    /// Times, in text order.
    var times: [ChineseTimeReader.Found]
    /// Zones named, in text order.
    var zones: [ChineseZoneMention]
    /// Measures named (营业收入, 工业总产值), longest first at each position, in text order.
    var metrics: [(tokens: Range<Int>, metric: Metric)]

    /// The token range of the sentence.
    var range: Range<Int> { sentence.tokens }
}

/// Reads the measure phrases of a range, longest first at each position, not overlapping.
struct ChineseMetricReader {
    let text: ChineseText

    /// The characters a metric phrase can start with: most characters start none, and are passed
    /// with one bit test.
    private static let starts = CodeSet(ChineseLexicon.metrics.map { $0.phrase[0] })

    /// The metric phrases in `range`.
    func metrics(in range: Range<Int>) -> [(tokens: Range<Int>, metric: Metric)] {
        var found: [(tokens: Range<Int>, metric: Metric)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if text.codes[index] == ChineseText.word {
                let word = text.tokens[index].text
                if word == "gdp" { found.append((index..<(index + 1), .gdp)) }
                if word == "r", index + 2 < range.upperBound, text.isMark(index + 1, "&"), text.tokens[index + 2].hasText("d") {
                    found.append((index..<(index + 3), .rdSpending))
                    index += 3
                    continue
                }
                index += 1
                continue
            }
            if Self.starts.contains(text.codes[index]),
                let entry = ChineseLexicon.metrics.first(where: { text.matches($0.phrase, at: index, limit: range.upperBound) })
            {
                found.append((index..<(index + entry.phrase.count), entry.metric))
                index += entry.phrase.count
            } else {
                index += 1
            }
        }
        return found
    }
}
