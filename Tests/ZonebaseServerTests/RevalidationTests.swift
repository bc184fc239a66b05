import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// HEAD on every GET route, and answers that browsers and caches revalidate by the store's revision.
@Suite struct RevalidationTests {
    @Test func headAnswersEveryGetRouteWithItsHeadersAndNoBody() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            for uri in ["/", "/zones", "/zones/3", "/documents/leshan-upgrade", "/compare?zones=3", "/api/v1/zones", "/api/v1/zones/3",
                        "/api/v1/openapi.json", "/export/zones.csv", "/healthz", "/static/app.css"] {
                var getType: String?
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "GET \(uri)")
                    getType = response.headers[.contentType]
                }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "HEAD \(uri)")
                    #expect(response.body.readableBytes == 0, "HEAD \(uri) has no body")
                    #expect(response.headers[.contentType] == getType, "HEAD \(uri) has the GET's type")
                }
            }
        }
    }

    @Test func anAnswerIsNotSentAgainUntilTheStoreChanges() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            var etag = ""
            var modified = ""
            try await client.execute(uri: "/api/v1/zones", method: .get) { response in
                etag = response.headers[.eTag] ?? ""
                modified = response.headers[.lastModified] ?? ""
                #expect(response.headers[.cacheControl] == "no-cache")
            }
            #expect(etag.hasPrefix("W/\""))
            #expect(modified.hasSuffix(" GMT"))
            try await client.execute(uri: "/api/v1/zones", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/zones/3", method: .get, headers: [.ifModifiedSince: modified]) { response in
                #expect(response.status == .notModified, "a page of the same revision")
            }
            // A document stored moves the revision on: the old tag no longer matches.
            let upload = #"{"id":"revalidation-note","text":"The Leshan Hi-tech Industrial Park covers 8.05 square kilometres."}"#
            try await client.execute(
                uri: "/api/v1/documents", method: .post, headers: [.authorization: "Bearer \(TestServer.token)"], body: ByteBuffer(string: upload)
            ) { response in #expect(response.status == .created) }
            try await client.execute(uri: "/api/v1/zones", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != etag)
            }
        }
    }
}
