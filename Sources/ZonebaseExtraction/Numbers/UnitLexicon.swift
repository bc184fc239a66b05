import ZonebaseModel

/// The words that name units and counted things after a number.
enum UnitLexicon {
    /// Counted nouns and the metric a count of them is: `177 industrial enterprises` → enterprises.
    static let countNouns: WordTable<Metric> = [
        "enterprises": .enterprises, "enterprise": .enterprises, "companies": .enterprises,
        "company": .enterprises, "firms": .enterprises, "businesses": .enterprises, "smes": .enterprises,
        "manufacturers": .enterprises, "corporations": .enterprises, "factories": .enterprises, "projects": .projects, "project": .projects,
        "jobs": .jobs, "employees": .jobs, "workers": .jobs, "people": .population, "residents": .population,
        "inhabitants": .population, "patents": .patents, "zones": .other, "parks": .other, "areas": .other,
        "ones": .other,
    ]

    /// Verbs before a count of people that make it a count of jobs ("employs 350,000 people").
    static let employingVerbs: WordSet = ["employs", "employ", "employed", "employing", "hired", "hires", "employment"]

    /// Verbs after which a bare number is the count of the clause's noun ("… enterprises will reach 7,000").
    static let reachingVerbs: WordSet = ["reach", "reached", "reaches", "rose", "risen", "grew", "grown", "totaled", "totalled", "hit", "increased"]

    /// Counted nouns that are zones or parks: such counts go to whoever holds the zones.
    static let zoneNouns: WordSet = ["zones", "parks", "areas", "ones"]

    /// Words that may stand between a number and its counted noun ("28 intelligent terminal
    /// enterprises") are any words but these, which end the noun phrase.
    static let phraseBreakers: WordSet = [
        "of", "in", "with", "to", "for", "by", "from", "at", "on", "were", "was", "is", "are", "have", "has", "had",
        "will", "that", "which", "than", "over", "more", "accounting", "the", "a", "an", "as", "such", "or",
        "yuan", "percent", "per", "times", "years", "year", "months", "days", "km", "kilometers", "meters", "tons",
        "tonnes", "its", "their", "this", "these", "those", "about", "nearly", "into", "under", "above", "below",
        "up", "down", "out", "been", "be", "being", "it", "they", "there", "while", "where", "when", "after",
        "before", "since", "institutes", "laboratories", "talents", "policies", "towns", "villages", "buildings",
        "roads", "countries", "industries", "categories", "indicators", "items", "tourists", "passengers",
        "kinds", "types", "platforms", "workshops", "bases", "universities", "colleges", "institutions",
        "centers", "centres", "hospitals", "schools", "cities", "counties", "districts", "provinces", "lines",
        "routes", "channels", "stations", "sections", "parts", "awards", "academicians", "experts",
    ]

    /// Words before a counted noun that make the count one of certified high-tech enterprises.
    static func isHighTechQualifier(_ qualifiers: [String]) -> Bool {
        let words = qualifiers.filter { $0 != "-" }  // "high-tech" is three tokens
        for (offset, word) in words.enumerated() {
            if (word == "hi" || word == "high") && offset + 1 < words.count && words[offset + 1] == "tech" { return true }
            if word == "hitech" || word == "hightech" { return true }
        }
        return false
    }
}
