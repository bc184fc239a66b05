import ZonebaseStorage

/// A document's text as HTML with each fact's quote marked in place: the mark can take focus, and
/// shows the fact on hover or focus. Text outside the marks is escaped like everything else.
enum Highlighter {
    /// The marked-up text. A fact whose offsets do not hold its quote is looked up after the
    /// previous mark; one that cannot be found, or overlaps another, is left unmarked.
    static func html(text: String, facts: [LocatedFact]) -> (html: String, marked: Int) {
        let bytes = Array(text.utf8)
        var html = ""
        var cursor = 0
        var marked = 0
        for fact in facts.sorted(by: { ($0.spanStart, $0.spanEnd) < ($1.spanStart, $1.spanEnd) }) {
            let quote = Array(fact.quote.utf8)
            guard !quote.isEmpty else { continue }
            var start = fact.spanStart
            if !(start >= cursor && start + quote.count <= bytes.count && Array(bytes[start..<(start + quote.count)]) == quote) {
                guard let found = find(quote, in: bytes, from: cursor) else { continue }
                start = found
            }
            html += HTML.escape(String(decoding: bytes[cursor..<start], as: UTF8.self))
            let zone = fact.zone.map { " · " + $0 } ?? ""
            html += "<mark class=\"fact fact-\(HTML.escape(fact.kind))\" id=\"at-\(fact.spanStart)\" tabindex=\"0\" "
                + "data-kind=\"\(HTML.escape(fact.kind))\">\(HTML.escape(fact.quote))"
                + "<span class=\"fact-tip\" role=\"tooltip\">\(HTML.escape(fact.summary + zone))</span></mark>"
            cursor = start + quote.count
            marked += 1
        }
        html += HTML.escape(String(decoding: bytes[cursor...], as: UTF8.self))
        return (html, marked)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count - start else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
