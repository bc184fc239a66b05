/// A development zone, park or area a document talks about.
public struct Zone: Sendable, Hashable, Codable {
    /// The name as the text gives it, completed with the place where the text implies it.
    public var name: String
    /// The kind of zone.
    public var type: ZoneType
    /// The level the text states, or `nil` when it does not say.
    public var level: ZoneLevel?
    /// The province (in English), when known.
    public var province: String?
    /// The prefecture-level city (in English), when known.
    public var city: String?
    /// The zone this one is part of, for a sub-park.
    public var parent: String?
    /// Where the zone is named.
    public var evidence: Evidence

    /// Creates a zone record.
    public init(
        name: String, type: ZoneType, level: ZoneLevel? = nil, province: String? = nil, city: String? = nil,
        parent: String? = nil, evidence: Evidence
    ) {
        self.name = name
        self.type = type
        self.level = level
        self.province = province
        self.city = city
        self.parent = parent
        self.evidence = evidence
    }
}

/// A dated step in a zone's life: founded, construction started, approved.
public struct ZoneEvent: Sendable, Hashable, Codable {
    /// The name of the zone, as in its ``Zone`` record.
    public var zone: String
    /// What happened.
    public var kind: EventKind
    /// When, as precisely as the text allows (or derives: "after 16 years" since 1996).
    public var date: PartialDate
    /// Who approved it, e.g. "State Council", when the text says.
    public var authority: String?
    /// Where the event is stated.
    public var evidence: Evidence

    /// Creates an event record.
    public init(zone: String, kind: EventKind, date: PartialDate, authority: String? = nil, evidence: Evidence) {
        self.zone = zone
        self.kind = kind
        self.date = date
        self.authority = authority
        self.evidence = evidence
    }
}

/// A leading industry or industrial cluster the text presents as a zone's own.
public struct Industry: Sendable, Hashable, Codable {
    /// The name of the zone, as in its ``Zone`` record.
    public var zone: String
    /// The industry as written, without a trailing "industry" or "cluster".
    public var name: String
    /// Where the industry is named.
    public var evidence: Evidence

    /// Creates an industry record.
    public init(zone: String, name: String, evidence: Evidence) {
        self.zone = zone
        self.name = name
        self.evidence = evidence
    }
}
