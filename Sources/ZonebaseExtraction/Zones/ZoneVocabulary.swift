import ZonebaseModel

/// The words zone names are made of.
enum ZoneVocabulary {
    /// Words that end a zone's name.
    static let heads: WordSet = ["zone", "park", "area", "port", "base", "district", "ftz", "etdz", "city"]

    /// Generic words inside zone names; a name made of these alone names no particular zone.
    static let generic: WordSet = [
        "hi", "high", "tech", "new", "industrial", "industries", "industry", "development", "economic", "and",
        "technological", "technology", "free", "trade", "bonded", "comprehensive", "logistics", "science", "pilot",
        "demonstration", "export", "processing", "circular", "economy", "national", "state", "level", "zone",
        "park", "area", "port", "base", "energy", "chemical", "of", "the", "&", "-", "innovation", "key", "sci",
        "hitech", "etdz", "provincial", "municipal", "international", "cooperation", "special", "experimental",
        "agricultural", "modern", "ecological", "eco", "information", "software", "a", "an", "district",
    ]

    /// Capitalized words that start sentences or phrases but never a zone's name.
    static let stopCapitalized: WordSet = [
        "the", "a", "an", "in", "on", "at", "by", "from", "with", "since", "located", "founded", "established",
        "approved", "during", "after", "over", "both", "and", "its", "it", "this", "these", "that", "meanwhile",
        "moreover", "besides", "also", "as", "for", "to", "of", "while", "when", "where", "which", "according",
        "relying", "based", "all", "our", "their", "each", "every", "among", "including", "china", "chinese",
        "upgraded", "covering", "construction", "home", "about", "there", "here", "some", "many", "first",
        "national", "state", "provincial", "municipal", "key", "such", "other", "new", "into", "between", "under",
        "then", "now", "today", "yesterday", "recently", "currently", "however", "but", "or", "so", "if", "via",
        // Headline verbs ("… Approves State-Level Economic Development Zone") and the names of the
        // sites a page was copied from ("Baidu Encyclopedia-…") end a name too.
        "approves", "approve", "gets", "wins", "becomes", "launches", "opens", "unveils", "announces", "builds",
        "sees", "hits", "reaches", "plans", "joins", "boosts", "achieves", "set", "sets", "encyclopedia", "baike",
        "wikipedia", "news", "online", "daily", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten",
    ]

    /// Words before "Park" that make it a park of another kind (wetland, forest, theme parks).
    static let nonIndustrialParks: WordSet = [
        "wetland", "forest", "theme", "amusement", "geological", "memorial", "sports", "water", "country",
        "wildlife", "heritage", "ecological", "botanical",
    ]

    /// The type of a zone read from the words of its name (lower case, punctuation as its own words).
    static func type(ofNameWords words: [String]) -> ZoneType {
        func word(_ index: Int) -> String { index >= 0 && index < words.count ? words[index] : "" }
        /// The index after `word` at `index`, skipping one hyphen ("hi - tech").
        func follows(_ index: Int, _ next: String) -> Bool {
            word(index + 1) == next || word(index + 1) == "-" && word(index + 2) == next
        }
        var isFreeTrade = false, isHighTech = false, hasEconomic = false, hasTechnology = false
        var isEconomyAndTechnology = false, hasDevelopmentZone = false
        for (index, current) in words.enumerated() {
            switch current {
            case "bonded": return .other
            case "free": if follows(index, "trade") { isFreeTrade = true }
            case "ftz": isFreeTrade = true
            case "hi", "high": if follows(index, "tech") { isHighTech = true }
            case "hitech", "hightech": isHighTech = true
            case "new": if word(index + 1) == "and" && word(index + 2) == "high" { isHighTech = true }
            case "economic": hasEconomic = true
            case "economy": if word(index + 1) == "&" && word(index + 2) == "technology" { isEconomyAndTechnology = true }
            case "etdz": isEconomyAndTechnology = true
            case "development": if word(index + 1) == "zone" { hasDevelopmentZone = true }
            default: if current.hasPrefix("technolog") { hasTechnology = true }
            }
        }
        if isFreeTrade { return .freeTrade }
        if isHighTech { return .highTech }
        if isEconomyAndTechnology || hasEconomic && (hasTechnology || hasDevelopmentZone) { return .economicTechnological }
        if words.last == "area" && word(words.count - 2) == "new" { return .newArea }
        if words.last == "park" { return .industrialPark }
        return .other
    }
}
