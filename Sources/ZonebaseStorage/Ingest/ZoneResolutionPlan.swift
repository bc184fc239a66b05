import ZonebaseModel

/// Resolves one document's zone names against what the store holds, without touching it: each name
/// goes to the zone a user's correction names, or to a stored (or earlier planned) zone whose key
/// fits, or to a new zone. Names merge when their ``ZoneKey``s match (the same distinguishing
/// words, no conflicting kinds). Both backends read the rows it needs (``ZoneLookups``), run it,
/// and write back what it changed: the rules live here once.
struct ZoneResolutionPlan {
    private let documentID: String
    private let corrections: [String: ZoneNameCorrection]
    private let registry: ReferenceRegistry
    private let original: [Int64: ZoneRecord]
    /// Stored rows, as the plan leaves them.
    private var stored: [Int64: ZoneRecord]
    /// Rows to create, in order: `ZoneReference.planned(index)`.
    private(set) var created: [ZoneRecord] = []
    /// Names to store for the zones, one per zone and name.
    private(set) var aliases: [ZoneAliasRow] = []
    private var aliasSeen: Set<String> = []
    /// Candidates by their words column, in id order, planned rows last.
    private var byWords: [String: [ZoneReference]] = [:]

    init(documentID: String, lookups: ZoneLookups, registry: ReferenceRegistry = .bundled) {
        self.documentID = documentID
        self.corrections = lookups.corrections
        self.registry = registry
        let rows = lookups.zones.sorted { $0.id < $1.id }
        original = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        stored = original
        for row in rows { byWords[row.words, default: []].append(.stored(row.id)) }
    }

    /// Stored rows the plan changed, in id order.
    var changed: [ZoneRecord] {
        stored.values.filter { original[$0.id] != $0 }.sorted { $0.id < $1.id }
    }

    /// The zone `zone` names, updating or creating its row as the rules say.
    mutating func resolve(_ zone: Zone) -> ZoneReference {
        let lowered = zone.name.lowercased()
        let correction = corrections[lowered]
        // A user's correction wins over the rules, and survives re-ingest.
        if let correction, correction.kind == .merge, let target = correction.target, stored[target] != nil {
            link(zone, to: .stored(target))
            return .stored(target)
        }
        let location = ZoneLocation(name: zone.name, city: zone.city, documentID: documentID, isSplit: correction?.kind == .split,
                                    registry: registry)
        let reference: ZoneReference
        if let match = byWords[location.words, default: []].first(where: { location.fits(self[$0].key) }) {
            reference = match
            var row = self[match]
            let storedType = ZoneType(rawValue: row.type) ?? .other
            if [.other, .industrialPark].contains(storedType) && zone.type != .other { row.type = zone.type.rawValue }
            row.level = zone.level == .national ? "national" : row.level ?? zone.level?.rawValue
            if zone.name.count > row.name.count { row.name = zone.name }
            row.province = row.province ?? zone.province
            row.city = row.city ?? zone.city
            // A name that states its kind completes a key that had none.
            if location.key.kind != nil && !row.key.hasPrefix("split:") && !row.key.hasPrefix("doc:") {
                row.key = location.key.description
            }
            self[match] = row
        } else {
            reference = .planned(created.count)
            created.append(ZoneRecord(
                id: 0, key: location.storedKey, words: location.words, name: zone.name, type: zone.type.rawValue,
                level: zone.level?.rawValue, province: zone.province, city: zone.city))
            byWords[location.words, default: []].append(reference)
        }
        link(zone, to: reference)
        return reference
    }

    /// Stores the name for the zone, and links the zone to the registry of national zones
    /// (official names, the date of national status) when the name is a registry name.
    private mutating func link(_ zone: Zone, to reference: ZoneReference) {
        var row = self[reference]
        if let entry = registry.entry(for: zone.name, city: zone.city) {
            row.nameZH = entry.nameZH
            row.registryName = entry.nameEN
            row.registryNationalDate = entry.nationalDate
            row.province = row.province ?? entry.province
            row.city = row.city ?? entry.city
        }
        if zone.level == .national { row.level = "national" }
        self[reference] = row
        if aliasSeen.insert("\(reference)\u{0}\(zone.name)").inserted {
            aliases.append(ZoneAliasRow(zone: reference, alias: zone.name, level: zone.level?.rawValue))
        }
    }

    /// The row `reference` names, as the plan leaves it.
    func row(_ reference: ZoneReference) -> ZoneRecord { self[reference] }

    private subscript(reference: ZoneReference) -> ZoneRecord {
        get {
            switch reference {
            case .stored(let id): stored[id]!
            case .planned(let index): created[index]
            }
        }
        set {
            switch reference {
            case .stored(let id): stored[id] = newValue
            case .planned(let index): created[index] = newValue
            }
        }
    }
}

/// What the store holds that bears on one document's zone names: the corrections of those names,
/// and the rows they may resolve to (those sharing a name's words, and the corrections' targets).
struct ZoneLookups: Sendable {
    var corrections: [String: ZoneNameCorrection]
    var zones: [ZoneRecord]
}
