/// The kind of a development zone, as the exchange format names it.
public enum ZoneType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A high/new-tech industrial development zone.
    case highTech = "high-tech"
    /// An economic and technological development zone.
    case economicTechnological = "economic-technological"
    /// Any other park or sub-park.
    case industrialPark = "industrial-park"
    /// A free trade zone or port.
    case freeTrade = "free-trade"
    /// A state-level new area.
    case newArea = "new-area"
    /// Anything else (pilot zones, bonded zones, bases).
    case other
}

/// The administrative level a zone was approved at.
public enum ZoneLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Approved by the State Council ("national", "state-level").
    case national
    /// Approved by a provincial government.
    case provincial
    /// Approved by a municipal government.
    case municipal
}

/// A dated step in a zone's life.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Founded, set up, initiated.
    case established
    /// Construction started.
    case constructionStart = "construction_start"
    /// Approved as a provincial-level zone.
    case provincialApproval = "provincial_approval"
    /// Approved as, or upgraded to, a national-level zone.
    case nationalApproval = "national_approval"
}
