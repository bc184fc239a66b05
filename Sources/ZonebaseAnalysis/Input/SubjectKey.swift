import ZonebaseModel

/// What a figure is about, for grouping: a stored zone, or — for subjects that resolved to no zone
/// ("Chenzhou city's industrial parks") — the subject's normalized name, so the same group of parks
/// named twice is one subject.
public struct SubjectKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The stored zone, when the subject resolved to one.
    public var zoneID: Int64?
    /// The zone's name, or the subject as first written.
    public var name: String
    /// The grouping key of a subject without a zone.
    private var normalized: String
    /// The name in lower case, computed once: sorting compares it often.
    private var sortName: String

    /// A stored zone.
    public init(zoneID: Int64, name: String) {
        self.zoneID = zoneID
        self.name = name
        self.normalized = "zone:\(zoneID)"
        self.sortName = name.lowercased()
    }

    /// A subject that is no stored zone: grouped by its name key (case, "hi-tech" spellings and
    /// "zone/park" words do not matter), or its lower-cased text when it has no distinguishing words.
    public init(subject: String) {
        self.zoneID = nil
        self.name = subject
        let key = ZoneKey(subject)
        self.normalized = key.words.isEmpty ? "subject:" + subject.lowercased() : "subject:" + key.description
        self.sortName = subject.lowercased()
    }

    public static func == (lhs: SubjectKey, rhs: SubjectKey) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }
    public static func < (lhs: SubjectKey, rhs: SubjectKey) -> Bool {
        (lhs.sortName, lhs.normalized) < (rhs.sortName, rhs.normalized)
    }
    public var description: String { name }

    private enum CodingKeys: String, CodingKey {
        case zoneID, name
    }

    /// Encodes the zone id (when there is one) and the name; the grouping key follows from them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(zoneID, forKey: .zoneID)
        try container.encode(name, forKey: .name)
    }

    /// Decodes what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        if let zoneID = try container.decodeIfPresent(Int64.self, forKey: .zoneID) {
            self.init(zoneID: zoneID, name: name)
        } else {
            self.init(subject: name)
        }
    }
}
