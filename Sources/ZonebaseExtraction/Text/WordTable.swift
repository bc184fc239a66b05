/// A fixed table from words to values, looked up with an FNV-1a hash of the word's UTF-8 bytes and
/// open addressing. The rules ask "is this token one of these words?" for every token; Swift's
/// `Set<String>` seeds and runs SipHash on each lookup, which cost a fifth of extraction time.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var slots: [String?]
    private var values: [Value?]
    private let mask: Int

    /// Creates a table holding `pairs`; a later pair for the same word replaces an earlier one.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 3 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in list {
            var slot = Self.hash(key) & mask
            while let existing = slots[slot], existing != key { slot = (slot + 1) & mask }
            slots[slot] = key
            values[slot] = value
        }
    }

    init(dictionaryLiteral pairs: (String, Value)...) {
        self.init(pairs)
    }

    /// The words the table holds.
    var keys: [String] { slots.compactMap { $0 } }

    /// The value for `word`, if the table holds it.
    subscript(_ word: String) -> Value? {
        var slot = Self.hash(word) & mask
        while let key = slots[slot] {
            if key.utf8.count == word.utf8.count && key == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the bytes; words are short, so this is a handful of multiplications.
    @inline(__always) private static func hash(_ word: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
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
}
