import GRDB

extension Database {
    /// Runs a statement compiled once per connection and reused: ingest runs the same few inserts
    /// for every fact of every document.
    func cachedExecute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
