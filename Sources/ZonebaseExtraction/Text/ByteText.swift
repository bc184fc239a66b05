/// Byte-level helpers for ASCII classification and searching. Scanning works on UTF-8 bytes rather
/// than `Character`s: grapheme breaking costs far more than the ASCII tests the rules need.
enum ByteText {
    /// `true` for `A-Z` and `a-z`.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// `true` for `0-9`.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `true` for `A-Z`.
    @inline(__always) static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// The ASCII lower-case form of `byte`; other bytes are returned unchanged.
    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
        isUppercase(byte) ? byte | 0x20 : byte
    }

    /// `true` for space, tab, line breaks and form feed.
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Whether `text` holds `prefix` at `offset`.
    static func hasPrefix(_ text: [UInt8], at offset: Int, _ prefix: String) -> Bool {
        var index = offset
        for byte in prefix.utf8 {
            guard index < text.count, text[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// The first offset at or after `start` where `needle` occurs.
    static func find(_ text: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, start < text.count else { return nil }
        var index = start
        while index + pattern.count <= text.count {
            if text[index] == first, text[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// Like ``find(_:_:from:)``, ignoring ASCII case; `needle` must be lower case.
    static func findCaseInsensitive(_ text: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, start < text.count else { return nil }
        var index = start
        while index + pattern.count <= text.count {
            var offset = 0
            while offset < pattern.count, lowercase(text[index + offset]) == pattern[offset] { offset += 1 }
            if offset == pattern.count { return index }
            index += 1
        }
        return nil
    }
}
