import Foundation
import HummingbirdTesting
import Testing

/// Document text and names always render as text; every response carries the security headers.
@Suite struct SecurityTests {
    static let hostile = """
        Evil <script>alert('x')</script> Hi-tech Industrial Development Zone "><svg onload=alert(1)> was upgraded to a national \
        high-tech zone by the State Council in 2010. In 2012, its output value reached 12.5 billion yuan "><img src=x onerror=alert(2)>.
        Escaped in the page's own markup, the same decoded: &lt;script&gt;alert(3)&lt;/script&gt; &quot;&gt;&lt;svg onload=alert(4)&gt;
        """

    @Test func hostileTextRendersAsTextEverywhere() async throws {
        let store = try await TestServer.store(extra: ["hostile": Self.hostile])
        try await TestServer.run(store) { client in
            var pages = ["/documents/hostile", "/zones", "/", "/search?q=evil", "/search?q=%3Cscript%3E"]
            try await client.execute(uri: "/api/v1/documents/hostile/facts", method: .get) { response in
                let facts = try JSONValue.parse(response.text)["items"]?.array ?? []
                pages += facts.compactMap { $0["zoneID"]?.number }.map { "/zones/\(Int($0))" }
            }
            for page in pages {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .ok, "\(page)")
                    let html = response.text
                    #expect(!html.contains("<script>alert"), "\(page)")
                    #expect(!html.contains("<svg onload"), "\(page)")
                    #expect(!html.contains("<img src=x"), "\(page)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                }
            }
            try await client.execute(uri: "/documents/hostile", method: .get) { response in
                // Tags in the document are blanked from its readable text; entities decode to characters,
                // and those are escaped again: they show as text, never as markup.
                let text = response.text.replacingOccurrences(of: " ", with: "")
                #expect(text.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), "\(response.text)")
                #expect(text.contains("&quot;&gt;&lt;svgonload=alert(4)&gt;"))
                #expect(response.text.contains("<mark class=\"fact fact-figure\""))
            }
            try await client.execute(uri: "/api/v1/documents/hostile", method: .get) { response in
                let document = try JSONValue.parse(response.text)
                #expect(document["text"]?.string?.contains("<script>alert('x')</script>") == true, "the API keeps the original text")
            }
        }
    }

    @Test func listingsAreBoundedAndErrorsNeverLeakA500() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            for uri in ["/api/v1/zones?limit=101", "/api/v1/documents?limit=1000", "/api/v1/zones?offset=-5",
                        "/api/v1/zones?q=" + String(repeating: "a", count: 500), "/api/v1/rankings?metric=output_value&period=abcd"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .badRequest, "\(uri)") }
            }
            try await client.execute(uri: "/zones/12345678", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
        }
    }
}
