import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ZonebaseTestSupport

/// What `POST /api/v1/documents` answers about where a document is stored.
@Suite struct UploadTests {
    private func post(_ body: [String: String], _ client: any TestClientProtocol) async throws -> (HTTPResponse.Status, [String: Any]) {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await client.execute(
            uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer \(TestServer.token)"],
            body: ByteBuffer(bytes: data)
        ) { response in (response.status, (try? response.json()) as? [String: Any] ?? [:]) }
    }

    @Test func aTextStoredUnderAnotherIdIsAnsweredWithThatIdAndAnAddressIsKept() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            let luzhou = String(decoding: try Fixtures.sample("luzhou-brief.md"), as: UTF8.self)
            let (status, answer) = try await post(["id": "another-name", "text": luzhou], client)
            #expect(status == .seeOther, "nothing is created at the id posted")
            #expect(answer["result"] as? String == "unchanged")
            #expect(answer["id"] as? String == "luzhou-brief", "the id it is stored under")
            try await client.execute(uri: "/api/v1/documents/luzhou-brief", method: .get) { #expect($0.status == .ok) }
            let text = "The Luzhou Hi-tech Industrial Development Zone covers 8.05 square kilometres, its brief of 2014 says."
            let (created, _) = try await post(["id": "with-address", "text": text, "address": "https://www.example.gov.cn/luzhou.html"], client)
            #expect(created == .created)
            try await client.execute(uri: "/api/v1/documents/with-address", method: .get) { response in
                #expect(response.text.contains("\"address\":\"https:\\/\\/www.example.gov.cn\\/luzhou.html\""))
            }
        }
    }
}
