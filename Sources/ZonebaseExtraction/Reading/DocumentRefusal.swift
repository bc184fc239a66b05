/// Why a document cannot be read as text. Its ``description`` is one line that says what is wrong
/// and what to do about it.
public struct DocumentRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad reason, for programs that branch on it.
    public enum Reason: String, Sendable, Hashable {
        /// The bytes are not text (NUL bytes, control characters).
        case binary
        /// The bytes are text in no encoding Zonebase reads.
        case undecodable
    }

    /// The broad reason.
    public var reason: Reason
    /// The human-readable explanation, with the offending offset where there is one.
    public var message: String

    /// Creates a refusal.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
