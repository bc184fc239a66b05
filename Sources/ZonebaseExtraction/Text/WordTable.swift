/// A fixed table from words to values, looked up with an FNV-1a hash of the word's UTF-8 bytes and
/// open addressing. The rules ask "is this token one of these words?" for every token; Swift's
/// `Set<String>` seeds and runs SipHash on each lookup, which cost a fifth of extraction time.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Each slot's hash (0: empty), compared before any string is touched.
    private var hashes: [UInt32]
    private var words: [String]
    /// Each slot's word as UTF-8, in one array (`wordStarts`, `wordCounts`), for lookups by token.
    private var wordBytes: [UInt8] = []
    private var wordStarts: [Int32]
    private var wordCounts: [UInt8]
    private var values: [Value?]
    private let mask: Int

    /// Creates a table holding `pairs`; a later pair for the same word replaces an earlier one.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 3 { capacity *= 2 }
        hashes = Array(repeating: 0, count: capacity)
        words = Array(repeating: "", count: capacity)
        values = Array(repeating: nil, count: capacity)
        wordStarts = Array(repeating: 0, count: capacity)
        wordCounts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (word, value) in list {
            let hash = Self.hash(word)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0, !(hashes[slot] == hash && words[slot] == word) { slot = (slot + 1) & mask }
            hashes[slot] = hash
            words[slot] = word
            values[slot] = value
        }
        // Words longer than a token holds are never a token's text.
        for slot in hashes.indices where hashes[slot] != 0 && words[slot].utf8.count <= Token.textCapacity {
            wordStarts[slot] = Int32(wordBytes.count)
            wordCounts[slot] = UInt8(words[slot].utf8.count)
            wordBytes += words[slot].utf8
        }
    }

    init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(pairs)
    }

    /// The words the table holds.
    var keys: [String] { hashes.indices.filter { hashes[$0] != 0 }.map { words[$0] } }

    /// The value for `word`, if the table holds it.
    subscript(_ word: String) -> Value? {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash && words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// The value for the token's text, if the table holds it: the token's hash was computed when it
    /// was made, and its bytes are compared as they are, no `String` made.
    subscript(_ token: Token) -> Value? {
        let hash = token.textHash
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash {
                let found = token.withTextBytes { bytes -> Bool in
                    guard Int(wordCounts[slot]) == bytes.count else { return false }
                    let start = Int(wordStarts[slot])
                    var offset = 0
                    while offset < bytes.count, wordBytes[start + offset] == bytes[offset] { offset += 1 }
                    return offset == bytes.count
                }
                if found { return values[slot] }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private static func hash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { WordHash.of($0) }
    }
}

/// The hash words are looked up by: FNV-1a over the UTF-8 bytes, folded to 32 bits, never 0 (0
/// marks an empty slot); words are short, so this is a handful of multiplications.
enum WordHash {
    @inline(__always) static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) | 1
    }
}

/// A fixed set of words with the lookup of ``WordTable``.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// Creates a set of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(words.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set.
    @inline(__always) func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the token's text is in the set.
    @inline(__always) func contains(_ token: Token) -> Bool { table[token] != nil }
}

extension Array where Element == String {
    /// Whether the token's text is one of these words (compared as bytes, no `String` made).
    func contains(_ token: Token) -> Bool { contains { token.hasText($0) } }
}
