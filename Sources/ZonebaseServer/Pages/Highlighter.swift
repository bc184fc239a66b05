import ZonebaseStorage

/// Where a document's facts stand in its text, and how each is marked: the mark can take focus,
/// and shows the fact on hover or focus. Its id is `at-` and the stored offset, so a link to
/// `#at-START` finds it (``Format/sentenceLink(document:spanStart:)``).
enum Highlighter {
    /// A fact found in the text.
    struct Mark {
        var range: Range<Int>
        var fact: LocatedFact
    }

    /// The facts found in `bytes`, in text order. A fact whose offsets do not hold its quote (the
    /// offsets of a page decoded from GB18030 are those of its original bytes) is looked up after
    /// the previous mark; one that cannot be found, or overlaps another, is left unmarked.
    static func marks(in bytes: [UInt8], facts: [LocatedFact]) -> [Mark] {
        var marks: [Mark] = []
        var cursor = 0
        for fact in facts.sorted(by: { ($0.spanStart, $0.spanEnd) < ($1.spanStart, $1.spanEnd) }) {
            let quote = Array(fact.quote.utf8)
            guard !quote.isEmpty else { continue }
            var start = fact.spanStart
            if !(start >= cursor && start + quote.count <= bytes.count && bytes[start..<(start + quote.count)].elementsEqual(quote)) {
                guard let found = find(quote, in: bytes, from: cursor) else { continue }
                start = found
            }
            marks.append(Mark(range: start..<(start + quote.count), fact: fact))
            cursor = start + quote.count
        }
        return marks
    }

    /// The mark of one fact: its quote, escaped, and what it says in a tooltip.
    static func markHTML(_ fact: LocatedFact) -> String {
        let zone = fact.zone.map { " · " + $0 } ?? ""
        return "<mark class=\"fact fact-\(HTML.escape(fact.kind))\" id=\"at-\(fact.spanStart)\" tabindex=\"0\" "
            + "data-kind=\"\(HTML.escape(fact.kind))\">\(HTML.escape(fact.quote))"
            + "<span class=\"fact-tip\" role=\"tooltip\">\(HTML.escape(fact.summary + zone))</span></mark>"
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count - start else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
