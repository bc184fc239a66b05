/// Names the measure a figure states as the text names it, normalized, beside the closed metric:
/// "the general public budget revenue" → `general public budget revenue`; "revenue from industrial
/// enterprises above designated size" → `revenue from industrial enterprises above designated size`;
/// "80 hi-tech enterprises" → `hi-tech enterprises`. A zone's operating revenue and the local fiscal
/// revenue share the metric `revenue` but not the measure, so later layers never mix them.
///
/// The name is the metric phrase with the modifiers before it (up to four words of its noun
/// phrase) and a following `of` / `from` phrase that narrows it to a class ("of industries above a
/// designated scale"). Normalized: lower case, hyphens dropped, articles and words that do not
/// tell measures apart (total, annual) dropped, "scale" after "designated" read as "size"
/// (both render 规模以上), and a plural head made singular.
struct MeasureNamer {
    let tokens: [Token]

    /// The measure a metric phrase names in its sentence.
    func name(of match: MetricLexicon.Match, in sentence: Range<Int>) -> String? {
        if let number = match.tokens.first(where: { tokens[$0].kind == .number }) {
            return normalized(Array((number + 1)..<match.tokens.upperBound))
        }
        var start = match.tokens.lowerBound
        var words = 0
        while start > sentence.lowerBound, words < 4 {
            let token = tokens[start - 1]
            if token.isPunctuation("-"), start - 2 >= sentence.lowerBound, tokens[start - 2].kind == .word {
                start -= 1
                continue
            }
            guard token.kind == .word, !Self.stops.contains(token) else { break }
            // A capitalized word inside the sentence is a name ("Suzhou's GDP"), not a modifier.
            if token.isCapitalized, start - 1 > sentence.lowerBound, !token.isWord("gdp") { break }
            start -= 1
            words += 1
        }
        var end = match.tokens.upperBound
        if end + 1 < sentence.upperBound, tokens[end].isWord("of") || tokens[end].isWord("from") {
            var probe = end + 1
            var classWords = 0
            while probe < sentence.upperBound, probe - end <= 7 {
                let token = tokens[probe]
                if token.isPunctuation("-") {
                    probe += 1
                    continue
                }
                guard token.kind == .word, !token.isCapitalized, !Self.stops.contains(token) || token.isWord("a") else { break }
                probe += 1
                classWords += 1
            }
            // Only a phrase that narrows the measure to a class of industries or enterprises, up to
            // its last class word ("of emerging industries accounted …" ends at "industries").
            let phrase = (end + 1)..<probe
            if classWords > 0, let last = phrase.last(where: { Self.classHeads.contains(tokens[$0]) }) { end = last + 1 }
        }
        return normalized(Array(start..<end))
    }

    /// The measure of a count: the counted noun phrase after the number ("industrial enterprises").
    func name(ofCount quantity: Quantity) -> String? {
        var start = quantity.numberToken + 1
        while start < quantity.tokens.upperBound, tokens[start].kind != .word || tokens[start].isWord("of")
            || Self.stops.contains(tokens[start]) && !tokens[start].isWord("new")
        {
            start += 1
        }
        return normalized(Array(start..<quantity.tokens.upperBound))
    }

    private func normalized(_ indices: [Int]) -> String? {
        // Hyphens are dropped: "fixed-asset investment" and "fixed asset investment" are one measure.
        var words: [String] = []
        for index in indices where tokens[index].kind == .word {
            var word = tokens[index].text
            if Self.dropped.contains(word) { continue }
            if word == "scale", words.last == "designated" { word = "size" }
            words.append(word)
        }
        guard let head = words.popLast() else { return nil }
        return (words + [Self.singular[head] ?? head]).joined(separator: " ")
    }

    /// Words a measure's noun phrase never runs back across.
    private static let stops: WordSet = [
        "the", "a", "an", "of", "in", "its", "their", "our", "this", "that", "these", "those", "with", "and", "or",
        "as", "for", "from", "to", "by", "on", "at", "s", "is", "are", "was", "were", "has", "have", "had", "while",
        "which", "reached", "achieved", "hit", "topped", "saw", "recorded", "registered", "realized", "realised",
        "zone", "park", "district", "area", "city", "province", "whose", "estimated", "completed", "bring", "brings",
        "brought", "yuan", "bln", "billion", "million", "trillion", "dollars", "usd", "rmb", "percent", "over", "about",
        "nearly", "more", "than", "up", "down", "new", "other",
        // Verbs that take a measure as object ("handled exports of …", "attracted investment of …").
        "handled", "posted", "generated", "attracted", "reported", "made", "created", "earned", "contributed",
        "delivered", "produced", "yielded", "paid", "collected", "raised", "secured", "attained", "logged",
        "totaled", "totalled", "received", "saw", "sees", "see", "had", "has", "have", "with", "them", "whom",
    ]

    /// Nouns that make an `of` phrase a class the measure is narrowed to.
    private static let classHeads: WordSet = [
        "industries", "industry", "enterprises", "enterprise", "companies", "firms", "sectors", "sector", "size",
        "scale",
    ]

    /// Words that do not tell measures apart.
    private static let dropped: WordSet = ["the", "a", "an", "total", "annual", "overall", "whole", "entire", "combined"]

    /// Plural heads and their singular.
    private static let singular: WordTable<String> = [
        "revenues": "revenue", "profits": "profit", "taxes": "tax", "investments": "investment", "incomes": "income",
        "values": "value", "outputs": "output",
    ]
}
