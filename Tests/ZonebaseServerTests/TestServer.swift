import Foundation
import Hummingbird
import HummingbirdTesting
import ZonebaseExtraction
import ZonebaseIngest
import ZonebaseServer
import ZonebaseStorage
import ZonebaseTestSupport

/// A knowledge base holding the bundled samples (and any extra documents), served in-process.
enum TestServer {
    static let token = "test-token-0123456789"

    /// An in-memory store with the sample documents and `extra` (id → text) ingested.
    static func store(extra: [String: String] = [:]) async throws -> SQLiteFactStore {
        let store = try SQLiteFactStore()
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }
        var documents = try names.map { name in
            (id: String(name.split(separator: ".").first ?? ""), bytes: try Fixtures.sample(name), source: "Samples/\(name)")
        }
        documents += extra.map { (id: $0.key, bytes: Array($0.value.utf8), source: "test:\($0.key)") }
        let ingester = DocumentIngester(store: store)
        for document in documents {
            _ = try await store.ingest(try ingester.prepare(document.bytes, id: document.id, source: document.source))
        }
        return store
    }

    /// Runs `body` against the application over `store`.
    static func run(
        _ store: any KnowledgeBase, maximumBodyBytes: Int = 4 << 20, cachesResponses: Bool = true,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let configuration = ServerConfiguration(writeToken: token, maximumBodyBytes: maximumBodyBytes, cachesResponses: cachesResponses)
        let router = try await ZonebaseApplication.router(store: store, configuration: configuration)
        let application = Application(router: router)
        try await application.test(.router) { client in try await body(client) }
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
}
