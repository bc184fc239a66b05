extension Array where Element == Token {
    /// Whether the tokens in `range` contain `phrase`, a sequence of lower-case token texts
    /// (punctuation as its own element: `["national", "-", "level"]`).
    func containsPhrase(_ phrase: [String], in range: Range<Int>) -> Bool {
        guard let first = phrase.first, range.count >= phrase.count else { return false }
        var index = range.lowerBound
        while index + phrase.count <= range.upperBound {
            if self[index].hasText(first) {
                var matched = 1
                while matched < phrase.count, self[index + matched].hasText(phrase[matched]) { matched += 1 }
                if matched == phrase.count { return true }
            }
            index += 1
        }
        return false
    }
}
