/// Pinyin glosses some pages print inside words, 上海化學工業(yè)區(qū): the rules read the words without
/// them, while quotes still span the page's bytes, glosses included.
enum ChineseGlosses {
    /// `tokens` without each "(" + ASCII letters + ")" that stands between two Chinese characters.
    static func removed(from tokens: [Token]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if tokens[index].isPunctuation("("), index > 0, tokens[index - 1].kind == .other,
                let close = glossEnd(tokens, from: index + 1), close + 1 < tokens.count, tokens[close + 1].kind == .other
            {
                index = close + 1
                continue
            }
            kept.append(tokens[index])
            index += 1
        }
        return kept
    }

    /// The index of the ")" closing a gloss of one or two short lower-case syllables, if one does.
    private static func glossEnd(_ tokens: [Token], from start: Int) -> Int? {
        var index = start
        while index < tokens.count, index - start < 3 {
            let token = tokens[index]
            if token.isPunctuation(")") { return index > start ? index : nil }
            // Tone marks (è, ū) split a syllable into ASCII letters and other characters.
            guard token.kind == .word && !token.isCapitalized || token.kind == .other && token.end - token.start == 2 else { return nil }
            index += 1
        }
        return index < tokens.count && tokens[index].isPunctuation(")") ? index : nil
    }
}
