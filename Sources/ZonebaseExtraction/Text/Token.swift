/// One token of a document: a word, a number, a punctuation mark or another character.
///
/// A token is plain bytes (`BitwiseCopyable`): its normalized text is held inline, not as a
/// `String`, so that copying tokens (which the rules do for every token they look at) costs no
/// reference counting. Copying and releasing tokens that held a `String` was a fifth of extraction.
struct Token: Sendable, BitwiseCopyable {
    /// What the token is.
    enum Kind: UInt8, Sendable, Equatable, BitwiseCopyable {
        /// A run of ASCII letters; ``Token/text`` is lower case.
        case word
        /// Digits with optional grouping commas and a decimal part; ``Token/text`` as written.
        case number
        /// One punctuation character; typographic quotes and dashes are normalized to ASCII.
        case punctuation
        /// Any other character (Chinese characters, symbols), one per token.
        case other
    }

    /// The most UTF-8 bytes of text a token holds. The tokenizer ends a word or a number there (no
    /// word of the rules is a third as long; a longer run of letters is no word of any language).
    static let textCapacity = 23

    /// The normalized text's UTF-8 bytes, then (in the last byte) how many there are.
    private let inline: (UInt64, UInt64, UInt64)
    // Offsets are stored in 32 bits (documents are limited far below 2 GB): a 20 MB page has
    // millions of tokens, and a smaller token is less memory and less copying.
    private let start32: Int32
    private let end32: Int32
    /// ``WordHash`` of the normalized text, computed once here rather than at every lookup.
    let textHash: UInt32
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

    /// Creates a token whose normalized text is `text` (at most ``textCapacity`` bytes are kept).
    init(
        kind: Kind, start: Int, end: Int, text: UnsafeBufferPointer<UInt8>, hasSpaceBefore: Bool, lineBreaksBefore: Int,
        isCapitalized: Bool
    ) {
        var inline: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = min(text.count, Self.textCapacity)
        withUnsafeMutableBytes(of: &inline) { storage in
            for offset in 0..<count { storage[offset] = text[offset] }
            storage[Self.textCapacity] = UInt8(count)
        }
        self.inline = inline
        self.textHash = WordHash.of(UnsafeBufferPointer(rebasing: text[0..<count]))
        self.start32 = Int32(clamping: start)
        self.end32 = Int32(clamping: end)
        self.lineBreaks8 = UInt8(clamping: lineBreaksBefore)
        self.kind = kind
        self.hasSpaceBefore = hasSpaceBefore
        self.isCapitalized = isCapitalized
    }

    /// The normalized text: lower case for words, ASCII for normalized punctuation.
    var text: String {
        withTextBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the normalized text's UTF-8 bytes.
    @inline(__always) func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withUnsafeBytes(of: inline) { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            return try body(UnsafeBufferPointer(rebasing: bytes[0..<Int(bytes[Self.textCapacity])]))
        }
    }

    /// Whether the normalized text is `other`, compared byte by byte (no `String` is made).
    @inline(__always) func hasText(_ other: String) -> Bool {
        withTextBytes { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in theirs.count == mine.count && theirs.elementsEqual(mine) }
                ?? other.utf8.elementsEqual(mine)
        }
    }

    /// `true` when the token is the word `word` (lower case).
    @inline(__always) func isWord(_ word: String) -> Bool { kind == .word && hasText(word) }

    /// `true` when the token is the punctuation `mark`.
    @inline(__always) func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && hasText(mark) }

    /// The numeric value of a number token (grouping commas ignored).
    var numberValue: Double? {
        guard kind == .number else { return nil }
        return withTextBytes { bytes in Double(String(decoding: bytes.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)) }
    }
}
