public import ZonebaseModel

/// A statement about order or count ("the fourth national high-tech zone in Sichuan", "one of 178
/// national high-tech zones"), checked against the registry as of the year its sentence names, else
/// as of the document's date: "in 1984 it became one of 14" is true of 1984, whenever it is written.
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
    /// The year the claim's sentence dates it to, when it names one.
    public var statedYear: Int? = nil

    /// The date the claim is judged as of: the end of the year its sentence names, else the document's date.
    public var asOf: PartialDate? {
        statedYear.map { PartialDate(year: $0, month: 12) } ?? source.published
    }
}
