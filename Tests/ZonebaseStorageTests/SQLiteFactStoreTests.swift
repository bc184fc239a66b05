import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
@testable import ZonebaseStorage
import ZonebaseTestSupport

@Suite struct SQLiteFactStoreTests {
    private func input(_ name: String, bytes: [UInt8]) throws -> DocumentInput {
        let id = (name as NSString).deletingPathExtension
        let facts = try Extractor().extract(bytes, documentID: id)
        return DocumentInput(
            id: id, source: name, contentHash: ContentHash.sha256Hex(bytes), text: String(decoding: bytes, as: UTF8.self),
            facts: facts, extractorVersion: Extractor.version)
    }

    private func samples() throws -> [DocumentInput] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }.sorted()
        return try names.map { try input($0, bytes: Fixtures.sample($0)) }
    }

    @Test func contentHashIsSHA256() {
        #expect(ContentHash.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks of padding: 56 bytes.
        #expect(ContentHash.sha256Hex(Array(String(repeating: "a", count: 56).utf8))
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test(arguments: Backend.available)
    func ingestingTwiceChangesNothing(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let documents = try samples()
        for document in documents {
            let result = try await store.ingest(document)
            guard case .new = result else { Issue.record("expected new: \(document.id) \(result)"); continue }
        }
        let first = try await store.counts()
        for document in documents { #expect(try await store.ingest(document) == .unchanged) }
        #expect(try await store.counts() == first)
        #expect(first.documents == documents.count)
        #expect(first.figures > 20 && first.events >= 10)
    }

    @Test(arguments: Backend.available)
    func aChangedDocumentReplacesItsFacts(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let original = try input("note.txt", bytes: Array("Updated: 2013-11-29\n\nThe Baiyin High-tech Zone covers 8.05 square kilometers.".utf8))
        _ = try await store.ingest(original)
        let changed = try input("note.txt", bytes: Array("Updated: 2013-11-30\n\nThe Baiyin High-tech Zone covers 9 square kilometers.".utf8))
        #expect(try await store.ingest(changed) == .updated(facts: 2))
        let zone = try #require(try await store.findZones("Baiyin").first)
        let profile = try await store.profile(of: zone)
        #expect(profile.figures.map(\.value) == [9])
    }

    @Test(arguments: Backend.available)
    func figuresKeepTheMeasureTheTextNames(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let text = "In 2020, the operating revenue of the Dali Hi-tech Zone was 12 billion yuan, and its local fiscal revenue was 900 million yuan."
        _ = try await store.ingest(try input("dali.txt", bytes: Array(text.utf8)))
        let zone = try #require(try await store.findZones("Dali").first)
        let figures = try await store.profile(of: zone).figures
        #expect(Set(figures.map(\.metric)) == [.revenue])
        #expect(Set(figures.compactMap(\.measure)) == ["operating revenue", "local fiscal revenue"])
    }

    @Test(arguments: Backend.available)
    func oneZoneAcrossDocumentsAndNames(backend: Backend) async throws {
        let store = try await backend.makeStore()
        _ = try await store.ingest(try input("a.txt", bytes: Array("Leshan Hi-tech Industrial Park was set up in 1996. The park has 177 industrial enterprises.".utf8)))
        _ = try await store.ingest(try input("b.txt", bytes: Array("The State Council approved Leshan National High-tech Industrial Development Zone on Aug 28, 2012.".utf8)))
        _ = try await store.ingest(try input("c.txt", bytes: Array("Leshan Economic and Technological Development Zone covers 10 square kilometers.".utf8)))
        let leshan = try await store.findZones("leshan hi-tech industrial park")
        #expect(leshan.count == 1)
        let profile = try await store.profile(of: try #require(leshan.first))
        #expect(Set(profile.aliases) == ["Leshan Hi-tech Industrial Park", "Leshan National High-tech Industrial Development Zone"])
        #expect(profile.zone.level == .national)
        #expect(profile.events.map(\.kind) == [.established, .nationalApproval])
        #expect(try await store.zones(ZoneFilter(type: .economicTechnological)).count == 1)
        #expect(try await store.findZones("Leshan").count == 2)
    }

    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: dev-corpus store test skipped"),
          arguments: Backend.available)
    func leshanProfileFromTheDevCorpus(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let document = try #require(try Fixtures.devDocument(startingWith: "000_"))
        _ = try await store.ingest(try input(document.id + ".txt", bytes: document.bytes))
        let zone = try #require(try await store.findZones("Leshan").first)
        let profile = try await store.profile(of: zone)
        #expect(profile.events.contains { $0.kind == .nationalApproval && $0.date == "2012-08-28" })
        #expect(profile.events.contains { $0.kind == .established && $0.date == "1996" })
        #expect(profile.figures.filter { $0.period == "2011" }.count >= 3)
        #expect(profile.figures.filter { $0.status == .target && $0.period == "2011/2015" }.count == 4)
    }
}

@Suite struct SQLiteListingTests {
    private func store(_ backend: Backend) async throws -> any KnowledgeBase {
        let store = try await backend.makeStore()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter({ !$0.hasSuffix(".jsonl") }) {
            let bytes = try Fixtures.sample(name)
            let id = (name as NSString).deletingPathExtension
            _ = try await store.ingest(DocumentInput(
                id: id, source: name, contentHash: ContentHash.sha256Hex(bytes), text: String(decoding: bytes, as: UTF8.self),
                facts: try Extractor().extract(bytes, documentID: id), extractorVersion: Extractor.version))
        }
        return store
    }

    @Test(arguments: Backend.available)
    func figuresFilterByZoneMetricPeriodAndStatus(backend: Backend) async throws {
        let store = try await store(backend)
        let kunming = try #require(try await store.findZones("Kunming").first)
        let revenue = try await store.figures(FigureFilter(zoneID: kunming.id, metric: .revenue, period: "2011"))
        #expect(revenue.map(\.figure.value).contains(108_860_000_000))
        #expect(revenue.allSatisfy { $0.figure.metric == .revenue && $0.zone == kunming.name })
        let targets = try await store.figures(FigureFilter(status: .target))
        #expect(targets.map(\.figure.period) == ["2011/2015"])
    }

    @Test(arguments: Backend.available)
    func searchRanksDocumentsAndMarksMatches(backend: Backend) async throws {
        let store = try await store(backend)
        let hits = try await store.search("photovoltaic energy", limit: 5)
        #expect(hits.map(\.document) == ["leshan-upgrade"])
        #expect(hits.first?.snippet.contains("[photovoltaic]") == true)
        #expect(try await store.search("\" OR * NEAR(", limit: 5).isEmpty)  // query syntax is quoted, never run
        #expect(hits.first?.title.hasPrefix("Leshan high-tech zone joins the national ranks") == true)
    }

    @Test(arguments: Backend.available)
    func eventsCarryTheirZoneAndSource(backend: Backend) async throws {
        let events = try await store(backend).allEvents()
        #expect(events.contains { $0.zone.hasPrefix("Baiyin") && $0.event.kind == .constructionStart && $0.event.date == "2002-07" })
        #expect(events.allSatisfy { !$0.event.document.isEmpty && !$0.event.quote.isEmpty })
    }
}

@Suite struct RegistryTests {
    @Test func theBundledRegistryIsRead() {
        let registry = ReferenceRegistry.bundled
        #expect(registry.entries.count > 100)
        let leshan = registry.entry(for: "Leshan Hi-tech Industrial Park", city: "Leshan")
        #expect(leshan?.nameZH == "乐山高新技术产业开发区")
        #expect(leshan?.nationalDate.hasPrefix("2012-08") == true)
        #expect(registry.entry(for: "Atlantis Hi-tech Zone", city: nil) == nil)
    }

    @Test func storedZonesAreLinkedToTheRegistry() async throws {
        let store = try SQLiteFactStore()
        let text = "Leshan Hi-tech Industrial Park was set up in 1996 in Leshan."
        let bytes = Array(text.utf8)
        _ = try await store.ingest(DocumentInput(
            id: "a", source: "a.txt", contentHash: ContentHash.sha256Hex(bytes), text: text,
            facts: Extractor().extract(text: text, documentID: "a"), extractorVersion: Extractor.version))
        let zone = try #require(try await store.findZones("Leshan").first)
        #expect(zone.nameZH == "乐山高新技术产业开发区")
        #expect(zone.registryNationalDate?.hasPrefix("2012") == true)
    }

    @Test func csvFieldsMayBeQuoted() {
        #expect(CSVTable.rows("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n") == [["a", "b"], ["x, y", "say \"hi\""]])
        let written = CSVTable.encode(header: ["name", "value"], rows: [["=HYPERLINK(\"x\")", "-3.5"], ["line\nbreak", "@sum"]])
        #expect(written == "name,value\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.5\r\n\"line\nbreak\",'@sum\r\n")
        #expect(CSVTable.rows(written) == [["name", "value"], ["'=HYPERLINK(\"x\")", "-3.5"], ["line\nbreak", "'@sum"]])
    }
}

@Suite struct CorrectionTests {
    private func ingest(_ id: String, _ text: String, into store: any KnowledgeBase) async throws -> IngestResult {
        try await store.ingest(DocumentInput(
            id: id, source: id + ".txt", contentHash: ContentHash.sha256Hex(Array(text.utf8)), text: text,
            facts: Extractor().extract(text: text, documentID: id), extractorVersion: Extractor.version))
    }

    @Test(arguments: Backend.available)
    func aMergeSurvivesReingest(backend: Backend) async throws {
        let store = try await backend.makeStore()
        _ = try await ingest("a", "Chengdu Hi-tech Industrial Development Zone covers 130 square kilometers.", into: store)
        _ = try await ingest("b", "Tianfu Software Park covers 2 square kilometers.", into: store)
        let tianfu = try #require(try await store.findZones("Tianfu Software Park").first)
        let chengdu = try #require(try await store.findZones("Chengdu").first)
        try await store.merge(tianfu, into: chengdu)
        #expect(try await store.counts().zones == 1)
        // The changed page is ingested again: its name still goes to Chengdu.
        #expect(try await ingest("b", "Tianfu Software Park now covers 3 square kilometers.", into: store) == .updated(facts: 2))
        #expect(try await store.counts().zones == 1)
        let profile = try await store.profile(of: try #require(try await store.findZones("Chengdu").first))
        #expect(Set(profile.figures.map(\.value)) == [130, 3])
        #expect(profile.aliases.contains("Tianfu Software Park"))
    }

    @Test(arguments: Backend.available)
    func replacingADocumentKeepsAMergeIntoOneOfItsZones(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let page = "Chengdu Hi-tech Industrial Development Zone covers 130 square kilometers. Tianfu Software Park covers 2 square kilometers."
        _ = try await ingest("a", page, into: store)
        let tianfu = try #require(try await store.findZones("Tianfu Software Park").first)
        let chengdu = try #require(try await store.findZones("Chengdu Hi-tech Industrial Development Zone").first)
        try await store.merge(tianfu, into: chengdu)
        // The page is replaced by one that names no zone: the zone the user merged into stays, empty.
        #expect(try await ingest("a", "This page has moved.", into: store) == .updated(facts: 0))
        #expect(try await store.findZones(String(chengdu.id)).first?.id == chengdu.id)
        // The page comes back: its two names are one zone again, the user's.
        _ = try await ingest("a", page, into: store)
        #expect(try await store.counts().zones == 1)
        let profile = try await store.profile(of: try #require(try await store.findZones("Tianfu Software Park").first))
        #expect(profile.zone.id == chengdu.id)
        #expect(Set(profile.figures.map(\.value)) == [130, 2])
    }

    @Test(arguments: Backend.available)
    func aSplitSurvivesReingest(backend: Backend) async throws {
        let store = try await backend.makeStore()
        _ = try await ingest("a", "Leshan Hi-tech Industrial Park covers 10 square kilometers.", into: store)
        _ = try await ingest("b", "Leshan High-tech Park covers 20 square kilometers.", into: store)
        let leshan = try #require(try await store.findZones("Leshan Hi-tech Industrial Park").first)
        #expect(try await store.counts().zones == 1)
        let separate = try await store.split("Leshan High-tech Park", from: leshan)
        #expect(try await store.counts().zones == 2)
        #expect(try await store.profile(of: separate).figures.map(\.value) == [20])
        _ = try await ingest("b", "Leshan High-tech Park covers 21 square kilometers.", into: store)
        #expect(try await store.counts().zones == 2)
        let again = try #require(try await store.findZones(String(separate.id)).first)
        #expect(try await store.profile(of: again).figures.map(\.value) == [21])
        let unknownName = await #expect(throws: StoreError.self) { try await store.split("Nowhere Park", from: leshan) }
        #expect(unknownName?.code == .notFound)
        let intoItself = await #expect(throws: StoreError.self) { try await store.merge(leshan, into: leshan) }
        #expect(intoItself?.code == .conflict)
    }
}

@Suite struct DocumentLimitTests {
    /// A page of nothing but measured areas, each a figure: more than a document may store.
    @Test(arguments: Backend.available)
    func aDocumentStoresItsFirstFactsAndCountsTheRest(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let count = DocumentLimits.factsPerDocument + 700
        let text = (1...count).map { "Park \($0) covers \($0).5 square kilometers." }.joined(separator: " ")
        let facts = Extractor().extract(text: text, documentID: "flood")
        #expect(facts.facts.count > DocumentLimits.factsPerDocument)
        let result = try await store.ingest(DocumentInput(
            id: "flood", source: "flood.txt", contentHash: ContentHash.sha256Hex(Array(text.utf8)), text: text, facts: facts,
            extractorVersion: Extractor.version))
        let stored = try await store.counts()
        #expect(stored.figures + stored.zones + stored.events + stored.industries <= DocumentLimits.factsPerDocument)
        #expect(result == .new(facts: DocumentLimits.factsPerDocument))
        let summary = try #require(try await store.documents(limit: 10, offset: 0).first)
        #expect(summary.factsOmitted == facts.facts.count - DocumentLimits.factsPerDocument)
        // The figures kept are the first ones of the text.
        let figures = try await store.figures(FigureFilter())
        #expect(figures.contains { $0.figure.value == 1.5 })
        #expect(!figures.contains { $0.figure.value == Double(count) + 0.5 })
    }
}

@Suite struct DatabaseLocationTests {
    @Test func passwordsAreNeverShown() {
        #expect(DatabaseLocation.redacted("postgres://zonebase:secret@127.0.0.1:5432/db") == "postgres://zonebase:***@127.0.0.1:5432/db")
        #expect(DatabaseLocation.redacted("postgres://zonebase@host/db") == "postgres://zonebase@host/db")
        #expect(DatabaseLocation.redacted("zonebase.sqlite") == "zonebase.sqlite")
    }
}
