/// A figure with the zone it was resolved to, for listings and export.
public struct FigureRow: Sendable, Hashable, Codable {
    /// The zone's stored name, when the subject resolved to a zone.
    public var zone: String?
    /// The zone's id, when the subject resolved to a zone.
    public var zoneID: Int64? = nil
    /// The figure and its source.
    public var figure: StoredFigure

    /// Creates a row.
    public init(zone: String?, zoneID: Int64?, figure: StoredFigure) {
        self.zone = zone
        self.zoneID = zoneID
        self.figure = figure
    }
}

/// A document found by full-text search.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// Its headline.
    public var title: String
    /// The matching passage, matches marked [like this].
    public var snippet: String
}

extension SearchHit {
    /// A snippet with runs of white space (blanked markup, line breaks) as single spaces.
    static func tidy(_ snippet: String) -> String {
        snippet.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// An event with its zone, for export.
public struct EventRow: Sendable, Hashable, Codable {
    /// The zone's stored name.
    public var zone: String
    /// The zone's id.
    public var zoneID: Int64 = 0
    /// The event and its source.
    public var event: StoredEvent

    /// Creates a row.
    public init(zone: String, zoneID: Int64, event: StoredEvent) {
        self.zone = zone
        self.zoneID = zoneID
        self.event = event
    }
}

/// A leading industry as a document names it, with its zone.
public struct IndustryRow: Sendable, Hashable, Codable {
    /// The zone's id and stored name.
    public var zoneID: Int64
    public var zone: String
    /// The industry as written.
    public var name: String
    /// The document naming it, and the exact words.
    public var document: String
    public var quote: String
}
