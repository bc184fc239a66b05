import ZonebaseModel

/// The words that say what a number measures ("output value", "profit and tax", "tax revenue").
/// Longer phrases win over their parts: "tax revenue" is tax, "fiscal revenue" is revenue.
enum MetricLexicon {
    /// A phrase found in a sentence.
    struct Match: Sendable {
        /// The metric the phrase names.
        var metric: Metric
        /// The tokens of the phrase.
        var tokens: Range<Int>
        /// Whether the phrase names money (as opposed to counts such as "enterprises").
        var isMoney: Bool
    }

    private static let moneyPhrases: [(String, Metric)] = [
        ("profit and tax", .profitTax), ("profits and taxes", .profitTax), ("profit and taxes", .profitTax),
        ("profits and tax", .profitTax), ("tax and profit", .profitTax), ("taxes and profits", .profitTax),
        ("tax and interest", .profitTax), ("profits and taxes", .profitTax), ("profit tax", .profitTax),
        ("added value", .addedValue), ("value added", .addedValue), ("value - added", .addedValue),
        ("industrial gdp", .addedValue), ("added - value", .addedValue),
        ("economic output", .gdp), ("gdp", .gdp), ("gross domestic product", .gdp),
        ("gross regional product", .gdp), ("regional gross product", .gdp), ("regional output", .gdp),
        ("per capita", .other), ("per - capita", .other), ("economic aggregate", .gdp),
        ("output value", .outputValue), ("output", .outputValue), ("production value", .outputValue),
        ("value of industries", .outputValue), ("value of industry", .outputValue),
        ("industrial value", .outputValue), ("value of output", .outputValue),
        ("tax revenue", .tax), ("tax revenues", .tax), ("taxes", .tax), ("tax", .tax), ("tax payment", .tax),
        ("taxation", .tax),
        ("revenue", .revenue), ("revenues", .revenue), ("income", .revenue), ("sales", .revenue),
        ("turnover", .revenue), ("technology , industry and trade", .revenue),
        ("technology - industry - trade", .revenue), ("technology industry and trade", .revenue),
        ("profit", .profit), ("profits", .profit),
        ("investment", .investment), ("investments", .investment), ("invested", .investment),
        ("fdi", .investment), ("foreign direct investment", .investment), ("fixed asset", .investment),
        ("fixed assets", .investment), ("fixed - asset", .investment), ("paid - in", .investment),
        ("foreign capital", .investment), ("funding", .investment),
        ("financing", .investment), ("invest", .investment),
        ("imports and exports", .other), ("import and export", .other), ("exports and imports", .other),
        ("foreign trade", .other), ("trade", .other), ("exports", .exports), ("export", .exports),
        ("r & d spending", .rdSpending), ("r & d investment", .rdSpending), ("r & d expenditure", .rdSpending),
        ("r & d", .rdSpending), ("research and development", .rdSpending),
        ("capacity", .other), ("scale", .other), ("worth", .investment), ("value", .outputValue),
        ("worth of business", .revenue), ("disposable income", .other), ("cost", .investment),
        ("imports", .other), ("import", .other), ("capital input", .investment), ("registered capital", .investment),
        ("above - scale industries", .addedValue), ("above - scale industry", .addedValue),
        ("above - scale industrial", .addedValue),
    ]

    private static let otherPhrases: [(String, Metric)] = [
        ("hi - tech enterprises", .hitechEnterprises), ("high - tech enterprises", .hitechEnterprises),
        ("hi - tech companies", .hitechEnterprises), ("high - tech companies", .hitechEnterprises),
        ("enterprises", .enterprises), ("companies", .enterprises), ("firms", .enterprises),
        ("projects", .projects), ("jobs", .jobs), ("population", .population), ("patents", .patents),
        ("area", .area), ("land", .area),
    ]

    /// Phrases by first word, longest first; money phrases before other ones of the same length.
    /// A phrase of the lexicon, as lower-case token texts.
    private struct Phrase: Sendable {
        var words: [String]
        var metric: Metric
        var isMoney: Bool
    }

    // A WordTable (FNV over the bytes) rather than a Dictionary (seeded SipHash): it is asked once
    // for every word of every sentence.
    /// What a word starts: phrases, and the sentence cues it is (see ``SentenceCues``).
    private struct Entry: Sendable {
        var phrases: [Phrase] = []
        var cues: UInt8 = 0
    }

    private static let entries: WordTable<Entry> = {
        var map: [String: Entry] = [:]
        for (phrases, isMoney) in [(moneyPhrases, true), (otherPhrases, false)] {
            for (phrase, metric) in phrases {
                let words = phrase.split(separator: " ").map(String.init)
                map[words[0], default: Entry()].phrases.append(Phrase(words: words, metric: metric, isMoney: isMoney))
            }
        }
        for key in map.keys { map[key]?.phrases.sort { $0.words.count > $1.words.count } }
        for (word, cues) in SentenceCues.wordClasses { map[word, default: Entry()].cues |= cues }
        return WordTable(map.map { ($0.key, $0.value) })
    }()

    /// Qualifiers that look like metric words but only narrow a measure: "industries above
    /// designated scale" (规模以上) is a class of enterprises, not a scale.
    private static let qualifiers: [[String]] = [["designated", "scale"], ["designated", "size"], ["certain", "scale"]]

    /// Generic heads that close a compound measure rather than name one of their own.
    private static let compoundHeads: WordSet = ["output", "value", "revenue", "revenues", "income", "worth"]

    /// The metric phrases of `range` (longest first at each position, not overlapping) and the
    /// sentence's cues, in one pass over its words.
    static func read(_ tokens: [Token], range: Range<Int>) -> (matches: [Match], cues: SentenceCues) {
        var cues = SentenceCues()
        var found: [Match] = []
        var position = range.lowerBound
        scanning: while position < range.upperBound {
            let token = tokens[position]
            guard token.kind == .word else {
                position += 1
                continue
            }
            let mayQualify = token.isWord("designated") || token.isWord("certain")
            for qualifier in qualifiers where mayQualify && token.text == qualifier[0] && position + qualifier.count <= range.upperBound {
                if qualifier.indices.allSatisfy({ tokens[position + $0].text == qualifier[$0] }) {
                    position += qualifier.count
                    continue scanning
                }
            }
            guard let entry = entries[token] else {
                position += 1
                continue
            }
            if entry.cues != 0 { cues.note(entry.cues, at: position, in: tokens, range: range) }
            var matched: Match?
            for candidate in entry.phrases where position + candidate.words.count <= range.upperBound {
                if candidate.words.indices.allSatisfy({ tokens[position + $0].text == candidate.words[$0] }) {
                    matched = Match(
                        metric: candidate.metric, tokens: position..<(position + candidate.words.count),
                        isMoney: candidate.isMoney)
                    break
                }
            }
            if var matched {
                // "industrial added value output", "foreign trade value": a metric word right after
                // another is the head of one compound, and the first word names what it measures.
                if let last = found.last, last.isMoney, last.tokens.upperBound == position, Self.compoundHeads.contains(token),
                    matched.tokens.count == 1
                {
                    found[found.count - 1].tokens = last.tokens.lowerBound..<matched.tokens.upperBound
                    position = matched.tokens.upperBound
                    continue
                }
                // "per capita income", "per-capita GDP": a ratio to people, whatever it divides.
                if let last = found.last, last.metric == .other, last.tokens.upperBound == position,
                    tokens[last.tokens.lowerBound].isWord("per")
                {
                    found.removeLast()
                    matched = Match(metric: .other, tokens: last.tokens.lowerBound..<matched.tokens.upperBound, isMoney: true)
                }
                found.append(matched)
                position = matched.tokens.upperBound
            } else {
                position += 1
            }
        }
        return (found, cues)
    }
}
