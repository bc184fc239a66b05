/// An error of the store: what kind of failure (``Code``, for programs: the server maps it to an
/// HTTP status, the command line to an exit status), what went wrong and what to do (``message``,
/// naming no front end's options), and the error underneath, when there is one.
public struct StoreError: Error, CustomStringConvertible {
    /// The kinds of failure.
    public enum Code: String, Sendable, CaseIterable {
        /// The database cannot be opened, reached or brought up to date.
        case unavailable
        /// The location of the database (a path or URL) is malformed.
        case badLocation
        /// What was asked for is not in the store (a name a zone never had).
        case notFound
        /// What was asked for contradicts itself or what is stored (a zone merged into itself).
        case conflict
        /// A statement or a transaction failed.
        case failed
    }

    public var code: Code
    /// One line for a person: what went wrong, and what to do.
    public var message: String
    /// The error underneath (the database driver's), when there is one.
    public var cause: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message) (\(String(describing: cause).prefix(300)))"
    }

    /// A zone cannot be merged into itself.
    static func mergeIntoItself(_ zone: StoredZone) -> StoreError {
        StoreError(.conflict, "cannot merge zone \(zone.id) (\(zone.name)) into itself")
    }

    /// `zone` never had the name `alias`, so it cannot be split off.
    static func neverNamed(_ zone: StoredZone, _ alias: String) -> StoreError {
        StoreError(.notFound, "\"\(zone.name)\" was never named \"\(alias)\"; split off one of the names it was seen under")
    }

    /// The zone a split just created cannot be read back.
    static let splitZoneVanished = StoreError(.failed, "the zone the split created cannot be read back")
}
