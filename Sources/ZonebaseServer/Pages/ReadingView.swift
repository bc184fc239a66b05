import ZonebaseExtraction
import ZonebaseStorage

/// A document's text as a person reads it: the white space that blanked markup left behind
/// collapsed (a run of it becomes one space, one line break or one blank line; padding where an
/// entity or a tag stood inside a word disappears: "park’s", not "park’    s"), and the lines of the
/// site's chrome (navigation, breadcrumbs, footers, link lists, see ``PageLayout``) moved out of the
/// text into a list shown on demand. Every fact is marked in place (see ``Highlighter``); a line
/// holding a fact is never hidden. The marks keep the ids of the stored offsets.
struct ReadingView {
    /// The text, escaped, with the facts marked.
    var html: String
    /// The lines hidden as chrome, in page order.
    var chrome: [String]
    /// How many facts were marked.
    var marked: Int

    init(page: String, readable: String, facts: [LocatedFact]) {
        let text = Array(readable.utf8)
        let original = Array(page.utf8)
        // The page's bytes stand where the readable text's do only when nothing was decoded differently.
        let aligned = original.count == text.count
        let layout = aligned ? PageLayout(page: original) : nil
        let marks = Highlighter.marks(in: text, facts: facts)
        var hidden: [Range<Int>] = []
        var chrome: [String] = []
        var markIndex = 0
        var lineStart = 0
        while lineStart <= text.count {
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.count
            let line = lineStart..<lineEnd
            while markIndex < marks.count, marks[markIndex].range.upperBound <= line.lowerBound { markIndex += 1 }
            let holdsMark = markIndex < marks.count && marks[markIndex].range.lowerBound < line.upperBound
            if !holdsMark, let layout, layout.isChrome(line: line, of: text) {
                hidden.append(line)
                let words = String(decoding: text[line], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !words.isEmpty { chrome.append(words) }
            }
            lineStart = lineEnd + 1
        }
        self.chrome = chrome
        marked = marks.count
        html = Self.render(text, original: aligned ? original : nil, marks: marks, hidden: hidden)
    }

    /// The text with white space collapsed, hidden lines left out and marks in place.
    private static func render(
        _ text: [UInt8], original: [UInt8]?, marks: [Highlighter.Mark], hidden: [Range<Int>]
    ) -> String {
        var html = ""
        var run: [UInt8] = []
        var breaks = 0, space = false
        var hiddenIndex = 0, markIndex = 0
        func flushRun() {
            guard !run.isEmpty else { return }
            html += HTML.escape(String(decoding: run, as: UTF8.self))
            run.removeAll(keepingCapacity: true)
        }
        func separate() {
            if breaks > 0, !html.isEmpty || !run.isEmpty {
                run += breaks == 1 ? [0x0A] : [0x0A, 0x0A]
            } else if space, !html.isEmpty || !run.isEmpty {
                run.append(0x20)
            }
            breaks = 0
            space = false
        }
        var offset = 0
        while offset < text.count {
            if hiddenIndex < hidden.count, hidden[hiddenIndex].contains(offset) {
                offset = hidden[hiddenIndex].upperBound
                hiddenIndex += 1
                continue
            }
            if markIndex < marks.count, marks[markIndex].range.lowerBound == offset {
                separate()
                flushRun()
                html += Highlighter.markHTML(marks[markIndex].fact)
                offset = marks[markIndex].range.upperBound
                markIndex += 1
                continue
            }
            let byte = text[offset]
            if byte == 0x0A {
                breaks += 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                // A space the page had (or an entity that stands for one, `&nbsp;`) is a space; one
                // that only blanks a tag or pads an entity is nothing.
                if original.map({ Self.isSpace($0[offset]) || $0[offset] == UInt8(ascii: "&") }) ?? true { space = true }
            } else {
                separate()
                run.append(byte)
            }
            offset += 1
        }
        flushRun()
        return html
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
