/// The key under which names of one real zone meet: "Leshan Hi-tech Industrial Park", "Leshan
/// National High-tech Industrial Development Zone" and "Leshan hi-tech zone" share it, while a city's
/// high-tech zone and its economic-technological zone do not.
///
/// ```swift
/// ZoneKey("Leshan Hi-tech Industrial Park") == ZoneKey("Leshan National High-Tech Industrial Development Zone")  // true
/// ```
public struct ZoneKey: Sendable, Hashable, CustomStringConvertible {
    /// The distinguishing words, lower case, sorted ("leshan").
    public let words: [String]
    /// The kind of zone the name says, when it says one.
    public let kind: Kind?

    /// The kinds a name can say.
    public enum Kind: String, Sendable, Hashable {
        case highTech = "hitech"
        case economicTechnological = "etdz"
        case newArea = "newarea"
        case freeTrade = "ftz"
    }

    /// Words that say what kind of zone something is rather than which one.
    static let generic: Set<String> = [
        "national", "state", "level", "high", "hi", "tech", "hitech", "new", "industrial", "industries", "industry",
        "development", "economic", "technological", "technology", "zone", "zones", "park", "parks", "area", "and",
        "of", "the", "science", "sci", "demonstration", "provincial", "municipal", "district", "etdz", "hi-tech",
        "high-tech", "city", "s", "free", "trade", "port", "economy", "&",
    ]

    /// The key of `name`. A Chinese name is read by its grammar (``ChineseZoneNames``): its stem in
    /// pinyin is its word and its suffix its kind, so 乐山高新区, 乐山高新技术产业开发区 and
    /// "Leshan Hi-tech Zone" share `leshan|hitech`.
    public init(_ name: String) {
        if name.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
            let (stem, type) = ChineseZoneNames.parse(name)
            let romanized = ChinesePinyin.romanized(stem)
            self.words = romanized.utf8.count > 1 ? [romanized] : []
            self.kind = switch type {
            case .highTech: .highTech
            case .economicTechnological: .economicTechnological
            case .newArea: .newArea
            case .freeTrade: .freeTrade
            case .industrialPark, .other, nil: nil
            }
            return
        }
        // Words over the UTF-8 bytes: ASCII letters and digits lower-cased, other bytes (Chinese)
        // kept; everything else separates words.
        var words: [String] = []
        var current: [UInt8] = []
        for byte in name.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            if lower >= 0x80 || (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                current.append(lower)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        func word(_ index: Int) -> String { index >= 0 && index < words.count ? words[index] : "" }
        var kind: Kind?
        var hasEconomic = false, hasTechnology = false, hasDevelopmentZone = false, hasEconomy = false
        for (index, current) in words.enumerated() {
            switch current {
            case "hi", "high": if word(index + 1) == "tech" { kind = kind ?? .highTech }
            case "hitech": kind = kind ?? .highTech
            case "economic": hasEconomic = true
            case "economy": hasEconomy = true
            case "etdz": kind = kind ?? .economicTechnological
            case "development": if word(index + 1) == "zone" { hasDevelopmentZone = true }
            case "free": if word(index + 1) == "trade" && kind == nil { kind = .freeTrade }
            default: if current.hasPrefix("technolog") { hasTechnology = true }
            }
        }
        if kind == nil || kind == .freeTrade {
            if hasEconomic && (hasTechnology || hasDevelopmentZone) || hasEconomy && hasTechnology {
                kind = .economicTechnological
            } else if kind == nil, words.count >= 2, words[words.count - 1] == "area", words[words.count - 2] == "new" {
                kind = .newArea
            }
        }
        self.kind = kind
        // A single letter or digit ("Area A", "Park 2") tells sub-areas of one zone apart, not zones
        // across documents: alone it does not distinguish a zone.
        self.words = Array(Set(words.filter { !Self.generic.contains($0) && $0.utf8.count > 1 })).sorted()
    }

    /// Whether two keys may name the same zone: the same words, and no conflicting kinds.
    public func matches(_ other: ZoneKey) -> Bool {
        words == other.words && !words.isEmpty && (kind == nil || other.kind == nil || kind == other.kind)
    }

    /// `leshan|hitech`: the stored spelling.
    public var description: String { words.joined(separator: " ") + "|" + (kind?.rawValue ?? "") }
}
