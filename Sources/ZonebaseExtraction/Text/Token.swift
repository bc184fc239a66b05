/// One token of a document: a word, a number, a punctuation mark or another character.
struct Token: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A run of ASCII letters; ``Token/text`` is lower case.
        case word
        /// Digits with optional grouping commas and a decimal part; ``Token/text`` as written.
        case number
        /// One punctuation character; typographic quotes and dashes are normalized to ASCII.
        case punctuation
        /// Any other character (Chinese characters, symbols), one per token.
        case other
    }

    /// What the token is.
    var kind: Kind
    /// Byte offset of the first byte in the text.
    var start: Int
    /// Byte offset one past the last byte.
    var end: Int
    /// The normalized text: lower case for words, ASCII for normalized punctuation.
    var text: String
    /// Whether whitespace separates this token from the previous one.
    var hasSpaceBefore: Bool
    /// How many line breaks lie between this token and the previous one.
    var lineBreaksBefore: Int
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool

    /// `true` when the token is the word `word` (lower case).
    @inline(__always) func isWord(_ word: String) -> Bool {
        kind == .word && text.utf8.count == word.utf8.count && text == word
    }

    /// `true` when the token is the punctuation `mark`.
    @inline(__always) func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// The numeric value of a number token (grouping commas ignored).
    var numberValue: Double? {
        guard kind == .number else { return nil }
        return Double(String(text.filter { $0 != "," }))
    }
}
