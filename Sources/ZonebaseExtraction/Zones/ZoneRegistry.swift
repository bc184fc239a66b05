import ZonebaseModel

/// The zones named in one document, merged by a normalized key so that "Leshan hi-tech industrial
/// park" and "Leshan Hi-tech Industrial Park" are one zone, and "Mianyang Development Zone" joins
/// "Mianyang Economic and Technological Development Zone".
struct ZoneRegistry: Sendable {
    /// One zone as named in the document.
    struct Entry: Sendable {
        /// The fullest name seen.
        var name: String
        /// The type read from the name.
        var type: ZoneType
        /// The first mention's sentence index and tokens.
        var sentenceIndex: Int
        var tokens: Range<Int>
        /// How often the zone is named.
        var mentionCount: Int
        /// The zone it is part of, for sub-parks.
        var parent: String?
        /// Whether the zone came from a coordinated list or a lower-case list of sub-parks.
        var isFromList: Bool
        var isSubPark: Bool
        /// The normalized key of ``name``, cached.
        var key: (words: Set<String>, type: ZoneType?)
    }

    private(set) var entries: [Entry] = []
    /// The key of every name registered, built once per name (a document names its zone dozens of times).
    private var keysByName: [String: (words: Set<String>, type: ZoneType?)] = [:]
    /// The canonical name of every name registered, resolved by ``finishRegistering()``.
    private var canonicalByName: [String: String] = [:]

    /// The key two names of one zone share: the model's ``ZoneKey`` (the words that are not generic,
    /// and the kind the name states), the same key the store and the analysis group names by.
    static func key(_ name: String) -> (Set<String>, ZoneType?) {
        let key = ZoneKey(name)
        let type: ZoneType? = switch key.kind {
        case .highTech: .highTech
        case .economicTechnological: .economicTechnological
        case .newArea: .newArea
        case .freeTrade: .freeTrade
        case nil: nil
        }
        return (Set(key.words), type)
    }

    /// The entry index for a name, if a zone with the same key is registered.
    func index(of name: String) -> Int? {
        index(of: name, key: key(of: name))
    }

    /// The entry index for a name whose key is `key`.
    private func index(of name: String, key: (words: Set<String>, type: ZoneType?)) -> Int? {
        let (words, type) = key
        // A name with no distinguishing words ("Area A", "the development zone") is one zone with
        // another only when it is the same name, as in the store.
        guard !words.isEmpty else { return entries.firstIndex { $0.name.lowercased() == name.lowercased() } }
        let exact = entries.firstIndex { entry in
            let (entryWords, entryType) = entry.key
            guard entryWords == words else { return false }
            return type == nil || entryType == nil || type == entryType
        }
        if let exact { return exact }
        // "the Shihezi zone" is "Xinjiang Shihezi Economic and Technological Development Zone": names
        // that differ only by the province or city that holds the zone are one zone.
        guard !words.isEmpty else { return nil }
        return entries.firstIndex { entry in
            let (entryWords, entryType) = entry.key
            guard type == nil || entryType == nil || type == entryType else { return false }
            let (small, large) = words.count < entryWords.count ? (words, entryWords) : (entryWords, words)
            guard !small.isEmpty, small.isSubset(of: large), small != large else { return false }
            return large.subtracting(small).allSatisfy { Gazetteer.provinces[$0] != nil || Gazetteer.cities[$0] != nil }
        }
    }

    /// The key of `name` (kept for the names registered).
    func key(of name: String) -> (words: Set<String>, type: ZoneType?) {
        keysByName[name] ?? Self.key(name)
    }

    /// The canonical name for a mention's name.
    func canonicalName(_ name: String) -> String {
        canonicalByName[name] ?? index(of: name).map { entries[$0].name } ?? name
    }

    /// Resolves the canonical name of every name registered, once all are: the rules then ask the
    /// registry for each mention of a zone without building its key again.
    mutating func finishRegistering() {
        for name in keysByName.keys { canonicalByName[name] = index(of: name).map { entries[$0].name } ?? name }
    }

    /// Registers a zone mention, merging it into an existing entry with the same key.
    mutating func register(_ mention: Mention, sentenceIndex: Int, parent: String?) {
        let key = keysByName[mention.name] ?? Self.key(mention.name)
        keysByName[mention.name] = key
        if let existing = index(of: mention.name, key: key) {
            entries[existing].mentionCount += 1
            // Prefer the fuller name, and one that carries its type ("… Economic and Technological …").
            if mention.name.count > entries[existing].name.count, !mention.isFromList {
                entries[existing].name = mention.name
                entries[existing].type = mention.zoneType ?? entries[existing].type
                entries[existing].key = key
            }
            return
        }
        entries.append(
            Entry(
                name: mention.name, type: mention.zoneType ?? .other, sentenceIndex: sentenceIndex,
                tokens: mention.tokens, mentionCount: 1, parent: parent, isFromList: mention.isFromList,
                isSubPark: mention.isSubPark, key: key))
    }

    /// The zone the document is about: the most named zone that is not a listed sub-park, the earliest
    /// on a tie.
    var focus: String? {
        let candidates = entries.enumerated().filter { !$0.element.isSubPark && !$0.element.isFromList }
        let best = candidates.max { lhs, rhs in
            lhs.element.mentionCount != rhs.element.mentionCount
                ? lhs.element.mentionCount < rhs.element.mentionCount : lhs.offset > rhs.offset
        }
        return best?.element.name
    }
}
