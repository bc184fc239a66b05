#if Postgres
import Logging
import PostgresNIO
import Foundation
import ZonebaseModel

/// The knowledge base for a team: PostgreSQL through postgres-nio's `PostgresClient`, a pool of
/// connections, so that readers and writers of one process do not queue behind one another. Several
/// `zonebase ingest` processes may write at once: each document is one transaction (a few in flight
/// at once over the pool), and the database's transaction-scoped advisory locks, taken in one order,
/// serialize the work on one document and on one zone name, so nothing is stored twice.
public final class PostgresFactStore: KnowledgeBase {
    let client: PostgresClient
    let logger = Logger(label: "zonebase.postgres")
    private let running: Task<Void, Never>

    /// Connects to `postgres://user:password@host:port/database` and brings the schema up to date.
    /// `?schema=name` keeps a knowledge base in a schema of its own (tests use one each).
    /// - Throws: ``StoreError`` when the URL is malformed or the server cannot be reached.
    public init(url: String) async throws {
        let location = try PostgresLocation(url)
        // The pool's own log: errors only. What fails reaches the caller as a thrown error; the pool
        // would also warn when a lease comes before its task has started running, which is harmless.
        var poolLogger = Logger(label: "zonebase.postgres.pool")
        poolLogger.logLevel = .error
        client = PostgresClient(configuration: location.configuration, backgroundLogger: poolLogger)
        running = Task { [client] in await client.run() }
        do {
            try await client.withConnection { [logger] connection in
                try await PostgresMigrations.migrate(connection, schema: location.schema, logger: logger)
            }
        } catch {
            running.cancel()
            throw StoreError(
                .unavailable, "cannot open the database \(DatabaseLocation.redacted(url)); is the server running and the database created?",
                cause: error)
        }
    }

    deinit {
        running.cancel()
    }

    /// Closes the pool's connections.
    public func close() async {
        running.cancel()
    }

    /// Runs `body` with a connection of the pool, which no other task uses meanwhile.
    func withConnection<Value: Sendable>(_ body: @Sendable (PostgresConnection, Logger) async throws -> Value) async throws -> Value {
        try await client.withConnection { [logger] connection in try await body(connection, logger) }
    }

    /// Runs `body` in a transaction; an error thrown by `body` is rethrown as it was (not wrapped).
    static func transaction<Value: Sendable>(
        _ connection: PostgresConnection, _ logger: Logger, _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        do {
            return try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let cause = error.closureError { throw cause }
            throw StoreError(.failed, "the transaction failed", cause: error)
        }
    }
}

/// A `postgres://user:password@host:port/database?schema=name` URL, read by Foundation's URL parser
/// (percent-escapes in the password are decoded).
struct PostgresLocation {
    var configuration: PostgresClient.Configuration
    /// The schema the knowledge base lives in, when the URL names one (letters, digits, underscores).
    var schema: String?

    init(_ url: String) throws {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw StoreError(.badLocation, "not a postgres:// URL: \(DatabaseLocation.redacted(url))")
        }
        guard let user = components.user, !user.isEmpty, let host = components.host, !host.isEmpty else {
            throw StoreError(.badLocation, "the URL needs a user and a host: postgres://user:password@host:port/database")
        }
        let database = components.path.split(separator: "/").first.map(String.init)
        configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password, database: database,
            tls: .disable)
        configuration.options.maximumConnections = 8
        schema = components.queryItems?.first { $0.name == "schema" }?.value
        if let schema {
            guard !schema.isEmpty, schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw StoreError(.badLocation, "the schema in the URL must be letters, digits and underscores: \(schema)")
            }
            // Every connection of the pool starts in the knowledge base's schema.
            configuration.options.additionalStartupParameters = [("search_path", "\"\(schema)\"")]
        }
    }
}
#endif
