public import ZonebaseModel

/// A zone as stored: one record per real zone across documents.
public struct StoredZone: Sendable, Hashable, Codable {
    /// The zone's id in the store.
    public var id: Int64
    /// The fullest name seen.
    public var name: String
    /// The zone's type.
    public var type: ZoneType
    /// The highest level any source gives.
    public var level: ZoneLevel?
    /// Province and city, when known.
    public var province: String?
    public var city: String?
    /// The parent zone's name, for sub-parks.
    public var parent: String?
    /// How many documents name the zone.
    public var documentCount: Int
    /// The official Chinese name, from the registry of national zones.
    public var nameZH: String? = nil
    /// The registry's English name.
    public var registryName: String? = nil
    /// When the registry says the zone became national.
    public var registryNationalDate: String? = nil
}

/// A dated event with its source.
public struct StoredEvent: Sendable, Hashable, Codable {
    public var kind: EventKind
    public var date: String
    public var authority: String?
    public var document: String
    public var quote: String
    /// Where the document was read from (a path or URL).
    public var source: String = ""
    /// The date the document states for itself, when it states one.
    public var published: String? = nil
    /// Where the quote starts in the original document (a byte offset).
    public var spanStart: Int = 0
}

/// A figure with its source.
public struct StoredFigure: Sendable, Hashable, Codable {
    public var subject: String
    public var metric: Metric
    public var value: Double
    public var unit: FigureUnit
    public var aspect: Aspect
    public var status: FigureStatus
    public var bound: Bound
    public var period: String?
    public var isConversion: Bool
    public var document: String
    public var quote: String
    public var sentence: String
    /// The measure as the text names it (`general public budget revenue`), when one was named.
    public var measure: String? = nil
    /// Where the quote is in the original document: byte offsets `[spanStart, spanEnd)`.
    public var spanStart: Int = 0
    public var spanEnd: Int = 0
    /// Where the document was read from.
    public var source: String = ""
    /// The date the document states for itself, when it states one.
    public var published: String? = nil
}

/// Everything the store knows of one zone.
public struct ZoneProfile: Sendable, Hashable, Codable {
    public var zone: StoredZone
    /// Every name the zone was seen under.
    public var aliases: [String]
    /// Dated events, oldest first, each with its source; conflicting dates appear side by side.
    public var events: [StoredEvent]
    /// Leading industries, as written.
    public var industries: [String]
    /// Zones that are part of this one (sub-parks).
    public var subZones: [String] = []
    /// Figures about the zone, newest period first: all of them, or only the latest actual ones
    /// (see ``ProfileFigures``).
    public var figures: [StoredFigure]
    /// How many figures the zone has in all.
    public var figureCount: Int = 0
}

/// Which of a zone's figures a profile reads.
public enum ProfileFigures: Sendable, Hashable {
    /// Every figure.
    case all
    /// For each metric, aspect and unit, the actual figures of its newest period
    /// (``ZoneProfile/latestActualFigures``), chosen by the database: an overview of a zone with a
    /// long history reads a few rows, not all of them.
    case latestActual
}

extension ZoneProfile {
    /// For each metric, aspect and unit, the actual figures of its newest period (every source of
    /// it); undated figures only where nothing is dated.
    public var latestActualFigures: [StoredFigure] {
        let actual = figures.filter { $0.status == .actual }
        func key(_ figure: StoredFigure) -> String { "\(figure.metric.rawValue)|\(figure.aspect.rawValue)|\(figure.unit.rawValue)" }
        var newest: [String: String?] = [:]
        for figure in actual.sorted(by: { ($0.period ?? "") > ($1.period ?? "") }) where newest[key(figure)] == nil {
            newest[key(figure)] = .some(figure.period)
        }
        return actual.filter { newest[key($0)] == .some($0.period) }
    }
}

/// How much the store holds.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var documents: Int
    public var zones: Int
    public var events: Int
    public var figures: Int
    public var industries: Int
}
