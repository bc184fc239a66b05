/// Finds the bytes that break UTF-8's rules, without building a `String`.
enum UTF8Validation {
    /// Offsets of invalid bytes (lead bytes of malformed sequences and stray continuation bytes),
    /// stopping after `limit` of them.
    static func invalidOffsets(in bytes: [UInt8], limit: Int) -> [Int] {
        var invalid: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimumSecond: UInt8
            let maximumSecond: UInt8
            switch byte {
            case 0xC2...0xDF: (length, minimumSecond, maximumSecond) = (2, 0x80, 0xBF)
            case 0xE0: (length, minimumSecond, maximumSecond) = (3, 0xA0, 0xBF)  // no overlong forms
            case 0xED: (length, minimumSecond, maximumSecond) = (3, 0x80, 0x9F)  // no surrogates
            case 0xE1...0xEF: (length, minimumSecond, maximumSecond) = (3, 0x80, 0xBF)
            case 0xF0: (length, minimumSecond, maximumSecond) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, minimumSecond, maximumSecond) = (4, 0x80, 0xBF)
            case 0xF4: (length, minimumSecond, maximumSecond) = (4, 0x80, 0x8F)  // at most U+10FFFF
            default: (length, minimumSecond, maximumSecond) = (0, 0, 0)
            }
            var valid = length > 0 && index + length <= count
            if valid {
                let second = bytes[index + 1]
                valid = second >= minimumSecond && second <= maximumSecond
                var next = index + 2
                while valid && next < index + length {
                    valid = bytes[next] & 0xC0 == 0x80
                    next += 1
                }
            }
            if valid {
                index += length
            } else {
                invalid.append(index)
                if invalid.count >= limit { return invalid }
                index += 1
            }
        }
        return invalid
    }
}
