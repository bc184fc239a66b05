import ZonebaseModel

/// A Chinese document as the Chinese rules read it: one code per token, where a Han character is
/// its Unicode scalar in simplified form (鄭 reads as 郑, so one table serves both scripts), a
/// number token is ``number`` and an ASCII word is ``word``. Matching compares integers, never
/// strings; quotes and names are still cut from the page's own bytes.
struct ChineseText: Sendable {
    /// The document's tokens.
    let tokens: [Token]
    /// One code per token (see the type's description).
    let codes: [UInt32]

    /// The code of a number token.
    static let number: UInt32 = 0x11_0001
    /// The code of an ASCII word token.
    static let word: UInt32 = 0x11_0002

    /// The enumeration comma 、, kept apart from the comma: it joins the items of a list, where ，
    /// ends a clause.
    static let enumerationComma: UInt32 = 0x3001

    /// Reads `tokens` of the cleaned `text` they were cut from.
    init(tokens: [Token], text: [UInt8]) {
        self.tokens = tokens
        codes = tokens.map { token in
            switch token.kind {
            case .number: return Self.number
            case .word: return Self.word
            case .punctuation, .other:
                // The tokenizer reads 、 as a comma; lists need it told apart (E3 80 81).
                if token.end - token.start == 3, text[token.start] == 0xE3, text[token.start + 1] == 0x80,
                    text[token.start + 2] == 0x81
                {
                    return Self.enumerationComma
                }
                guard let scalar = Self.firstScalar(of: token) else { return 0 }
                return ChineseScript.simplified(scalar)
            }
        }
    }

    /// The first Unicode scalar of the token's text, decoded from its UTF-8 bytes (the text is valid
    /// UTF-8: a token holds whole characters of decoded text).
    private static func firstScalar(of token: Token) -> UInt32? {
        token.withTextBytes { bytes -> UInt32? in
            guard let lead = bytes.first else { return nil }
            if lead < 0x80 { return UInt32(lead) }
            let count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard bytes.count >= count, bytes[1..<count].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                return String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value
            }
            var value = UInt32(lead) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
            for offset in 1..<count { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
            return value
        }
    }

    /// The digits of the number token at `index`, joined with the next when a wrapped line cut the
    /// number in two ("20⏎02年"), and the token after them.
    func digits(at index: Int, limit: Int) -> (text: String, end: Int) {
        let next = index + 1
        if next < limit, codes[next] == Self.number, tokens[next].lineBreaksBefore == 1,
            !tokens[index].text.contains("."), tokens[index].end - tokens[index].start < 4
        {
            return (tokens[index].text + tokens[next].text, next + 1)
        }
        return (tokens[index].text, next)
    }

    /// The page's own characters of `range` (Chinese characters as written, punctuation normalized).
    func writtenText(_ range: Range<Int>) -> String { range.map { tokens[$0].text }.joined() }

    /// Whether the tokens from `index` spell `phrase` (codes of simplified characters).
    @inline(__always) func matches(_ phrase: [UInt32], at index: Int, limit: Int) -> Bool {
        guard index >= 0, index + phrase.count <= limit else { return false }
        for offset in phrase.indices where codes[index + offset] != phrase[offset] { return false }
        return true
    }

    /// Whether the tokens ending just before `end` spell `phrase`.
    @inline(__always) func matches(_ phrase: [UInt32], endingAt end: Int, lowerLimit: Int) -> Bool {
        let start = end - phrase.count
        guard start >= lowerLimit else { return false }
        return matches(phrase, at: start, limit: end)
    }

    /// Whether the token at `index` is a Han character (after mapping).
    @inline(__always) func isHan(_ index: Int) -> Bool {
        let code = codes[index]
        return (0x3400...0x9FFF).contains(code) || (0x2_0000...0x3_FFFF).contains(code)
    }

    /// Whether the token at `index` is the ASCII punctuation `mark` (full-width marks are normalized).
    @inline(__always) func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool { codes[index] == mark.value }

    /// The first position in `range` where `phrase` starts.
    func firstIndex(of phrase: [UInt32], in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + phrase.count <= range.upperBound {
            if codes[index] == phrase[0], matches(phrase, at: index, limit: range.upperBound) { return index }
            index += 1
        }
        return nil
    }

    /// The last position in `range` where `phrase` starts.
    func lastIndex(of phrase: [UInt32], in range: Range<Int>) -> Int? {
        var index = range.upperBound - phrase.count
        while index >= range.lowerBound {
            if codes[index] == phrase[0], matches(phrase, at: index, limit: range.upperBound) { return index }
            index -= 1
        }
        return nil
    }

    /// Whether `range` holds `phrase`.
    func contains(_ phrase: [UInt32], in range: Range<Int>) -> Bool { firstIndex(of: phrase, in: range) != nil }
}

/// Phrases written as text, read into codes once.
enum ChinesePhrase {
    /// The codes of `text`, each character mapped to simplified form.
    static func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map { ChineseScript.simplified($0.value) } }

    /// The codes of each of `texts`, longest first (so that a longer phrase wins over its prefix).
    static func list(_ texts: [String]) -> [[UInt32]] { texts.map(codes).sorted { $0.count > $1.count } }
}
