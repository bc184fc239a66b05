import ArgumentParser
import Foundation
import ZonebaseStorage

/// The `--db` option every command that uses the knowledge base shares.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The SQLite database file (default: $ZONEBASE_DB, else ./zonebase.sqlite).", valueName: "path"))
    var db: String?

    /// The database path: the option, else `ZONEBASE_DB`, else `./zonebase.sqlite`.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["ZONEBASE_DB"] ?? "zonebase.sqlite"
    }

    /// Opens the store.
    func open() throws -> SQLiteFactStore {
        do {
            return try SQLiteFactStore(path: path)
        } catch let error as StoreError {
            throw ValidationError(error.description)
        }
    }
}
