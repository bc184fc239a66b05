import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ZonebaseServer
import ZonebaseAnalysis
import ZonebaseStorage

/// A zone's endpoint and page are kept in the store after they are rendered, served from there, and
/// rendered again once a document changes what they show (the response cache is off in these tests).
@Suite struct KeptAnswerTests {
    /// The kept answer of `kind` for the zone, waited for (it is kept after the response is sent).
    private func keptAnswer(_ zoneID: Int64, _ kind: ZoneAnswerKind, basis: String, in store: any KnowledgeBase) async throws -> String? {
        for _ in 0..<100 {
            if let body = try await store.keptZoneAnswer(zoneID: zoneID, kind: kind, basis: "\(ServerBuild.identity) \(basis)").body {
                return String(decoding: body, as: UTF8.self)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    @Test func theZoneAnswersAreKeptAndRenderedAgainWhenADocumentChangesThem() async throws {
        let store = try await TestServer.store()
        let zone = try #require(try await store.findZones("Luzhou").first)
        let today = DayClock.utc.today.description
        try await TestServer.run(store, cachesResponses: false) { client in
            let detail = try await client.execute(uri: "/api/v1/zones/\(zone.id)", method: .get) { $0.text }
            let page = try await client.execute(uri: "/zones/\(zone.id)", method: .get) { $0.text }
            #expect(try await keptAnswer(zone.id, .detail, basis: "", in: store) == detail)
            #expect(try await keptAnswer(zone.id, .page, basis: today, in: store) == page)
            #expect(!detail.contains("4321"))
            try await client.execute(uri: "/api/v1/zones/\(zone.id)", method: .get) { #expect($0.text == detail, "served as kept") }

            let text = "In 2021 the Luzhou Hi-tech Industrial Development Zone had 4321 registered enterprises."
            let upload = try JSONSerialization.data(withJSONObject: ["id": "luzhou-count", "text": text])
            try await client.execute(
                uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer \(TestServer.token)"], body: ByteBuffer(bytes: upload)
            ) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/v1/zones/\(zone.id)", method: .get) { #expect($0.text.contains("4321")) }
            try await client.execute(uri: "/zones/\(zone.id)", method: .get) { #expect($0.text.contains("4,321") || $0.text.contains("4321")) }
            try await client.execute(uri: "/api/v1/zones/999999", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
