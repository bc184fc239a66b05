/// Blanks the lines of a page that are its chrome rather than its content: navigation, copyright,
/// ICP and security record numbers, "You may also like", sharing widgets, photo captions' credits.
/// Blanking (instead of deleting) keeps every offset valid.
struct PageChromeFilter {
    /// Blanks chrome lines of `text` in place.
    func blankChrome(in text: inout [UInt8]) {
        var lineStart = 0
        let count = text.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, text[lineEnd] != 0x0A { lineEnd += 1 }
            if isChrome(text, lineStart..<lineEnd) {
                for offset in lineStart..<lineEnd { text[offset] = 0x20 }
            }
            lineStart = lineEnd + 1
        }
    }

    private func isChrome(_ text: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count < 400 else { return false }
        let lower = String(decoding: text[line].map(ByteText.lowercase), as: UTF8.self)
        if Self.markers.contains(where: lower.contains) { return true }
        // "1 2 Next", "Print", "Share - WeChat": short lines of widget words only.
        let trimmed = lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        return !trimmed.isEmpty && trimmed.count <= 4 && trimmed.allSatisfy { Self.widgetWords.contains(String($0)) }
    }

    private static let markers: [String] = [
        "icp", "copyright", "\u{A9}", "all rights reserved", "record no", "you may also like", "powered by",
        "sponsored by", "website identification", "unit in charge", "website operation", "skip to content",
        "leave a comment", "privacy", "cookies", "editor:", "share -", "see also", "you are here",
        "home >", "home \u{BB}", "home  >", "\u{4EAC}\u{516C}\u{7F51}\u{5B89}", "akismet", "subscribe",
        "\u{7248}\u{6743}\u{6240}\u{6709}", "\u{5907}\u{6848}\u{53F7}",
    ]

    private static let widgetWords: Set<String> = [
        "1", "2", "3", "next", "prev", "previous", "print", "share", "-", "wechat", "weibo", "a", "|", "more",
        "close", "menu", "search", "accept", "read", "top", "back",
    ]
}
