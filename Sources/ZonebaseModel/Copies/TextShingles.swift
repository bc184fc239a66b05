/// The shingles of a readable text, for telling copies of one article apart from other texts: runs
/// of five tokens, where a token is a word (letters and digits, case folded) or one Chinese
/// character, so English is compared by word shingles and Chinese by character shingles, and a text
/// mixing both by both. Punctuation, white space and markup left as blanks separate tokens and
/// count for nothing: a copy re-spaced, re-encoded or with its entities written otherwise has the
/// same shingles. Each shingle is kept as a 64-bit hash.
public struct TextShingles: Sendable, Hashable {
    /// How many tokens a shingle holds.
    public static let width = 5

    /// The distinct shingle hashes.
    public let hashes: Set<UInt64>

    /// The shingles of `text`.
    public init(_ text: String) {
        var tokens: [UInt64] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        var word: UInt64 = Self.offset
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                if isLetter {
                    // ASCII case folding by one bit: 'A' (0x41) | 0x20 = 'a'.
                    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    word = (word ^ UInt64(folded)) &* Self.prime
                    inWord = true
                    continue
                }
            } else if Self.isHan(value) {
                if inWord { tokens.append(word) }
                tokens.append((Self.offset ^ UInt64(value)) &* Self.prime)
                word = Self.offset
                inWord = false
                continue
            } else if scalar.properties.isAlphabetic {
                // Letters of other scripts (é, ü) belong to their word, case folded by their lowercase.
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    word = (word ^ UInt64(lower.value)) &* Self.prime
                }
                inWord = true
                continue
            }
            if inWord { tokens.append(word) }
            word = Self.offset
            inWord = false
        }
        if inWord { tokens.append(word) }
        var hashes = Set<UInt64>()
        if tokens.count >= Self.width {
            hashes.reserveCapacity(tokens.count)
            for start in 0...(tokens.count - Self.width) {
                var hash: UInt64 = 0
                for token in tokens[start..<(start + Self.width)] { hash = (hash &* 0x9E37_79B9_7F4A_7C15) ^ token }
                hashes.insert(Self.mixed(hash))
            }
        }
        self.hashes = hashes
    }

    /// CJK unified ideographs and their extension A.
    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }

    // FNV-1a, 64 bits.
    private static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// A 64-bit finaliser (SplitMix64's), so nearby inputs give unrelated hashes.
    static func mixed(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
