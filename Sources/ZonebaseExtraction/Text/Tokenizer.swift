/// Splits cleaned UTF-8 text into ``Token``s in one pass over the bytes.
struct Tokenizer {
    /// The tokens of `text`.
    func tokenize(_ text: [UInt8]) -> [Token] {
        tokenize(text, in: 0..<text.count)
    }

    /// The tokens of `text[range]`, with offsets into the whole of `text`; `range` starts and ends
    /// between characters.
    func tokenize(_ text: [UInt8], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let count = range.upperBound
        var space = true
        var lineBreaks = 0
        while index < count {
            let byte = text[index]
            if ByteText.isSpace(byte) {
                if byte == 0x0A { lineBreaks += 1 }
                space = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            // The normalized text, when it is not the bytes as written (lower-cased words, ASCII punctuation).
            var normalized: (bytes: (UInt64, UInt64, UInt64), count: Int)?
            if ByteText.isLetter(byte) {
                while index < count, index - start < Token.textCapacity, ByteText.isLetter(text[index]) { index += 1 }
                kind = .word
                var lowered: (UInt64, UInt64, UInt64) = (0, 0, 0)
                withUnsafeMutableBytes(of: &lowered) { buffer in
                    for offset in 0..<(index - start) { buffer[offset] = ByteText.lowercase(text[start + offset]) }
                }
                normalized = (lowered, index - start)
            } else if ByteText.isDigit(byte) {
                index = numberEnd(text, from: start, limit: count)
                kind = .number
            } else if byte < 0x80 {
                index += 1
                kind = .punctuation
            } else if byte == 0xC2, index + 1 < count, text[index + 1] == 0xA0 {
                // A no-break space is a space.
                index += 2
                space = true
                continue
            } else {
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                index = min(count, index + length)
                // Chinese characters (lead bytes E4–E9: U+4E00–U+9FFF) are never punctuation: no lookup.
                if byte < 0xE4 || byte > 0xE9, let equivalent = Self.punctuationEquivalent(of: Self.scalar(text, start..<index)) {
                    kind = .punctuation
                    var bytes: (UInt64, UInt64, UInt64) = (0, 0, 0)
                    withUnsafeMutableBytes(of: &bytes) { buffer in
                        for (offset, byte) in equivalent.utf8.enumerated() { buffer[offset] = byte }
                    }
                    normalized = (bytes, equivalent.utf8.count)
                } else {
                    kind = .other
                }
            }
            let token = text.withUnsafeBufferPointer { bytes in
                func make(_ normalizedText: UnsafeBufferPointer<UInt8>) -> Token {
                    Token(
                        kind: kind, start: start, end: index, text: normalizedText, hasSpaceBefore: space,
                        lineBreaksBefore: lineBreaks, isCapitalized: ByteText.isUppercase(byte))
                }
                guard var normalized else { return make(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                return withUnsafeBytes(of: &normalized.bytes) { raw in
                    make(UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[0..<normalized.count]))
                }
            }
            tokens.append(token)
            space = false
            lineBreaks = 0
        }
        return tokens
    }

    /// The end of a number starting at `start`: digits, then groups of `,ddd`, then `.d+`.
    private func numberEnd(_ text: [UInt8], from start: Int, limit count: Int) -> Int {
        var index = start
        while index < count, index - start < Token.textCapacity, ByteText.isDigit(text[index]) { index += 1 }
        // Grouping commas: exactly three digits follow, and then no further digit.
        // (A number is at most Token.textCapacity bytes: a longer run of digits is cut there.)
        while index + 4 <= count, index + 4 - start <= Token.textCapacity, text[index] == UInt8(ascii: ",") {
            let groupEnd = index + 4
            guard text[(index + 1)..<groupEnd].allSatisfy(ByteText.isDigit) else { break }
            if groupEnd < count, ByteText.isDigit(text[groupEnd]) { break }
            index = groupEnd
        }
        if index + 1 < count, index + 2 - start <= Token.textCapacity, text[index] == UInt8(ascii: "."), ByteText.isDigit(text[index + 1]) {
            index += 1
            while index < count, index - start < Token.textCapacity, ByteText.isDigit(text[index]) { index += 1 }
        }
        return index
    }

    /// The code point UTF-8 `text[range]` spells (the text is valid UTF-8: whole characters).
    private static func scalar(_ text: [UInt8], _ range: Range<Int>) -> UInt32 {
        let lead = text[range.lowerBound]
        var value = UInt32(lead) & (range.count == 2 ? 0x1F : range.count == 3 ? 0x0F : 0x07)
        for index in (range.lowerBound + 1)..<range.upperBound { value = value << 6 | UInt32(text[index] & 0x3F) }
        return value
    }

    /// Typographic marks read as their ASCII equivalents (and ￥ as ¥).
    private static func punctuationEquivalent(of scalar: UInt32) -> String? {
        switch scalar {
        case 0x2019, 0x2018: "'"
        case 0x201C, 0x201D: "\""
        case 0x2013, 0x2014, 0x2500: "-"
        case 0xFF0C, 0x3001: ","
        case 0x3002: "."
        case 0xFF1B: ";"
        case 0xFF1A: ":"
        case 0xFF08: "("
        case 0xFF09: ")"
        case 0xFF05: "%"
        case 0xFFE5: "\u{A5}"
        case 0xB2: "2"
        case 0x2022, 0xB7: "*"
        case 0xFF01: "!"
        case 0xFF1F: "?"
        default: nil
        }
    }
}
