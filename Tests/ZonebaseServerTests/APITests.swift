import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZonebaseAnalysis
import ZonebaseStorage

@Suite struct APITests {
    @Test func zonesArePaginatedFilteredAndSorted() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/api/v1/zones?limit=2&offset=1&sort=name", method: .get) { response in
                #expect(response.status == .ok)
                let page = try JSONValue.parse(response.text)
                #expect(page["limit"]?.number == 2 && page["offset"]?.number == 1)
                #expect(page["items"]?.array?.count == 2)
                #expect((page["total"]?.number ?? 0) > 2)
            }
            try await client.execute(uri: "/api/v1/zones?province=Sichuan&q=leshan", method: .get) { response in
                let items = try JSONValue.parse(response.text)["items"]?.array ?? []
                #expect(items.count == 1)
                #expect(items.first?["name"]?.string == "Leshan Hi-tech Industrial Park")
            }
        }
    }

    @Test func everyZonesTargetsComeAPageAtATimeFromWhatIsKept() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            var all: [JSONValue] = []
            var total = 0.0
            try await client.execute(uri: "/api/v1/targets?limit=100", method: .get) { response in
                #expect(response.status == .ok)
                let page = try JSONValue.parse(response.text)
                all = page["items"]?.array ?? []
                total = page["total"]?.number ?? 0
            }
            #expect(!all.isEmpty && Double(all.count) == total)
            #expect(all.contains { $0["target"]?["subject"]?["name"]?.string == "Leshan Hi-tech Industrial Park" })
            // Pages follow each other in the listing's order.
            for offset in 0..<min(3, all.count) {
                try await client.execute(uri: "/api/v1/targets?limit=1&offset=\(offset)", method: .get) { response in
                    let page = try JSONValue.parse(response.text)
                    #expect(page["total"]?.number == total && page["items"]?.array == [all[offset]])
                }
            }
            // Only one status, and the judgements are the ones kept in the store.
            let status = try #require(all.first?["status"]?.string)
            try await client.execute(uri: "/api/v1/targets?status=\(status)", method: .get) { response in
                let items = try JSONValue.parse(response.text)["items"]?.array ?? []
                #expect(!items.isEmpty && items.allSatisfy { $0["status"]?.string == status })
            }
            let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year ?? 0
            let kept = try await store.targetJudgements(TargetJudgementFilter(), year: year, judgeVersion: TargetEvaluator.keptJudge.version)
            #expect(kept?.total == Int(total))
            try await client.execute(uri: "/api/v1/targets?status=late", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func badParametersAndUnknownRoutesGetJSONErrors() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            for (uri, status) in [
                ("/api/v1/zones?limit=0", HTTPResponse.Status.badRequest), ("/api/v1/zones?limit=abc", .badRequest),
                ("/api/v1/zones?level=galactic", .badRequest), ("/api/v1/zones/999999", .notFound), ("/api/v1/zones/abc", .notFound),
                ("/api/v1/zones/1/series", .badRequest), ("/api/v1/rankings?metric=output_value", .badRequest),
                ("/api/v1/documents/nothing-here", .notFound), ("/api/v1/no-such-thing", .notFound), ("/api/v1/search", .badRequest),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                    let error = try JSONValue.parse(response.text)["error"]
                    #expect(error?["status"]?.number == Double(status.code), "\(uri)")
                    #expect((error?["message"]?.string ?? "").isEmpty == false, "\(uri)")
                }
            }
        }
    }

    @Test func writesNeedTheTokenAndStoreNothingWithoutIt() async throws {
        let store = try await TestServer.store()
        let before = try await store.counts()
        let upload = #"{"id":"posted-note","text":"Leshan Hi-tech Industrial Park reported output value of 51.2 billion yuan in 2012.","source":"https://www.example.gov.cn/a"}"#
        try await TestServer.run(store, maximumBodyBytes: 4096) { client in
            // Cached at this revision…
            try await client.execute(uri: "/api/v1/documents?limit=1", method: .get) { response in
                let page = try JSONValue.parse(response.text)
                #expect(page["total"]?.number == Double(before.documents))
            }
            try await client.execute(uri: "/api/v1/documents", method: .post, body: ByteBuffer(string: upload)) { response in
                #expect(response.status == .unauthorized)
                let parsed = try JSONValue.parse(response.text)
                #expect(parsed["error"]?["status"]?.number == 401)
            }
            try await client.execute(
                uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer wrong"], body: ByteBuffer(string: upload)
            ) { response in #expect(response.status == .unauthorized) }
            #expect(try await store.counts() == before)
            try await client.execute(
                uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer \(TestServer.token)"],
                body: ByteBuffer(string: String(repeating: "x", count: 5000))
            ) { response in #expect(response.status == .contentTooLarge) }
            try await client.execute(
                uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer \(TestServer.token)"], body: ByteBuffer(string: upload)
            ) { response in
                #expect(response.status == .created)
                let parsed = try JSONValue.parse(response.text)
                #expect(parsed["result"]?.string == "new")
            }
            // …and answered afresh once a document is stored.
            try await client.execute(uri: "/api/v1/documents?limit=1", method: .get) { response in
                let page = try JSONValue.parse(response.text)
                #expect(page["total"]?.number == Double(before.documents + 1))
            }
            try await client.execute(uri: "/api/v1/documents/posted-note/facts", method: .get) { response in
                let facts = try JSONValue.parse(response.text)["items"]?.array ?? []
                #expect(facts.contains { $0["quote"]?.string == "51.2 billion yuan" })
            }
        }
        #expect(try await store.counts().documents == before.documents + 1)
    }

    @Test func healthAndMetrics() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                let parsed = try JSONValue.parse(response.text)
                #expect(parsed["status"]?.string == "ok")
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.text.contains("zonebase_http_requests_total{status=\"200\"} 1"))
                #expect(response.text.contains("# TYPE zonebase_http_request_duration_seconds histogram"))
                #expect(response.text.contains("zonebase_documents 5"))
            }
        }
    }
}
