/// Removes HTML from a text while keeping every byte where it was: tags, comments, scripts and
/// styles become spaces (block-level tags a line break), and an entity becomes its character padded
/// with spaces. Offsets into the cleaned text are therefore offsets into the decoded text.
struct MarkupCleaner {
    /// The cleaned copy of `text`, of the same length.
    func clean(_ text: [UInt8]) -> [UInt8] {
        var output = text
        let count = text.count
        var index = 0
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: "<") {
                index = blankMarkup(at: index, in: text, into: &output)
            } else if byte == UInt8(ascii: "&") {
                index = replaceEntity(at: index, in: text, into: &output)
            } else {
                index += 1
            }
        }
        return output
    }

    /// Blanks the tag, comment or script starting at `start` and returns the offset after it; a `<`
    /// that opens no tag (or whose tag never closes) is left as text.
    private func blankMarkup(at start: Int, in text: [UInt8], into output: inout [UInt8]) -> Int {
        let count = text.count
        guard start + 1 < count else { return start + 1 }
        let next = text[start + 1]
        if next == UInt8(ascii: "!"), ByteText.hasPrefix(text, at: start, "<!--") {
            let end = ByteText.find(text, "-->", from: start + 4).map { $0 + 3 } ?? count
            blank(&output, start..<end, lineBreak: true)
            return end
        }
        guard let close = Self.tagClose(text, from: start) else { return start + 1 }
        let name = Self.tagName(text, from: start + 1)
        let end = close + 1
        blank(&output, start..<end, lineBreak: Self.blockTags.contains(name))
        if (name == "script" || name == "style") && text[close - 1] != UInt8(ascii: "/") {
            // Everything up to the matching end tag is code, not prose.
            let closing = ByteText.findCaseInsensitive(text, "</" + name, from: end) ?? count
            let after = ByteText.find(text, ">", from: closing).map { $0 + 1 } ?? count
            blank(&output, end..<after, lineBreak: true)
            return after
        }
        return end
    }

    /// The offset of the `>` that closes the tag opened by the `<` at `start`, or nil when it opens no
    /// tag: not followed by a letter, `/`, `!` or `?`, or not closed within 4 kB (quoted `>` skipped).
    static func tagClose(_ text: [UInt8], from start: Int) -> Int? {
        let count = text.count
        guard start + 1 < count else { return nil }
        let next = text[start + 1]
        let isTagStart = ByteText.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
            || next == UInt8(ascii: "?")
        guard isTagStart else { return nil }
        // A tag closes within a few kilobytes; a stray "<" in prose must not swallow the page.
        let limit = min(count, start + 4096)
        var close = start + 1
        var quote: UInt8 = 0
        while close < limit {
            let byte = text[close]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return close
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            close += 1
        }
        return nil
    }

    /// The lowercased name of the tag whose name starts at `start` (after `<`, a `/` skipped).
    static func tagName(_ text: [UInt8], from start: Int) -> String {
        var index = start
        if index < text.count && text[index] == UInt8(ascii: "/") { index += 1 }
        var name: [UInt8] = []
        while index < text.count, ByteText.isLetter(text[index]) || ByteText.isDigit(text[index]), name.count < 12 {
            name.append(ByteText.lowercase(text[index]))
            index += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private func blank(_ output: inout [UInt8], _ range: Range<Int>, lineBreak: Bool) {
        for offset in range where output[offset] != UInt8(ascii: "\n") { output[offset] = 0x20 }
        if lineBreak, !range.isEmpty { output[range.lowerBound] = UInt8(ascii: "\n") }
    }

    /// Replaces a character reference (`&amp;`, `&#8217;`, `&#x4E2D;`) with its UTF-8 bytes followed
    /// by spaces; every reference is at least as long as the character it stands for.
    private func replaceEntity(at start: Int, in text: [UInt8], into output: inout [UInt8]) -> Int {
        let limit = min(text.count, start + 12)
        var end = start + 1
        while end < limit, text[end] != UInt8(ascii: ";"), ByteText.isLetter(text[end]) || ByteText.isDigit(text[end])
            || text[end] == UInt8(ascii: "#")
        {
            end += 1
        }
        guard end < limit, text[end] == UInt8(ascii: ";"), end > start + 1 else { return start + 1 }
        let body = String(decoding: text[(start + 1)..<end], as: UTF8.self)
        let scalar: Unicode.Scalar?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if body.hasPrefix("#") {
            scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            scalar = Self.namedEntities[body.lowercased()]
        }
        guard let scalar, scalar.value != 0 else { return start + 1 }
        var replacement = Array(String(scalar == "\u{A0}" ? " " : Character(scalar)).utf8)
        let length = end + 1 - start
        guard replacement.count <= length else { return start + 1 }
        replacement += Array(repeating: 0x20, count: length - replacement.count)
        output.replaceSubrange(start..<(end + 1), with: replacement)
        return end + 1
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl",
        "dt", "dd", "section", "article", "header", "footer", "nav", "title", "blockquote", "option", "tbody",
        "body", "html", "head", "form", "aside", "main", "figure", "figcaption", "hr", "pre", "address", "caption",
    ]

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "hellip": "\u{2026}", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "middot": "\u{B7}", "copy": "\u{A9}", "yen": "\u{A5}", "times": "\u{D7}",
        "deg": "\u{B0}", "reg": "\u{AE}", "sup2": "\u{B2}", "bull": "\u{2022}", "raquo": "\u{BB}", "laquo": "\u{AB}",
    ]
}
