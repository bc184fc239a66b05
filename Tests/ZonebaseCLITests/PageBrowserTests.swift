import Foundation
import Testing
import ZonebaseTestSupport

/// What an analyst sees, in Chromium: every figure of a zone on its page and every value, chart
/// mark, compare cell and timeline entry linked to its sentence; a page of HTML read as an article.
@Suite(.enabled(if: Fixtures.builtBinary != nil && Browser.chromiumPath != nil, "no chromium or no built zonebase: browser tests skipped"))
struct PageBrowserTests {
    /// Written for these tests: a news page, in the project's own sentences, of Suzhou Industrial
    /// Park's GDP for three years, inside a site's chrome and the blank lines its markup leaves.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Suzhou Industrial Park keeps growing | Example Business Portal</title>
        <meta property="og:title" content="Suzhou Industrial Park keeps growing">
        <link rel="canonical" href="https://news.example.org/zones/suzhou-industrial-park-gdp.html">
        </head><body>
        <nav><ul><li><a href="/">Front page</a></li><li><a href="/zones">All zones</a></li><li><a href="/contact">Contact the editors</a></li></ul></nav>
        <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/zones">Zones</a> &gt; Suzhou</div>
        <div class="wrap">




        <div class="article">
        <h1>Suzhou Industrial Park keeps growing</h1>
        <p>Suzhou Industrial Park, a national economic and technological development zone in Jiangsu province, was launched in 1994 by China and Singapore.</p>
        <p>The park&rsquo;s GDP was 274.3 billion yuan in 2019.</p>
        <p>In 2020 the GDP of Suzhou Industrial Park reached 290.7 billion yuan.</p>
        <p>In 2021 the GDP of Suzhou Industrial Park rose to 333.0 billion yuan.</p>
        </div>




        </div>
        <div class="footer">Copyright Example Business Portal. All rights reserved.</div>
        </body></html>
        """

    /// The bundled samples and the page above, in a folder of their own.
    private func samples() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path) where !name.hasSuffix(".jsonl") {
            try FileManager.default.copyItem(at: Fixtures.samplesFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("suzhou-park-gdp.html"))
        return folder
    }

    /// The parts of `html` between `open` and the next `close`.
    private func parts(of html: String, from open: String, to close: String) -> [String] {
        html.components(separatedBy: open).dropFirst().map { $0.components(separatedBy: close).first ?? "" }
    }

    private func zoneID(_ name: String, _ base: String) async throws -> Int {
        let query = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        let zones = try await Browser.json(base + "/api/v1/zones?q=" + query) as? [String: Any]
        return try #require((zones?["items"] as? [[String: Any]])?.first?["id"] as? Int, "no zone \(name)")
    }

    @Test func everyFigureOfAZoneIsOnItsPageAndEveryValueLinksToItsSentence() async throws {
        let folder = try samples()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, base) = try await Browser.demoServer(samples: folder)
        defer { server.terminate(); server.waitUntilExit() }
        for (name, shot) in [("Suzhou Industrial Park", "zone"), ("Leshan", "zone-leshan"), ("Baiyin", "zone-baiyin")] {
            let id = try await zoneID(name, base)
            let dom = try Browser.page(base + "/zones/\(id)", screenshot: shot, height: 2400)
            let figures = try #require(try await Browser.json(base + "/api/v1/zones/\(id)/figures?limit=500") as? [String: Any])
            let items = try #require(figures["items"] as? [[String: Any]])
            #expect(!items.isEmpty, "\(name) has figures")
            let rows = parts(of: dom, from: "<tr class=\"figure\" ", to: "</tr>")
            for item in items {
                let figure = try #require(item["figure"] as? [String: Any])
                let document = try #require(figure["document"] as? String), start = try #require(figure["spanStart"] as? Int)
                let row = rows.first { $0.hasPrefix("data-document=\"\(document)\" data-span=\"\(start)\"") }
                #expect(row != nil, "\(name): the figure at \(document) \(start) is on the page")
                #expect(row?.contains("<td class=\"value\"><a href=\"/documents/\(document)#at-\(start)\">") == true, "\(name): its value links to its sentence")
            }
            #expect(rows.count == items.count, "\(name): as many rows as figures")
            for entry in parts(of: dom, from: "<ol class=\"timeline\">", to: "</ol>").flatMap({ parts(of: $0, from: "<li>", to: "</li>") }) {
                #expect(entry.contains("href=\"/documents/") && entry.contains("#at-"), "\(name): a timeline entry links to its sentence: \(entry)")
            }
            for point in parts(of: dom, from: "<a class=\"point\" ", to: "</a>") {
                #expect(point.hasPrefix("href=\"/documents/") && point.contains("#at-"), "\(name): a value of a short series links: \(point)")
            }
            // What a person reads (attributes aside) holds words, not identifiers.
            let shown = dom.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            for identifier in ["not_yet_known", "added_value", "output_value", "national_approval", "at_least"] {
                #expect(!shown.contains(identifier), "\(name) shows \(identifier)")
            }
        }
        // Suzhou's three years are drawn, each point a link with its value as its title.
        let suzhou = try Browser.chromium(["--dump-dom"], base + "/zones/\(try await zoneID("Suzhou Industrial Park", base))")
        let marks = parts(of: suzhou, from: "<a class=\"mark\" ", to: "</a>")
        #expect(marks.count == 3)
        for mark in marks {
            #expect(mark.hasPrefix("href=\"/documents/suzhou-park-gdp#at-"), "a chart mark links to its sentence: \(mark)")
            #expect(mark.contains("<title>GDP, actual, 20"), "a chart mark says its value: \(mark)")
        }
        #expect(suzhou.contains("<text class=\"legend\""))
    }

    @Test func compareCellsLinkToTheirSentences() async throws {
        let folder = try samples()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, base) = try await Browser.demoServer(samples: folder)
        defer { server.terminate(); server.waitUntilExit() }
        let url = base + "/compare?metric=output_value&zone=Leshan+Hi-tech+Industrial+Park&zone=Baiyin+National+High-Tech+Industrial+Development+Zone&zone=Leshn"
        let dom = try Browser.page(url, screenshot: "compare", height: 1400)
        let cells = parts(of: dom, from: "<td class=\"value\">", to: "</td>")
        #expect(cells.contains { $0 != "–" }, "some zone states its output")
        for cell in cells where cell != "–" {
            #expect(cell.hasPrefix("<a href=\"/documents/") && cell.contains("#at-"), "a compare cell links to its sentence: \(cell)")
        }
        #expect(dom.contains("did you mean “Leshan Hi-tech Industrial Park”"))
        #expect(dom.contains("<datalist id=\"zone-names\">"))
    }

    @Test func anHTMLPageReadsAsAnArticleWithItsTitleAndAddress() async throws {
        let folder = try samples()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, base) = try await Browser.demoServer(samples: folder)
        defer { server.terminate(); server.waitUntilExit() }
        let dom = try Browser.page(base + "/documents/suzhou-park-gdp", screenshot: "document", height: 1200)
        let text = try #require(parts(of: dom, from: "<div class=\"document-text\">", to: "</div>").first)
        #expect(!text.contains("\n\n\n"), "no run of blank lines")
        for navigation in ["Front page", "All zones", "Contact the editors", "Home &gt; Zones", "Copyright Example Business Portal"] {
            #expect(!text.contains(navigation), "the reading view holds no chrome: \(navigation)")
        }
        #expect(dom.contains("<details class=\"chrome\">") && dom.contains("Contact the editors"), "the chrome is there on demand")
        #expect(text.contains("The park’s GDP was"), "an entity reads as its character, without the padding")
        #expect(text.contains("<mark class=\"fact fact-figure\" id=\"at-"), "the facts are marked in place")
        #expect(dom.contains("<h1>Suzhou Industrial Park keeps growing</h1>"), "the page's own title")
        #expect(dom.contains("<a class=\"address\" href=\"https://news.example.org/zones/suzhou-industrial-park-gdp.html\""), "its address")
        #expect(!dom.contains(folder.path), "no server path on the page")
    }
}
