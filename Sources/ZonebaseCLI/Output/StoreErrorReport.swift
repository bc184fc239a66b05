import ZonebaseStorage

/// How the command line reports an error of the store: its message (with a hint where the fix is an
/// option of this command line) and an exit status by its code, so scripts can tell a wrong
/// location (2, like any usage error) and an unreachable database (3) from a refused request (1).
enum StoreErrorReport {
    /// The exit status for `error`.
    static func exitStatus(_ error: StoreError) -> Int32 {
        switch error.code {
        case .badLocation: 2
        case .unavailable: 3
        case .notFound, .conflict, .failed: 1
        }
    }

    /// The lines printed on standard error.
    static func message(_ error: StoreError) -> String {
        switch error.code {
        case .badLocation, .unavailable:
            "zonebase: \(error)\nzonebase: --db (or $ZONEBASE_DB) names the knowledge base: a SQLite file or a postgres:// URL\n"
        case .notFound, .conflict, .failed:
            "zonebase: \(error)\n"
        }
    }
}
