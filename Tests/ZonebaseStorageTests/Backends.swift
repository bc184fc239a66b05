import Foundation
import ZonebaseStorage

/// The knowledge-base backends the storage tests run against: SQLite always; PostgreSQL when this
/// build has it (`--traits Postgres`) and `ZONEBASE_TEST_POSTGRES_URL` names a server
/// (`.ci/run` starts one), else skipped with a message.
enum Backend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    static var postgresURL: String? {
        #if Postgres
        return ProcessInfo.processInfo.environment["ZONEBASE_TEST_POSTGRES_URL"]
        #else
        return nil
        #endif
    }

    /// The backends to test here.
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A fresh, empty knowledge base.
    func makeStore() async throws -> any KnowledgeBase {
        switch self {
        case .sqlite:
            return try SQLiteFactStore()
        case .postgres:
            #if Postgres
            guard let url = Self.postgresURL else { throw StoreError(.unavailable, "no PostgreSQL configured") }
            let separator = url.contains("?") ? "&" : "?"
            return try await PostgresFactStore(url: url + separator + "schema=t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())
            #else
            throw StoreError(.unavailable, "built without PostgreSQL")
            #endif
        }
    }
}
