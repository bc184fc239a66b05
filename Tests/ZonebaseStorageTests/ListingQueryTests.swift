import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage
import ZonebaseTestSupport

/// The listings the analysis and the server read, on every backend.
@Suite struct ListingQueryTests {
    private func store(_ backend: Backend) async throws -> any KnowledgeBase {
        let store = try await backend.makeStore()
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }.sorted()
        for name in names {
            let bytes = try Fixtures.sample(name)
            let id = (name as NSString).deletingPathExtension
            _ = try await store.ingest(DocumentInput(
                id: id, source: "https://example.gov.cn/\(name)", contentHash: ContentHash.sha256Hex(bytes),
                text: String(decoding: bytes, as: UTF8.self), facts: try Extractor().extract(bytes, documentID: id),
                extractorVersion: Extractor.version))
        }
        return store
    }

    /// The database's choice of each measure's latest actual figures is the profile's own.
    @Test(arguments: Backend.available)
    func theLatestActualFiguresReadAloneAreThoseOfTheWholeProfile(backend: Backend) async throws {
        let store = try await store(backend)
        let zones = try await store.zones(ZoneFilter())
        var latest = 0
        for zone in zones {
            let whole = try await store.profile(of: zone)
            let overview = try await store.profile(of: zone, figures: .latestActual)
            #expect(overview.figures == whole.latestActualFigures, "\(zone.name)")
            #expect(overview.figureCount == whole.figures.count && whole.figureCount == whole.figures.count, "\(zone.name)")
            #expect(overview.events == whole.events && overview.aliases == whole.aliases)
            latest += overview.figures.count
        }
        #expect(latest > 10, "the samples hold latest figures to compare: \(latest)")
    }

    @Test(arguments: Backend.available)
    func documentsWithTheirFactsInTextOrder(backend: Backend) async throws {
        let store = try await store(backend)
        let page = try await store.documents(limit: 2, offset: 1)
        #expect(page.count == 2)
        let all = try await store.documents(limit: 10, offset: 0)
        #expect(all.count == 5 && all.first?.published != nil, "dated documents first")
        let document = try #require(try await store.document("leshan-upgrade"))
        #expect(document.facts.map(\.spanStart) == document.facts.map(\.spanStart).sorted())
        let bytes = Array(document.text.utf8)
        for fact in document.facts {
            #expect(String(decoding: bytes[fact.spanStart..<fact.spanEnd], as: UTF8.self) == fact.quote, "\(fact.summary)")
        }
        #expect(document.facts.contains { $0.kind == "event" } && document.facts.contains { $0.kind == "industry" })
        #expect(try await store.document("no-such-document") == nil)
    }

    @Test(arguments: Backend.available)
    func targetedFiguresIndustriesAndTexts(backend: Backend) async throws {
        let store = try await store(backend)
        let targeted = try await store.figures(FigureFilter(targetedOnly: true))
        #expect(targeted.contains { $0.figure.status == .target && $0.figure.metric == .revenue })
        let targetKeys = Set(targeted.filter { $0.figure.status == .target }.map { "\($0.zoneID ?? -1)|\($0.figure.metric)" })
        #expect(targeted.allSatisfy { targetKeys.contains("\($0.zoneID ?? -1)|\($0.figure.metric)") })
        #expect(targeted.count < (try await store.figures(FigureFilter())).count)
        let leshan = try #require(try await store.findZones("Leshan").first)
        let ofLeshan = try await store.figures(FigureFilter(zoneID: leshan.id, targetedOnly: true))
        #expect(!ofLeshan.isEmpty && ofLeshan.allSatisfy { $0.zoneID == leshan.id })
        #expect(Set(ofLeshan.map(\.figure.metric)) == Set(ofLeshan.filter { $0.figure.status == .target }.map(\.figure.metric)))
        let byPeriod = try await store.figures(FigureFilter(period: "2011"))
        #expect(!byPeriod.isEmpty && byPeriod.allSatisfy { $0.figure.period?.hasPrefix("2011") == true })
        let industries = try await store.allIndustries()
        #expect(industries.contains { $0.name == "photovoltaic new energy" && $0.zoneID == leshan.id })
        let texts = try await store.documentTexts(containing: "national")
        #expect(!texts.isEmpty && texts.allSatisfy { $0.text.lowercased().contains("national") })
        #expect(try await store.documentTexts(containing: nil).count == 5)
        let events = try await store.allEvents()
        #expect(events.contains { $0.zoneID == leshan.id && $0.event.source.hasPrefix("https://") })
    }
}
