/// Traditional → simplified characters, from OpenCC's table (see ``TraditionalCharacters``), so that
/// 鄭州經濟技術開發區 and 郑州经济技术开发区 read the same. Used for matching only: names and quotes keep
/// the page's characters.
public enum ChineseScript {
    @usableFromInline static let table: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for chunk in TraditionalCharacters.pairs {
            let scalars = Array(chunk.unicodeScalars)
            var index = 0
            while index + 1 < scalars.count {
                map[scalars[index].value] = scalars[index + 1].value
                index += 2
            }
        }
        return map
    }()

    /// The table as a flat array over the Basic Multilingual Plane from U+3400 (0: no mapping), so
    /// that mapping a character is one load, not a hash.
    @usableFromInline static let flat: [UInt32] = {
        var array = [UInt32](repeating: 0, count: 0x1_0000 - 0x3400)
        for (key, value) in table where key >= 0x3400 && key < 0x1_0000 { array[Int(key) - 0x3400] = value }
        return array
    }()

    /// The simplified form of the character `code`; the character itself when it has none.
    @inlinable public static func simplified(_ code: UInt32) -> UInt32 {
        // ASCII and punctuation are not in the table: skip the lookup.
        guard code >= 0x3400 else { return code }
        if code < 0x1_0000 {
            let mapped = flat[Int(code) - 0x3400]
            return mapped == 0 ? code : mapped
        }
        return table[code] ?? code
    }

    /// `text` with every traditional character replaced by its simplified form.
    public static func simplified(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(Unicode.Scalar(simplified(scalar.value)) ?? scalar)
        }
        return String(result)
    }
}
