/// Traditional → simplified characters, from OpenCC's table (see ``TraditionalCharacters``), so that
/// 鄭州經濟技術開發區 and 郑州经济技术开发区 read the same. Used for matching only.
enum ChineseScript {
    private static let table: [UInt32: UInt32] = {
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

    /// The simplified form of the character `code`; the character itself when it has none.
    @inline(__always) static func simplified(_ code: UInt32) -> UInt32 {
        // ASCII, punctuation and the common simplified characters are not in the table: skip the lookup.
        guard code >= 0x3400 else { return code }
        return table[code] ?? code
    }

    /// `text` with every traditional character replaced by its simplified form.
    static func simplified(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(Unicode.Scalar(simplified(scalar.value)) ?? scalar)
        }
        return String(result)
    }
}
