import ZonebaseModel

/// A stored zone as the ingest policy reads and writes it: the columns that resolving a name
/// decides. Backends read these rows and write them back; every decision about them is made by
/// ``ZoneResolutionPlan``.
struct ZoneRecord: Sendable, Equatable, Codable {
    /// The row id; 0 for a zone the plan creates.
    var id: Int64
    /// The key names merge by (`leshan|hitech`), or `split:…` / `doc:…` for names kept apart.
    var key: String
    /// The distinguishing words, the column candidates are looked up by.
    var words: String
    var name: String
    var type: String
    var level: String?
    var province: String?
    var city: String?
    var nameZH: String?
    var registryName: String?
    var registryNationalDate: String?
}

/// A zone a plan refers to: a stored row, or the n-th zone the plan creates.
enum ZoneReference: Hashable, Sendable {
    case stored(Int64)
    case planned(Int)
}

/// A user's correction of a name (see ``KnowledgeBase/merge(_:into:)`` and ``KnowledgeBase/split(_:from:)``).
struct ZoneNameCorrection: Sendable, Equatable {
    enum Kind: String, Sendable { case merge, split }
    var kind: Kind
    /// The zone a merged name resolves to, or the zone a split name was given.
    var target: Int64?
}

/// A name to be stored for a zone, from one document.
struct ZoneAliasRow: Sendable, Equatable {
    var zone: ZoneReference
    var alias: String
    var level: String?
}

/// Where a name is looked up: the stored key and the words column, from the registry, the name's
/// own words, and whether the user split the name off.
struct ZoneLocation: Sendable, Equatable {
    var key: ZoneKey
    /// The `zone_key` a new row for the name gets.
    var storedKey: String
    /// The `zone_words` candidates share.
    var words: String
    /// Whether the name only ever meets a row with exactly its key (split off, or no distinguishing words).
    var exactOnly: Bool

    /// - Parameters:
    ///   - isSplit: whether the user split this name off a zone.
    init(name: String, city: String?, documentID: String, isSplit: Bool, registry: ReferenceRegistry = .bundled) {
        let lowered = name.lowercased()
        key = registry.key(for: name, city: city)
        // A name with no distinguishing words ("Hi-tech Industrial Development Zone") is never merged
        // across documents: a wrong merge is worse than a duplicate.
        storedKey = isSplit ? "split:\(lowered)" : key.words.isEmpty ? "doc:\(documentID):\(lowered)" : key.description
        words = key.words.isEmpty || isSplit ? storedKey : key.words.joined(separator: " ")
        exactOnly = key.words.isEmpty || isSplit
    }

    /// Whether a stored row with `storedKey` is the zone this name means.
    func fits(_ stored: String) -> Bool {
        if exactOnly || stored.hasPrefix("split:") { return stored == storedKey }
        let kind = stored.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return key.kind == nil || kind.isEmpty || kind == key.kind?.rawValue
    }
}
