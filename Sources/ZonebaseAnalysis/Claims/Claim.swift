public import ZonebaseModel

/// A statement about order or count ("the fourth national high-tech zone in Sichuan", "one of 178
/// national high-tech zones"), checked against the registry as of the document's date.
public struct Claim: Sendable, Hashable, Codable {
    /// What is claimed.
    public enum Assertion: Sendable, Hashable, Codable {
        /// The `ordinal`-th national zone of `type` in `province`, after zones in `following` (cities).
        case order(ordinal: Int, type: ZoneType, province: String, following: [String])
        /// `total` national zones of `type` in the country.
        case count(total: Int, type: ZoneType)
    }

    /// The verdict.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        case confirmed, contradicted, unverifiable
    }

    public var assertion: Assertion
    public var source: SourceReference
    public var verdict: Verdict
    /// What the registry says.
    public var explanation: String
}
