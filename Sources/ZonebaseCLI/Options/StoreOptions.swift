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

    /// Opens the knowledge base the path names.
    /// - Throws: ``StoreError`` when it cannot be opened (reported with its exit status by ``StoreErrorReport``).
    func open() async throws -> any KnowledgeBase {
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            #if Postgres
            return try await PostgresFactStore(url: path)
            #else
            throw ValidationError("this zonebase was built without PostgreSQL; build it with `swift build --traits Postgres`")
            #endif
        }
        return try SQLiteFactStore(path: path)
    }
}
