/// Reads the number that starts at a token: digits (`4,338.7`), digits with a scale (`44.53-bln`,
/// `1.9 billion`, `21 billion 700 million`), number words (`nine`, `a dozen`, `twenty-five`) and
/// fractions (`one-third`).
struct NumberReader {
    /// A number read from the tokens.
    struct Reading {
        /// The value, scales applied.
        var value: Double
        /// The index one past the number's last token.
        var end: Int
        /// Whether the number is a four-digit year-like integer with no scale (`2011`).
        var isYearLike: Bool
        /// Whether the number was written as a fraction word; the value is then in percent.
        var isFraction: Bool
        /// Whether a scale word (`billion`, `bln`) was applied.
        var hasScale: Bool
    }

    let tokens: [Token]

    /// Reads a number at `index`, or returns `nil` when none starts there (or it is glued to letters,
    /// as in `G8.5`, `24th` or `5G`).
    func read(at index: Int, limit: Int) -> Reading? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            if index > 0, !token.hasSpaceBefore, tokens[index - 1].kind == .word,
                !Self.prefixWords.contains(tokens[index - 1])
            {
                return nil
            }
            guard var value = token.numberValue, value.isFinite else { return nil }
            var end = index + 1
            if end < limit, tokens[end].kind == .word, !tokens[end].hasSpaceBefore,
                !Self.attachableSuffixes.contains(tokens[end])
            {
                return nil
            }
            let isPlainInteger = !token.text.contains(",") && !token.text.contains(".")
            // "1/3", "2/3": a fraction written with a slash, read as percent (a small numerator over
            // a denominator up to ten, written solid: not a date or a ratio of amounts).
            if isPlainInteger, end + 1 < limit, tokens[end].isPunctuation("/"), !tokens[end].hasSpaceBefore,
                tokens[end + 1].kind == .number, !tokens[end + 1].hasSpaceBefore, let denominator = tokens[end + 1].numberValue,
                (2...10).contains(denominator), value >= 1, value < denominator,
                end + 2 >= limit || !tokens[end + 2].isPunctuation("/")
            {
                return Reading(value: value / denominator * 100, end: end + 2, isYearLike: false, isFraction: true, hasScale: false)
            }
            var hasScale = false
            if let (scale, afterScale) = scale(at: end, limit: limit) {
                value *= scale
                end = afterScale
                hasScale = true
                // "21 billion 700 million": a smaller amount that continues the first.
                if end + 1 < limit, tokens[end].kind == .number, let part = tokens[end].numberValue,
                    let (smaller, afterSmaller) = self.scale(at: end + 1, limit: limit), smaller < scale
                {
                    value += part * smaller
                    end = afterSmaller
                }
            }
            guard value.isFinite else { return nil }
            let isYearLike = isPlainInteger && !hasScale && token.text.count == 4 && (1900...2100).contains(value)
            return Reading(value: value, end: end, isYearLike: isYearLike, isFraction: false, hasScale: hasScale)
        case .word:
            return readWords(at: index, limit: limit)
        default:
            return nil
        }
    }

    private func readWords(at index: Int, limit: Int) -> Reading? {
        let word = tokens[index]
        if word.hasText("a"), index + 1 < limit, tokens[index + 1].isWord("dozen") {
            return Reading(value: 12, end: index + 2, isYearLike: false, isFraction: false, hasScale: false)
        }
        guard var value = NumberWords.cardinals[word], !word.hasText("dozen") else { return nil }
        var end = index + 1
        // "one-third", "two-thirds": a fraction, read as percent.
        if end + 1 < limit, tokens[end].isPunctuation("-"), tokens[end + 1].kind == .word,
            let denominator = NumberWords.denominators[tokens[end + 1]]
        {
            return Reading(
                value: value / denominator * 100, end: end + 2, isYearLike: false, isFraction: true, hasScale: false)
        }
        // "one tenth", "two thirds" written apart (not "one half" of a year: "half" needs the hyphen).
        if end < limit, tokens[end].kind == .word, value < 10, !tokens[end].hasText("half"), !tokens[end].hasText("quarter"),
            !tokens[end].hasText("quarters"), let denominator = NumberWords.denominators[tokens[end]], value < denominator
        {
            return Reading(value: value / denominator * 100, end: end + 1, isYearLike: false, isFraction: true, hasScale: false)
        }
        // "twenty-five"
        if value >= 20, end + 1 < limit, tokens[end].isPunctuation("-"),
            let unit = NumberWords.cardinals[tokens[end + 1]], unit < 10
        {
            value += unit
            end += 2
        }
        var hasScale = false
        if let (scale, afterScale) = scale(at: end, limit: limit) {
            value *= scale
            end = afterScale
            hasScale = true
        }
        return Reading(value: value, end: end, isYearLike: false, isFraction: false, hasScale: hasScale)
    }

    /// A scale word at `index` (optionally after a hyphen: `44.53-bln`), with the index after it.
    private func scale(at index: Int, limit: Int) -> (Double, Int)? {
        var position = index
        if position < limit, tokens[position].isPunctuation("-") { position += 1 }
        guard position < limit else { return nil }
        let token = tokens[position]
        if token.kind == .word, let scale = NumberWords.scales[token] {
            return (scale, position + 1)
        }
        if token.kind == .other, let scale = NumberWords.chineseScales[token.text] {
            // 1.06万亿: 万 followed by 亿 is a trillion.
            if position + 1 < limit, tokens[position + 1].kind == .other,
                let next = NumberWords.chineseScales[tokens[position + 1].text]
            {
                return (scale * next, position + 2)
            }
            return (scale, position + 1)
        }
        return nil
    }

    /// Words a number may be glued to on its left: currency codes (`RMB5.6`, `US$`).
    private static let prefixWords: WordSet = ["rmb", "usd", "us", "cny", "hk"]

    /// Words a number may be glued to on its right: scales and units (`5km2`, `44.53bln`, `30mu`).
    private static let attachableSuffixes: WordSet = [
        "bln", "bn", "mln", "mn", "billion", "million", "trillion", "km", "sq", "sqkm", "m", "ha", "mu", "yuan",
        "percent", "tn",
    ]
}
