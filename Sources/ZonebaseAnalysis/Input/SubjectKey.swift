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

    /// A stored zone.
    public init(zoneID: Int64, name: String) {
        self.zoneID = zoneID
        self.name = name
        self.normalized = "zone:\(zoneID)"
    }

    /// A subject that is no stored zone: grouped by its name key (case, "hi-tech" spellings and
    /// "zone/park" words do not matter), or its lower-cased text when it has no distinguishing words.
    public init(subject: String) {
        self.zoneID = nil
        self.name = subject
        let key = ZoneKey(subject)
        self.normalized = key.words.isEmpty ? "subject:" + subject.lowercased() : "subject:" + key.description
    }

    public static func == (lhs: SubjectKey, rhs: SubjectKey) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }
    public static func < (lhs: SubjectKey, rhs: SubjectKey) -> Bool {
        (lhs.name.lowercased(), lhs.normalized) < (rhs.name.lowercased(), rhs.normalized)
    }
    public var description: String { name }
}
