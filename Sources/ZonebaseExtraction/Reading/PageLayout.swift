/// What a page's markup says about its text: which bytes are the site's chrome (navigation,
/// headers, footers, sidebars, breadcrumbs, sharing bars) and which are inside links, the page's own
/// title (`og:title`, `<title>`, the first `<h1>`) and its address (`<link rel=canonical>`,
/// `og:url`). Offsets are those of the page, which are those of its cleaned text (see
/// ``MarkupCleaner``). A page without markup has no chrome and no title or address of its own.
public struct PageLayout: Sendable {
    /// Per byte: `inLink`, `inChrome`.
    private var flags: [UInt8]
    /// The page's own title, entities decoded and the site's name after a separator removed.
    public private(set) var title: String?
    /// The address the page gives for itself.
    public private(set) var address: String?

    private static let inLink: UInt8 = 1, inChrome: UInt8 = 2

    /// Elements that are chrome by their name.
    private static let chromeElements: Set<String> = ["head", "nav", "aside", "footer", "menu"]
    /// Elements pushed on no stack: they have no content or no end tag.
    private static let voidElements: Set<String> = [
        "br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track", "!doctype",
    ]
    /// Words in a class or id that mark chrome, unless a content word is there too (the rule of
    /// Arc90's Readability: "unlikely" and "maybe" candidates).
    private static let chromeWords = ["nav", "menu", "crumb", "foot", "header", "sidebar", "share", "pagination", "pager",
                                      "related", "comment", "copyright", "toolbar", "topbar", "banner", "login", "social"]
    private static let contentWords = ["article", "content", "main", "post", "story", "body", "text"]

    /// Reads the markup of `page` (its decoded bytes).
    public init(page: [UInt8]) {
        flags = Array(repeating: 0, count: page.count)
        var stack: [(name: String, isChrome: Bool)] = []
        var chromeDepth = 0, linkDepth = 0, articleDepth = 0
        var titleText: [UInt8]? = nil, headingText: [UInt8]? = nil, ogTitle: String? = nil
        var textStart: Int? = nil, textKind = ""
        var index = 0
        while index < page.count {
            guard page[index] == UInt8(ascii: "<"), let close = MarkupCleaner.tagClose(page, from: index) else {
                if chromeDepth > 0 || linkDepth > 0 {
                    flags[index] = (chromeDepth > 0 ? Self.inChrome : 0) | (linkDepth > 0 ? Self.inLink : 0)
                }
                index += 1
                continue
            }
            let isEnd = page[index + 1] == UInt8(ascii: "/")
            let name = MarkupCleaner.tagName(page, from: index + 1)
            let tag = page[index...close]
            if isEnd {
                if let open = stack.lastIndex(where: { $0.name == name }) {
                    for element in stack[open...] {
                        if element.isChrome { chromeDepth -= 1 }
                        if element.name == "a" { linkDepth -= 1 }
                        if element.name == "article" { articleDepth -= 1 }
                    }
                    stack.removeSubrange(open...)
                }
                if let start = textStart, name == textKind {
                    let text = Array(page[start..<index])
                    if name == "title", titleText == nil { titleText = text }
                    if name == "h1", headingText == nil { headingText = text }
                    textStart = nil
                }
            } else if name == "meta" {
                let property = Self.attribute("property", in: tag) ?? Self.attribute("name", in: tag)
                if property?.lowercased() == "og:title" { ogTitle = ogTitle ?? Self.attribute("content", in: tag) }
                if property?.lowercased() == "og:url", address == nil { address = Self.attribute("content", in: tag) }
            } else if name == "link" {
                if Self.attribute("rel", in: tag)?.lowercased() == "canonical", let href = Self.attribute("href", in: tag) {
                    address = href
                }
            } else if !Self.voidElements.contains(name), !name.isEmpty, page[close - 1] != UInt8(ascii: "/") {
                let marked = [Self.attribute("class", in: tag), Self.attribute("id", in: tag)].compactMap { $0?.lowercased() }.joined(separator: " ")
                let isChrome = Self.chromeElements.contains(name) || (name == "header" && articleDepth == 0)
                    || (Self.chromeWords.contains { marked.contains($0) } && !Self.contentWords.contains { marked.contains($0) })
                stack.append((name, isChrome))
                if isChrome { chromeDepth += 1 }
                if name == "a" { linkDepth += 1 }
                if name == "article" { articleDepth += 1 }
                if name == "title" || name == "h1", textStart == nil { textStart = close + 1; textKind = name }
            }
            index = close + 1
        }
        let candidates = [ogTitle, titleText.map(Self.text), headingText.map(Self.text)]
        title = candidates.lazy.compactMap { $0.flatMap(DocumentTitle.tidy) }.first
        address = address.map { Self.decoded(Array($0.utf8)).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the line `line` of the page's cleaned text `readable` is chrome: most of its letters
    /// are inside chrome elements, or it is a short line of links (a menu, "Home > News").
    public func isChrome(line: Range<Int>, of readable: [UInt8]) -> Bool {
        guard line.upperBound <= flags.count else { return false }
        var letters = 0, chrome = 0, linked = 0, words = 0
        var inWord = false
        for offset in line {
            let byte = readable[offset]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
            if !isSpace {
                letters += 1
                if flags[offset] & Self.inChrome != 0 { chrome += 1 }
                if flags[offset] & Self.inLink != 0 { linked += 1 }
                if !inWord { words += 1 }
            }
            inWord = !isSpace
        }
        guard letters > 0 else { return false }
        if chrome * 2 > letters || (linked * 2 > letters && words <= 8) { return true }
        return words <= 12 && DocumentTitle.isBreadcrumb(String(decoding: readable[line], as: UTF8.self))
    }

    /// The value of the attribute `name` in the tag `tag` (quoted or not), entities left as written.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let bytes = Array(tag)
        let key = Array(name.utf8)
        var index = 1
        while index + key.count < bytes.count {
            let before = bytes[index - 1]
            let isBoundary = before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D
            if isBoundary, (0..<key.count).allSatisfy({ ByteText.lowercase(bytes[index + $0]) == key[$0] }) {
                var cursor = index + key.count
                while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { index += 1; continue }
                cursor += 1
                while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor < bytes.count else { return nil }
                let quote = bytes[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let end = bytes[(cursor + 1)...].firstIndex(of: quote) ?? bytes.count
                    return String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self)
                }
                let end = bytes[cursor...].firstIndex { $0 == 0x20 || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "/") } ?? bytes.count
                return String(decoding: bytes[cursor..<end], as: UTF8.self)
            }
            index += 1
        }
        return nil
    }

    /// The text of an element's content: its tags dropped, entities decoded, white space collapsed.
    private static func text(_ bytes: [UInt8]) -> String {
        decoded(bytes)
    }

    private static func decoded(_ bytes: [UInt8]) -> String {
        let cleaned = MarkupCleaner().clean(bytes)
        return String(decoding: cleaned, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension String {
    /// The string without white space at either end.
    func trimmingWhitespace() -> String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension PageLayout {
    /// The layout of the head of `page` (its first 64 kB, where a title and an address stand), or
    /// nil when that holds no `<title>`, `<meta>`, `<link>` or `<h1>`: a text without markup.
    public static func head(of page: [UInt8]) -> PageLayout? {
        let head = Array(page.prefix(65_536))
        let markers = ["<title", "<meta", "<link", "<h1"]
        guard markers.contains(where: { ByteText.findCaseInsensitive(head, $0, from: 0) != nil }) else { return nil }
        return PageLayout(page: head)
    }
}
