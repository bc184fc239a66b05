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

    /// The key two names of one zone share: the lower-cased words that are not generic, plus the type.
    static func key(_ name: String) -> (Set<String>, ZoneType?) {
        // Split on ASCII punctuation and spaces; other bytes (Chinese) stay in words. "-" and "&" are
        // kept as words of their own, as the tokenizer does, so the type rules read them.
        var words: [String] = []
        var current: [UInt8] = []
        for byte in name.utf8 {
            if byte >= 0x80 || ByteText.isLetter(byte) || ByteText.isDigit(byte) {
                current.append(ByteText.lowercase(byte))
            } else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&") { words.append(String(UnicodeScalar(byte))) }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        let type = ZoneVocabulary.type(ofNameWords: words)
        let proper = Set(words.filter { !ZoneVocabulary.generic.contains($0) && $0 != "s" && $0 != "city" })
        return (proper, type == .other || type == .industrialPark ? nil : type)
    }

    /// The entry index for a name, if a zone with the same key is registered.
    func index(of name: String) -> Int? {
        let (words, type) = Self.key(name)
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

    /// The canonical name for a mention's name.
    func canonicalName(_ name: String) -> String {
        index(of: name).map { entries[$0].name } ?? name
    }

    /// Registers a zone mention, merging it into an existing entry with the same key.
    mutating func register(_ mention: Mention, sentenceIndex: Int, parent: String?) {
        if let existing = index(of: mention.name) {
            entries[existing].mentionCount += 1
            // Prefer the fuller name, and one that carries its type ("… Economic and Technological …").
            if mention.name.count > entries[existing].name.count, !mention.isFromList {
                entries[existing].name = mention.name
                entries[existing].type = mention.zoneType ?? entries[existing].type
                entries[existing].key = Self.key(mention.name)
            }
            return
        }
        entries.append(
            Entry(
                name: mention.name, type: mention.zoneType ?? .other, sentenceIndex: sentenceIndex,
                tokens: mention.tokens, mentionCount: 1, parent: parent, isFromList: mention.isFromList,
                isSubPark: mention.isSubPark, key: Self.key(mention.name)))
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
