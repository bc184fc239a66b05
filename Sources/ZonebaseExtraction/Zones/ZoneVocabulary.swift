import ZonebaseModel

/// The words zone names are made of.
enum ZoneVocabulary {
    /// Words that end a zone's name.
    static let heads: Set<String> = ["zone", "park", "area", "port", "base"]

    /// Generic words inside zone names; a name made of these alone names no particular zone.
    static let generic: Set<String> = [
        "hi", "high", "tech", "new", "industrial", "industries", "industry", "development", "economic", "and",
        "technological", "technology", "free", "trade", "bonded", "comprehensive", "logistics", "science", "pilot",
        "demonstration", "export", "processing", "circular", "economy", "national", "state", "level", "zone",
        "park", "area", "port", "base", "energy", "chemical", "of", "the", "&", "-", "innovation", "key", "sci",
        "hitech", "etdz", "provincial", "municipal", "international", "cooperation", "special", "experimental",
        "agricultural", "modern", "ecological", "eco", "information", "software", "a", "an",
    ]

    /// Capitalized words that start sentences or phrases but never a zone's name.
    static let stopCapitalized: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "from", "with", "since", "located", "founded", "established",
        "approved", "during", "after", "over", "both", "and", "its", "it", "this", "these", "that", "meanwhile",
        "moreover", "besides", "also", "as", "for", "to", "of", "while", "when", "where", "which", "according",
        "relying", "based", "all", "our", "their", "each", "every", "among", "including", "china", "chinese",
        "upgraded", "covering", "construction", "home", "about", "there", "here", "some", "many", "first",
        "national", "state", "provincial", "municipal", "key", "such", "other", "new", "into", "between", "under",
        "then", "now", "today", "yesterday", "recently", "currently", "however", "but", "or", "so", "if", "via",
    ]

    /// Words before "Park" that make it a park of another kind (wetland, forest, theme parks).
    static let nonIndustrialParks: Set<String> = [
        "wetland", "forest", "theme", "amusement", "geological", "memorial", "sports", "water", "country",
        "wildlife", "heritage", "ecological", "botanical",
    ]

    /// The type of a zone read from the words of its name.
    static func type(ofNameWords words: [String]) -> ZoneType {
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" bonded ") { return .other }
        if joined.contains(" free trade ") || joined.contains(" free - trade ") || joined.contains(" ftz ") {
            return .freeTrade
        }
        if joined.contains(" hi - tech ") || joined.contains(" high - tech ") || joined.contains(" hi tech ")
            || joined.contains(" high tech ") || joined.contains(" hitech ") || joined.contains(" new and high ")
            || joined.contains(" high and new ") || joined.contains(" high - and new ")
        {
            return .highTech
        }
        if joined.contains(" economic ") && (joined.contains(" technolog") || joined.contains(" development zone"))
            || joined.contains(" economy & technology ") || joined.contains(" etdz ")
            || joined.contains(" economic - technological ") || joined.contains(" economic development ")
        {
            return .economicTechnological
        }
        if joined.hasSuffix(" new area ") || joined.contains(" new area ") && words.last == "area" { return .newArea }
        if words.last == "park" { return .industrialPark }
        return .other
    }
}
