import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZonebaseStorage
import ZonebaseTestSupport

/// The document listing and copies: the API lists every document and names, for each copy, the
/// document that stands for it; `?copies=false` and the page list each article once.
@Suite struct CopyListingTests {
    @Test func copiesAreNamedInTheAPIAndLeftOutOnRequestAndInThePage() async throws {
        let original = String(decoding: try Fixtures.sample("baiyin-profile.txt"), as: UTF8.self)
        let mirror = """
            <html><body><div class="menu"><a href="/">Front page</a> <a href="/news">News</a></div>
            <div class="article"><p>\(original.replacingOccurrences(of: "\n\n", with: "</p><p>"))</p></div>
            <div class="footer">Reposted for reference.</div></body></html>
            """
        let store = try await TestServer.store(extra: ["baiyin-mirror": mirror])
        let documents = try await store.counts().documents
        try await TestServer.run(store) { client in
            var canonical: [String: String] = [:]
            try await client.execute(uri: "/api/v1/documents?limit=100", method: .get) { response in
                let page = try JSONValue.parse(response.text)
                #expect(page["total"]?.number == Double(documents))
                for item in page["items"]?.array ?? [] {
                    if let id = item["id"]?.string, let stands = item["canonical"]?.string { canonical[id] = stands }
                }
            }
            // One of the two stands for the other, whichever the rule prefers.
            #expect(canonical.count == 1)
            let (copy, standing) = try #require(canonical.first)
            #expect(Set([copy, standing]) == ["baiyin-profile", "baiyin-mirror"])
            try await client.execute(uri: "/api/v1/documents?limit=100&copies=false", method: .get) { response in
                let page = try JSONValue.parse(response.text)
                let ids = (page["items"]?.array ?? []).compactMap { $0["id"]?.string }
                #expect(page["total"]?.number == Double(documents - 1))
                #expect(ids.count == documents - 1 && !ids.contains(copy) && ids.contains(standing))
            }
            try await client.execute(uri: "/api/v1/documents?copies=perhaps", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/documents", method: .get) { response in
                #expect(!response.text.contains("/documents/\(copy)\""))
                #expect(response.text.contains("/documents/\(standing)\""))
            }
        }
    }
}
