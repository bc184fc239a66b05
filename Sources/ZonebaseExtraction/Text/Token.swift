/// One token of a document: a word, a number, a punctuation mark or another character.
struct Token: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable, Equatable {
        /// A run of ASCII letters; ``Token/text`` is lower case.
        case word
        /// Digits with optional grouping commas and a decimal part; ``Token/text`` as written.
        case number
        /// One punctuation character; typographic quotes and dashes are normalized to ASCII.
        case punctuation
        /// Any other character (Chinese characters, symbols), one per token.
        case other
    }

    /// The normalized text: lower case for words, ASCII for normalized punctuation.
    let text: String
    // Offsets are stored in 32 bits (documents are limited far below 2 GB): a 20 MB page has
    // millions of tokens, and a smaller token is less memory and less copying.
    private let start32: Int32
    private let end32: Int32
    private let lineBreaks8: UInt8
    /// What the token is.
    let kind: Kind
    /// Whether whitespace separates this token from the previous one.
    let hasSpaceBefore: Bool
    /// Whether a word starts with an upper-case letter.
    let isCapitalized: Bool

    /// Byte offset of the first byte in the text.
    var start: Int { Int(start32) }
    /// Byte offset one past the last byte.
    var end: Int { Int(end32) }
    /// How many line breaks lie between this token and the previous one (counted up to 255).
    var lineBreaksBefore: Int { Int(lineBreaks8) }

    /// Creates a token.
    init(kind: Kind, start: Int, end: Int, text: String, hasSpaceBefore: Bool, lineBreaksBefore: Int, isCapitalized: Bool) {
        self.text = text
        self.start32 = Int32(clamping: start)
        self.end32 = Int32(clamping: end)
        self.lineBreaks8 = UInt8(clamping: lineBreaksBefore)
        self.kind = kind
        self.hasSpaceBefore = hasSpaceBefore
        self.isCapitalized = isCapitalized
    }

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
