import Foundation

/// A document's title as people read it, from what a page or its first lines state: without the
/// marks of a Markdown heading, a dateline in front ("date 2023-12-12 …", "Posted 2012-09-03"), or
/// the site's name behind a separator ("… | Sichuan Investment Portal", "…_Sichuan Online"). A
/// breadcrumb ("Home > Zones > Leshan", "首页 > 政务公开") is no title.
public enum DocumentTitle {
    /// The first of the first 40 lines of `text` (cleaned of markup) that makes a title: a headline
    /// of three words or more (five characters of Chinese), not a menu or a label. Only a line's
    /// first ``longestLine`` bytes are read (a title is cut at 200 characters), as tidying whole
    /// paragraphs (the first lines of a page without line breaks) was an eighth of extraction time.
    public static func first(ofLines text: [UInt8]) -> String? {
        var lines = 0
        var lineStart = 0
        let limit = min(text.count, 20_000)
        while lineStart < limit, lines < 40 {
            var lineEnd = lineStart
            while lineEnd < limit, text[lineEnd] != 0x0A { lineEnd += 1 }
            let whole = text[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard whole.contains(where: { !ByteText.isSpace($0) }) else { continue }
            let line = whole.prefix(longestLine)
            // White space beyond ASCII (U+3000 and others) only: decoded to tell.
            let isBlank = !line.contains { $0 < 0x80 && !ByteText.isSpace($0) && $0 != 0x0B }
                && !String(decoding: line, as: UTF8.self).unicodeScalars.contains { !$0.properties.isWhitespace }
            guard !isBlank else { continue }
            lines += 1
            // A headline has eight letters at least; a letter is an ASCII letter or a character
            // beyond ASCII (one lead byte each): a line with fewer is passed over without tidying.
            guard line.count(where: { ByteText.isLetter($0) || $0 >= 0xC0 }) >= 8 else { continue }
            guard let title = tidy(String(decoding: line, as: UTF8.self)), isHeadline(title) else { continue }
            return title
        }
        return nil
    }

    /// How much of a line is read for a title.
    static let longestLine = 1_000

    /// Three words or five Chinese characters, and not a menu: "Help | Sitemap | Archive", "新闻 政务 评论 问政".
    private static func isHeadline(_ title: String) -> Bool {
        let words = title.utf8.split(separator: UInt8(ascii: " "))
        var han = 0, letters = 0, bars = 0
        for scalar in title.unicodeScalars {
            if isIdeographic(scalar) { han += 1 }
            if isAlphabetic(scalar) { letters += 1 }
            if scalar == "|" || scalar == "｜" { bars += 1 }
        }
        guard letters >= 8, words.count >= 3 || han >= 5 else { return false }
        if bars >= 2 { return false }
        // Short words: at most three characters (scalars, which is what a title's words hold).
        if words.count >= 4, words.filter({ $0.count(where: { $0 & 0xC0 != 0x80 }) <= 3 }).count * 4 >= words.count * 3 { return false }
        if title.hasSuffix(":") || title.hasSuffix("：") { return false }
        return true
    }

    /// `raw` tidied, or nil when nothing of a title is left.
    public static func tidy(_ raw: String) -> String? {
        var words = Self.words(raw)
        while let first = words.first, first.allSatisfy({ $0 == "#" || $0 == "•" }) { words.removeFirst() }
        if let first = words.first, first.hasPrefix("#") { words[0] = String(first.drop { $0 == "#" }) }
        guard !words.isEmpty else { return nil }
        if isBreadcrumb(words) { return nil }
        // A dateline in front: "date 2023-12-12", "Posted 2012-09-03", "2021-11-02 13:19".
        if ["date", "date:", "posted", "posted:", "updated:", "published:"].contains(words[0].lowercased()), words.count > 1 {
            words.removeFirst()
        }
        while let first = words.first, isDateOrTime(first) { words.removeFirst() }
        var title = words.joined(separator: " ")
        title = withoutSiteName(title)
        while let last = title.last, "|｜-_".contains(last) || last.isWhitespace { title.removeLast() }
        guard title.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return String(title.prefix(200))
    }

    /// "Home > Zones > Leshan", "您当前的位置：首页 > 新闻": a line that shows where a page sits in its site.
    static func isBreadcrumb(_ line: String) -> Bool {
        isBreadcrumb(words(line))
    }

    private static func isBreadcrumb(_ words: [String]) -> Bool {
        let line = words.joined(separator: " ")
        var steps = 0, separated = false
        for scalar in line.unicodeScalars {
            switch scalar {
            case ">", "»", "›", "＞": steps += 1; separated = true
            case "/", ":", "：": separated = true
            default: break
            }
        }
        if steps >= 2 { return true }
        guard separated else { return false }
        let opening = String(line.unicodeScalars.prefix(12)).lowercased()
        return ["home", "首页", "you are here"].contains { opening.hasPrefix($0) } || line.prefix(8).contains("位置")
    }

    /// The words of `text`: runs of characters between white space (Unicode's White_Space: ASCII
    /// spaces, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000),
    /// found over the UTF-8 bytes.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0, index = 0
            while index < bytes.count {
                let length = whitespaceLength(bytes, at: index)
                if length == 0 {
                    index += 1
                    continue
                }
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                index += length
                start = index
            }
            if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
        }
        return words
    }

    /// How many bytes of white space start at `index` (0: none).
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    private static func isDateOrTime(_ word: String) -> Bool {
        let digits = word.filter(\.isNumber).count
        return digits >= 4 && word.allSatisfy { $0.isNumber || $0 == "-" || $0 == ":" || $0 == "/" || $0 == "." }
    }

    /// Where `separator` last occurs in `title`, found over UTF-8 bytes (Foundation's backwards
    /// `range(of:)` on every one of a page's first lines was a twentieth of extraction).
    static func lastRange(of separator: String, in title: String) -> Range<String.Index>? {
        let text = Array(title.utf8), needle = Array(separator.utf8)
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var start = text.count - needle.count
        while start >= 0 {
            if text[start] == first, text[start..<(start + needle.count)].elementsEqual(needle) {
                let lower = title.utf8.index(title.utf8.startIndex, offsetBy: start)
                return lower..<title.utf8.index(lower, offsetBy: needle.count)
            }
            start -= 1
        }
        return nil
    }

    /// "Head | Site" → "Head" when the head reads as a title of its own (three words, or six
    /// characters of Chinese) and the tail is short, as a site's name is.
    private static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", "_", " ｜ "] {
            guard let range = lastRange(of: separator, in: title) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingWhitespace()
            let tail = String(title[range.upperBound...])
            let headWords = head.split(separator: " ").count
            let headHan = head.unicodeScalars.count(where: isIdeographic)
            let tailWords = tail.split(separator: " ").count
            let tailHan = tail.unicodeScalars.count(where: isIdeographic)
            if (headWords >= 3 || headHan >= 6) && tailWords <= 5 && tailHan <= 10 && tail.count < head.count {
                return head
            }
        }
        return title
    }

    // Unicode's properties, answered without the property tables for ASCII (most of a title).
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ByteText.isLetter(UInt8(scalar.value)) : scalar.properties.isAlphabetic
    }

    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isIdeographic
    }
}
