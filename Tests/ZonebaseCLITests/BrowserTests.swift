import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ZonebaseTestSupport

/// The pages in a real headless Chromium, against `zonebase serve --demo`: the DOM after the page's
/// own script ran, with screenshots under `.build/screenshots/` for a person to look at.
@Suite(.enabled(if: Fixtures.builtBinary != nil && Browser.chromiumPath != nil, "no chromium or no built zonebase: browser tests skipped"))
struct BrowserTests {
    private func chromium(_ arguments: [String], _ url: String) throws -> String { try Browser.chromium(arguments, url) }
    private func get(_ url: String) async -> String? { await Browser.get(url) }
    private func demoServer(samples: URL) async throws -> (Process, String) { try await Browser.demoServer(samples: samples) }

    @Test func homeZoneProfileAndDocumentPagesInChromium() async throws {
        let (server, base) = try await demoServer(samples: Fixtures.samplesFolder)
        defer { server.terminate(); server.waitUntilExit() }
        let zones = try JSONSerialization.jsonObject(with: Data((await get(base + "/api/v1/zones?q=leshan") ?? "").utf8)) as? [String: Any]
        let leshan = try #require((zones?["items"] as? [[String: Any]])?.first?["id"] as? Int)

        let screenshots = Fixtures.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let pages = [("home", "/"), ("zone", "/zones/\(leshan)"), ("document", "/documents/leshan-upgrade"), ("zones", "/zones")]
            .map { (name: $0.0 == "home" || $0.0 == "zones" ? $0.0 : "profile-" + $0.0, path: $0.1) }
        var dom: [String: String] = [:]
        for (name, path) in pages {
            dom[name] = try chromium(["--dump-dom"], base + path)
            _ = try chromium(["--window-size=1200,1800", "--screenshot=\(screenshots.appendingPathComponent("\(name).png").path)"], base + path)
            #expect(FileManager.default.fileExists(atPath: screenshots.appendingPathComponent("\(name).png").path), "\(name) screenshot")
        }
        let home = try #require(dom["home"])
        dom["zone"] = dom["profile-zone"]
        dom["document"] = dom["profile-document"]
        #expect(home.contains("id=\"count-documents\">5</strong>"))
        let zone = try #require(dom["zone"])
        #expect(zone.contains("<h1>Leshan Hi-tech Industrial Park</h1>"))
        #expect(zone.contains("44.53 bn yuan"))
        #expect(zone.contains("national approval"))
        // One year of output: shown as a linked value, not a chart of one dot.
        #expect(zone.contains("<a class=\"point\" href=\"/documents/leshan-upgrade#at-"))
        // The page's script ran (the policy allows it): sortable headers were marked.
        #expect(zone.contains("aria-sort=\"none\""))
        let document = try #require(dom["document"])
        #expect(document.contains("<mark class=\"fact fact-figure\""))
        #expect(document.contains("44.53 billion yuan<span class=\"fact-tip\" role=\"tooltip\">output_value level actual 2011"))
        #expect(document.contains("class=\"zone-link\" href=\"/zones/\(leshan)\""))
    }

    /// A Chinese zone page and document page, rendered with a real CJK font: the PDF Chromium prints
    /// embeds the font that drew the Chinese text (Debian's fonts-noto-cjk, which `.ci/run` installs),
    /// not a fallback that draws empty boxes.
    @Test func chineseZoneAndDocumentPagesRenderWithACJKFont() async throws {
        let (server, base) = try await demoServer(samples: Fixtures.chineseSamplesFolder)
        defer { server.terminate(); server.waitUntilExit() }
        let query = "乐山高新区".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        let zones = try JSONSerialization.jsonObject(with: Data((await get(base + "/api/v1/zones?q=" + query) ?? "").utf8)) as? [String: Any]
        let leshan = try #require((zones?["items"] as? [[String: Any]])?.first?["id"] as? Int)
        let screenshots = Fixtures.packageRoot.appendingPathComponent(".build/screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        for (name, path, text) in [("zone-zh", "/zones/\(leshan)", "<h1>乐山高新区</h1>"), ("document-zh", "/documents/leshan-zh", "445.3亿元")] {
            let dom = try chromium(["--dump-dom"], base + path)
            #expect(dom.contains(text), "\(name): \(text)")
            let png = screenshots.appendingPathComponent("\(name).png")
            _ = try chromium(["--window-size=1200,1400", "--screenshot=\(png.path)"], base + path)
            #expect(FileManager.default.fileExists(atPath: png.path), "\(name) screenshot")
            let pdf = screenshots.appendingPathComponent("\(name).pdf")
            _ = try chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], base + path)
            let bytes = try Data(contentsOf: pdf)
            let fonts = String(decoding: bytes, as: UTF8.self)
            #expect(fonts.contains("CJK") || fonts.contains("Han"), "\(name): the Chinese text was drawn without a CJK font")
        }
    }
}
