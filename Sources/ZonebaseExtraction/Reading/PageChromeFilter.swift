/// Blanks the lines of a page that are its chrome rather than its content: navigation, copyright,
/// ICP and security record numbers, "You may also like", sharing widgets. Blanking (instead of
/// deleting) keeps every offset valid. Works on bytes: a line is searched for each marker with an
/// ASCII case-folding byte comparison.
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
        guard line.count < 400, !line.isEmpty else { return false }
        // One pass over the line: at each byte, try only the markers that start with it.
        for offset in line {
            let candidates = Self.markersByFirstByte[Int(ByteText.lowercase(text[offset]))]
            for marker in candidates where offset + marker.count <= line.upperBound {
                var matched = 1
                while matched < marker.count, ByteText.lowercase(text[offset + matched]) == marker[matched] { matched += 1 }
                if matched == marker.count { return true }
            }
        }
        // "1 2 Next", "Print", "Share - WeChat": short lines of widget words only.
        var words = 0
        var wordStart = -1
        for offset in line.lowerBound...line.upperBound {
            let isSeparator = offset == line.upperBound || text[offset] == 0x20 || text[offset] == 0x09 || text[offset] == 0x0D
            if isSeparator {
                if wordStart >= 0 {
                    words += 1
                    if words > 4 || !Self.isWidgetWord(text[wordStart..<offset]) { return false }
                    wordStart = -1
                }
            } else if wordStart < 0 {
                wordStart = offset
            }
        }
        return words > 0
    }

    private static func isWidgetWord(_ word: ArraySlice<UInt8>) -> Bool {
        widgetWords.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == ByteText.lowercase($1) } }
    }

    /// Markers of chrome lines, lower case.
    private static let markers: [[UInt8]] = [
        "icp", "copyright", "\u{A9}", "all rights reserved", "record no", "you may also like", "powered by",
        "sponsored by", "website identification", "unit in charge", "website operation", "skip to content",
        "leave a comment", "privacy", "cookies", "editor:", "share -", "see also", "you are here",
        "home >", "home \u{BB}", "home  >", "\u{4EAC}\u{516C}\u{7F51}\u{5B89}", "akismet", "subscribe",
        "\u{7248}\u{6743}\u{6240}\u{6709}", "\u{5907}\u{6848}\u{53F7}",
    ].map { Array($0.utf8) }

    /// ``markers`` indexed by their first byte.
    private static let markersByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for marker in markers { table[Int(marker[0])].append(marker) }
        return table
    }()

    private static let widgetWords: [[UInt8]] = [
        "1", "2", "3", "next", "prev", "previous", "print", "share", "-", "wechat", "weibo", "a", "|", "more",
        "close", "menu", "search", "accept", "read", "top", "back",
    ].map { Array($0.utf8) }
}
