import Foundation
import HummingbirdTesting
import Testing
import ZonebaseStorage

/// The pages in-process: what a reader sees, without a browser (the browser tests run the binary).
@Suite struct PageTests {
    @Test func aDocumentBeyondTheFactLimitSaysHowManyFactsWereNotStored() async throws {
        let count = DocumentLimits.factsPerDocument + 50
        let flood = (1...count).map { "Park \($0) covers \($0).5 square kilometers." }.joined(separator: " ")
        let store = try await TestServer.store(extra: ["flood": flood])
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/documents/flood", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("more facts were not stored: a document stores its first \(DocumentLimits.factsPerDocument)"))
            }
            try await client.execute(uri: "/api/v1/documents", method: .get) { response in
                #expect(response.text.contains("\"factsOmitted\""))
            }
        }
    }

    @Test func aSeriesOfThreeYearsIsDrawnWithEveryPointLinkedToItsSentence() async throws {
        // Written for this test: three years of one zone's output, stated in three sentences.
        let text = """
            Yibin Lingang Economic and Technological Development Zone reports its output

            In 2019 the Yibin Lingang Economic and Technological Development Zone achieved an output value of 52.1 billion yuan.
            In 2020 the zone achieved an output value of 58.3 billion yuan.
            In 2021 the zone achieved an output value of 66.9 billion yuan.
            """
        let store = try await TestServer.store(extra: ["yibin-output": text])
        let zone = try #require(try await store.findZones("Yibin Lingang Economic and Technological Development Zone").first)
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/zones/\(zone.id)", method: .get) { response in
                let html = response.text
                #expect(html.contains("<svg class=\"chart\""))
                #expect(html.contains("<figcaption>output value (yuan)</figcaption>"))
                let marks = html.components(separatedBy: "<a class=\"mark\" href=\"/documents/yibin-output#at-").count - 1
                #expect(marks == 3, "every point of the chart links to its sentence")
                #expect(html.contains("<text class=\"legend\""))
                #expect(!html.contains("output_value"), "labels are words, not identifiers")
            }
        }
    }

    @Test func zoneProfileShowsHistoryChartsFiguresWithSourcesAndTargets() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/zones/3", method: .get) { response in
                let html = response.text
                #expect(html.contains("<h1>Leshan Hi-tech Industrial Park</h1>"))
                #expect(html.contains("乐山高新技术产业开发区"))
                #expect(html.contains("<time>2012-08-28</time> national approval"))
                // Leshan states its output for one year only: shown as a value, not drawn as a one-dot chart.
                #expect(!html.contains("<svg class=\"chart\""))
                #expect(html.contains("<li><strong>output value (yuan)</strong>: <a class=\"point\" href=\"/documents/leshan-upgrade#at-"))
                #expect(html.contains("44.53 bn yuan"))
                #expect(html.contains("href=\"/documents/leshan-upgrade#at-"))
                #expect(html.contains("class=\"target status-not_yet_known\""))
            }
            try await client.execute(uri: "/export/zones/3/figures.csv", method: .get) { response in
                #expect(response.text.hasPrefix("subject,metric,value,unit"))
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            }
            try await client.execute(uri: "/compare?zones=3,2&metric=output_value", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Leshan Hi-tech Industrial Park"))
                #expect(response.text.contains("href=\"/export/compare.csv?metric=output_value&amp;zones=3,2\""))
            }
            try await client.execute(uri: "/export/compare.csv?metric=output_value&zones=3,2", method: .get) { response in
                #expect(response.text.hasPrefix("period,Leshan Hi-tech Industrial Park,"))
                #expect(response.text.contains("2011,44.53 bn"))
            }
            try await client.execute(uri: "/export/search.csv?q=photovoltaic", method: .get) { response in
                #expect(response.text.hasPrefix("document,title,snippet\r\nleshan-upgrade,"))
            }
        }
    }
}
