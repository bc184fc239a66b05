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

    /// The key of `name`.
    public init(_ name: String) {
        var words: [String] = []
        var current = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" hi tech ") || joined.contains(" high tech ") || joined.contains(" hitech ") {
            kind = .highTech
        } else if joined.contains(" economic ") && (joined.contains(" technolog") || joined.contains(" development zone"))
            || joined.contains(" economy ") && joined.contains(" technology ") || joined.contains(" etdz ")
        {
            kind = .economicTechnological
        } else if joined.hasSuffix(" new area ") {
            kind = .newArea
        } else if joined.contains(" free trade ") {
            kind = .freeTrade
        } else {
            kind = nil
        }
        self.words = Array(Set(words.filter { !Self.generic.contains($0) })).sorted()
    }

    /// Whether two keys may name the same zone: the same words, and no conflicting kinds.
    public func matches(_ other: ZoneKey) -> Bool {
        words == other.words && !words.isEmpty && (kind == nil || other.kind == nil || kind == other.kind)
    }

    /// `leshan|hitech`: the stored spelling.
    public var description: String { words.joined(separator: " ") + "|" + (kind?.rawValue ?? "") }
}
