import ZonebaseModel

/// China's administrative divisions by name (see ``PlaceNames``): where a zone's name starts
/// (乐山 of 乐山高新区, 宁波 of 宁波江北高新区) and which province 全省 means.
enum ChinesePlaces {
    /// A place: its level and the two-digit code of its province.
    struct Place: Sendable {
        /// `p` province, `c` prefecture, `x` county or district.
        var level: Character
        /// The province's code (51 for Sichuan).
        var province: String
    }

    /// The longest name held, in characters.
    static let longestName = 8

    private static let table: [[UInt32]: Place] = {
        var map: [[UInt32]: Place] = [:]
        for chunk in PlaceNames.entries {
            for entry in chunk.split(separator: " ") {
                let scalars = Array(entry.unicodeScalars)
                guard scalars.count > 3 else { continue }
                let name = scalars.dropLast(3).map(\.value)
                let level = Character(scalars[scalars.count - 3])
                let province = String(String.UnicodeScalarView(scalars.suffix(2)))
                map[name] = Place(level: level, province: province)
            }
        }
        return map
    }()

    /// The place whose name is spelled at `index` (longest first), and its length.
    static func place(in text: ChineseText, at index: Int, limit: Int) -> (Place, Int)? {
        // Most characters start no place's name, and a character that does starts names of one or two
        // lengths: only those are looked up (each lookup builds and hashes an array).
        guard index < limit, nameStarts.contains(text.codes[index]), let lengths = nameLengthsByFirst[text.codes[index]] else { return nil }
        var length = min(longestName, limit - index)
        while length >= 2 {
            if lengths & (1 << length) != 0, let place = table[Array(text.codes[index..<(index + length)])] { return (place, length) }
            length -= 1
        }
        return nil
    }

    private static let nameStarts = CodeSet(nameLengthsByFirst.keys)

    /// For each first character of a name, the lengths of the names it starts (bit n: a name of n characters).
    private static let nameLengthsByFirst: [UInt32: UInt16] = {
        var map: [UInt32: UInt16] = [:]
        for name in table.keys where name.count >= 2 && name.count <= longestName { map[name[0], default: 0] |= 1 << name.count }
        return map
    }()

    /// The province whose name (full or short: 安徽省, 安徽) is spelled at `index`, and its length.
    static func province(in text: ChineseText, at index: Int, limit: Int) -> (Place, Int)? {
        guard provinceStarts.contains(text.codes[index]), let candidates = provincesByFirst[text.codes[index]] else { return nil }
        for (name, place) in candidates where text.matches(name, at: index, limit: limit) { return (place, name.count) }
        return nil
    }

    private static let provinceStarts = CodeSet(provincesByFirst.keys)

    private static let provincesByFirst: [UInt32: [([UInt32], Place)]] = {
        var map: [UInt32: [([UInt32], Place)]] = [:]
        for (name, place) in table where place.level == "p" { map[name[0], default: []].append((name, place)) }
        for key in map.keys { map[key]?.sort { $0.0.count > $1.0.count } }
        return map
    }()

    /// The province name of a code, in its short form (51 → 四川).
    static func provinceName(_ code: String) -> String? { provinces[code] }

    private static let provinces: [String: String] = {
        var map: [String: String] = [:]
        for chunk in PlaceNames.entries {
            for entry in chunk.split(separator: " ") where entry.dropLast(2).last == "p" {
                let name = String(entry.dropLast(3))
                if map[String(entry.suffix(2))].map({ name.count < $0.count }) ?? true { map[String(entry.suffix(2))] = name }
            }
        }
        return map
    }()
}
