import GRDB

extension Database {
    /// Runs a statement compiled once per connection and reused: ingest runs the same few inserts
    /// for every fact of every document.
    func cachedExecute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Whether a cached query returns a row.
    func cachedExists(sql: String, arguments: StatementArguments) throws -> Bool {
        try Row.fetchOne(try cachedStatement(sql: sql), arguments: arguments) != nil
    }

    /// The first row of a cached query.
    func cachedRow(sql: String, arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(try cachedStatement(sql: sql), arguments: arguments)
    }
}
