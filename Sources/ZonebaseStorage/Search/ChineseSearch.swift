import Foundation

/// Search in Chinese text, the same for both stores. Chinese writes no spaces, so a word index
/// finds nothing inside 聊城高新区实现生产总值: queries with Chinese characters are answered by
/// substring (SQLite's FTS5 trigram table, PostgreSQL's pg_trgm index serve `LIKE '%…%'`; terms of
/// one or two characters, below a trigram, are scanned), and the snippet is cut here.
public struct ChineseSearch: Sendable {
    /// The query's terms (split on white space).
    public let terms: [String]

    /// The terms of `query`, or `nil` when it has no Chinese character (the word index answers it).
    public init?(_ query: String) {
        let terms = query.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }).map(String.init)
        guard !terms.isEmpty, terms.contains(where: Self.hasHan) else { return nil }
        self.terms = terms
    }

    /// Whether `text` holds a Chinese character.
    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) }
    }

    /// Each term as a `LIKE` pattern with `\` escaping `%`, `_` and itself: user input is text, never a pattern.
    public var likePatterns: [String] {
        terms.map { term in
            var escaped = ""
            for character in term {
                if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
                escaped.append(character)
            }
            return "%" + escaped + "%"
        }
    }

    /// How often the terms occur in `body`: the ranking of hits.
    public func occurrences(in body: String) -> Int {
        terms.reduce(0) { count, term in count + body.components(separatedBy: term).count - 1 }
    }

    /// The passage around the first term in `body`, every term marked [like this], white space runs
    /// as single spaces, about `radius` characters each side.
    public func snippet(of body: String, radius: Int = 24) -> String {
        let text = SearchHit.tidy(body)
        guard let first = terms.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return String(text.prefix(radius * 2))
        }
        let start = text.index(first.lowerBound, offsetBy: -radius, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(first.upperBound, offsetBy: radius, limitedBy: text.endIndex) ?? text.endIndex
        var passage = String(text[start..<end])
        for term in terms.sorted(by: { $0.count > $1.count }) {
            passage = passage.replacingOccurrences(of: term, with: "[" + term + "]")
        }
        passage = passage.replacingOccurrences(of: "[[", with: "[").replacingOccurrences(of: "]]", with: "]")
        return (start > text.startIndex ? "…" : "") + passage + (end < text.endIndex ? "…" : "")
    }

    /// The hits of `rows` (document, title, body), most occurrences first, at most `limit`.
    public func hits(_ rows: [(document: String, title: String, body: String)], limit: Int) -> [SearchHit] {
        rows.map { (row: $0, count: occurrences(in: $0.body)) }
            .filter { $0.count > 0 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.row.document < $1.row.document }
            .prefix(limit)
            .map { SearchHit(document: $0.row.document, title: $0.row.title, snippet: snippet(of: $0.row.body)) }
    }
}
