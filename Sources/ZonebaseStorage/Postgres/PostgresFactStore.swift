#if Postgres
import Logging
import PostgresNIO
import Foundation
import ZonebaseModel

/// The knowledge base for a team: PostgreSQL through postgres-nio. Several `zonebase ingest`
/// processes may write at once: each document is one transaction, and the database's own
/// transaction-scoped advisory locks serialize the work on one document and on one zone name, so
/// nothing is stored twice.
public actor PostgresFactStore: KnowledgeBase {
    let connection: PostgresConnection
    let logger = Logger(label: "zonebase.postgres")
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Connects to `postgres://user:password@host:port/database` and brings the schema up to date.
    /// - Throws: ``StoreError`` when the URL is malformed or the server cannot be reached.
    public init(url: String) async throws {
        let configuration = try Self.configuration(url)
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw StoreError("cannot connect to \(Self.redacted(url)): \(String(reflecting: error).prefix(300)); is the server running and the database created?")
        }
        do {
            // "?schema=name" keeps a knowledge base in its own schema (tests use one each).
            try await PostgresMigrations.migrate(connection, schema: Self.schema(url), logger: logger)
        } catch {
            try? await connection.close()
            throw StoreError("cannot prepare the database \(Self.redacted(url)): \(String(reflecting: error).prefix(300))")
        }
    }

    deinit {
        // A connection must be closed before it goes; the task keeps it alive until it is.
        let connection = self.connection
        Task { try? await connection.close() }
    }

    /// The `schema` parameter of the URL, letters, digits and underscores only.
    static func schema(_ url: String) -> String? {
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == "schema", parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                return String(parts[1])
            }
        }
        return nil
    }

    /// Closes the connection.
    public func close() async {
        try? await connection.close()
    }

    /// Runs `body` with the connection, one operation at a time: a transaction must not interleave
    /// with another task's statements on the same connection.
    func serialized<Value: Sendable>(_ body: @Sendable (PostgresConnection, Logger) async throws -> Value) async throws -> Value {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        return try await body(connection, logger)
    }

    /// Runs `body` in a transaction; an error thrown by `body` is rethrown as it was (not wrapped).
    static func transaction<Value: Sendable>(
        _ connection: PostgresConnection, _ logger: Logger, _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        do {
            return try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let cause = error.closureError { throw cause }
            throw StoreError("the transaction failed: \(String(reflecting: error).prefix(300))")
        }
    }

    static func configuration(_ url: String) throws -> PostgresConnection.Configuration {
        // postgres://user:password@host:port/database
        guard let schemeEnd = url.range(of: "://") else { throw StoreError("not a postgres:// URL: \(redacted(url))") }
        let rest = url[schemeEnd.upperBound...]
        let (credentials, location) = rest.contains("@")
            ? (String(rest[..<rest.lastIndex(of: "@")!]), String(rest[rest.index(after: rest.lastIndex(of: "@")!)...]))
            : ("", String(rest))
        let user = credentials.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let password = credentials.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
        let hostPort = location.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        let database = location.split(separator: "/", maxSplits: 1).dropFirst().first.map { String($0.split(separator: "?").first ?? "") }
        let host = hostPort.split(separator: ":").first.map(String.init) ?? "127.0.0.1"
        let port = hostPort.split(separator: ":").dropFirst().first.flatMap { Int($0) } ?? 5432
        guard !user.isEmpty, !host.isEmpty else {
            throw StoreError("the URL needs a user and a host: postgres://user:password@host:port/database")
        }
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String { DatabaseLocation.redacted(url) }
}
#endif
