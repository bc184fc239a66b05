import ArgumentParser
import Foundation
import ZonebaseStorage

/// The `--db` option every command that uses the knowledge base shares.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The SQLite file, or postgres://user:password@host:port/database (built with --traits Postgres). "
            + "Default: $ZONEBASE_DB, else ./zonebase.sqlite.",
        valueName: "path-or-url"))
    var db: String?

    /// The database: the option, else `ZONEBASE_DB`, else `./zonebase.sqlite`.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["ZONEBASE_DB"] ?? "zonebase.sqlite"
    }

    /// Opens the knowledge base the path names. A SQLite file that does not exist is created only
    /// when `creating` (by `ingest`): a read command given a mistyped path must not answer from a new,
    /// empty knowledge base as if it were the one meant.
    /// - Throws: ``StoreError`` when it cannot be opened (reported with its exit status by ``StoreErrorReport``).
    func open(creating: Bool = false) async throws -> any KnowledgeBase {
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            #if Postgres
            return try await PostgresFactStore(url: path)
            #else
            throw ValidationError("this zonebase was built without PostgreSQL; build it with `swift build --traits Postgres`")
            #endif
        }
        if !creating, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.notFound, "no knowledge base at \(path); create one with `zonebase ingest FILES… --db \(path)`")
        }
        return try SQLiteFactStore(path: path)
    }
}
