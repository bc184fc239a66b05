import ZonebaseModel

/// Everything storing one document writes, decided before anything is written: its zones
/// (resolved by ``ZoneResolutionPlan``), the sub-park links, and each event, industry and figure
/// with the zone it belongs to. Backends turn a plan into statements; they decide nothing.
struct DocumentPlan {
    /// The resolved zones: rows to create and to change, names to store.
    private(set) var zones: ZoneResolutionPlan
    /// Sub-parks and the zones they are part of.
    private(set) var parents: [(child: ZoneReference, parent: ZoneReference)] = []
    private(set) var events: [(zone: ZoneReference, event: ZoneEvent)] = []
    private(set) var industries: [(zone: ZoneReference, industry: Industry)] = []
    /// Figures and their zones; `nil` for a subject that is no zone of the document (a province, China).
    private(set) var figures: [(zone: ZoneReference?, figure: Figure)] = []
    /// How many facts the document stores: its zones (by name) and the rest.
    private(set) var factCount = 0
    /// How many of its facts are beyond ``DocumentLimits/factsPerDocument`` and not stored.
    private(set) var omittedFacts = 0

    /// The names the plan may resolve, for reading their corrections and candidates first: the
    /// document's zones, then the zones of events and industries that none of those names matches.
    static func names(in facts: DocumentFacts) -> [(name: String, city: String?)] {
        var names: [(name: String, city: String?)] = []
        var seen: Set<String> = []
        var localKeys: [ZoneKey] = []
        let kept = facts.facts.prefix(DocumentLimits.factsPerDocument)
        for case .zone(let zone) in kept where seen.insert(zone.name).inserted {
            names.append((zone.name, zone.city))
            localKeys.append(ZoneKey(zone.name))
        }
        for fact in kept {
            let name: String
            switch fact {
            case .event(let event): name = event.zone
            case .industry(let industry): name = industry.zone
            case .zone, .figure: continue
            }
            guard !seen.contains(name) else { continue }
            let key = ZoneKey(name)
            if localKeys.contains(where: { $0.matches(key) }) { continue }
            seen.insert(name)
            names.append((name, nil))
        }
        return names
    }

    /// The lowered names whose corrections a plan for `facts` needs.
    static func correctionKeys(in facts: DocumentFacts) -> [String] {
        Array(Set(names(in: facts).map { $0.name.lowercased() })).sorted()
    }

    /// The `zone_words` values a plan for `facts` looks up, given the corrections of its names
    /// (a split name is looked up by its own key). Sorted: locks on them are taken in this order.
    static func candidateWords(in facts: DocumentFacts, corrections: [String: ZoneNameCorrection]) -> [String] {
        Array(Set(names(in: facts).map { name in
            ZoneLocation(name: name.name, city: name.city, documentID: facts.documentID,
                         isSplit: corrections[name.name.lowercased()]?.kind == .split).words
        })).sorted()
    }

    /// The zones merge corrections send names to: read with the candidates.
    static func correctionTargets(_ corrections: [String: ZoneNameCorrection]) -> [Int64] {
        Array(Set(corrections.values.compactMap { $0.kind == .merge ? $0.target : nil })).sorted()
    }

    /// Plans `document` against the rows in `lookups`: its first `limit` facts, in text order.
    init(_ document: DocumentInput, lookups: ZoneLookups, limit: Int = DocumentLimits.factsPerDocument) {
        zones = ZoneResolutionPlan(documentID: document.id, lookups: lookups)
        let facts = document.facts.facts.prefix(limit)
        omittedFacts = document.facts.facts.count - facts.count
        var byName: [String: ZoneReference] = [:]
        var localKeys: [(key: ZoneKey, zone: ZoneReference)] = []
        for case .zone(let zone) in facts {
            let reference = zones.resolve(zone)
            if byName.updateValue(reference, forKey: zone.name) == nil { localKeys.append((ZoneKey(zone.name), reference)) }
        }
        for case .zone(let zone) in facts {
            guard let parent = zone.parent, let parentZone = byName[parent], let child = byName[zone.name] else { continue }
            parents.append((child, parentZone))
        }
        // Subjects and zone names repeat within a document: each is resolved once. A name that is no
        // zone of the document gets a zone of its own only for an event or an industry (a figure of
        // "Sichuan" or "China" is about no zone).
        func zone(named name: String, create: Bool) -> ZoneReference? {
            if let known = byName[name] { return known }
            let key = ZoneKey(name)
            if let local = localKeys.first(where: { $0.key.matches(key) })?.zone { return local }
            guard create else { return nil }
            let stub = Zone(name: name, type: .other, evidence: Evidence(
                span: TextSpan(start: 0, end: 0), quote: name, sentence: "", sentenceSpan: TextSpan(start: 0, end: 0), rule: "store.stub"))
            let reference = zones.resolve(stub)
            byName[name] = reference
            return reference
        }
        var stored = 0
        for fact in facts {
            switch fact {
            case .zone:
                continue
            case .event(let event):
                events.append((zone(named: event.zone, create: true)!, event))
            case .industry(let industry):
                industries.append((zone(named: industry.zone, create: true)!, industry))
            case .figure(let figure):
                figures.append((zone(named: figure.subject, create: false), figure))
            }
            stored += 1
        }
        factCount = stored + byName.count
    }
}

extension DocumentPlan {
    /// Every zone the document names or states a fact of, with the zones its sub-parks are part of:
    /// the zones whose kept answers the document makes out of date (see ``KeptZoneAnswers``).
    var touchedZones: [ZoneReference] {
        var seen: Set<ZoneReference> = []
        var zones: [ZoneReference] = []
        func add(_ zone: ZoneReference?) {
            if let zone, seen.insert(zone).inserted { zones.append(zone) }
        }
        for index in self.zones.created.indices { add(.planned(index)) }
        for row in self.zones.changed { add(.stored(row.id)) }
        for alias in self.zones.aliases { add(alias.zone) }
        for (child, parent) in parents { add(child); add(parent) }
        for event in events { add(event.zone) }
        for industry in industries { add(industry.zone) }
        for figure in figures { add(figure.zone) }
        return zones
    }
}
