import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage

/// Chinese in the knowledge base, on both backends: one zone across languages and name forms, and
/// full-text search that finds Chinese words. The documents are the project's own sentences.
@Suite struct ChineseKnowledgeBaseTests {
    private func ingest(_ id: String, _ text: String, into store: any KnowledgeBase) async throws {
        _ = try await store.ingest(DocumentInput(
            id: id, source: id + ".txt", contentHash: ContentHash.sha256Hex(Array(text.utf8)), text: text,
            facts: Extractor().extract(text: text, documentID: id), extractorVersion: Extractor.version))
    }

    private func stocked(_ backend: Backend) async throws -> any KnowledgeBase {
        let store = try await backend.makeStore()
        try await ingest("zh", """
            乐山高新区简介
            2022年,乐山高新区实现营业收入820亿元,同比增长9.5%。园区的主导产业为电子信息、新材料和生物医药。
            """, into: store)
        try await ingest("en", "In 2011 Leshan Hi-tech Industrial Park achieved an output value of 44.53 billion yuan.", into: store)
        try await ingest("wuhu", "2021年,芜湖经济技术开发区完成固定资产投资300亿元。", into: store)
        return store
    }

    @Test(arguments: Backend.available)
    func chineseAndEnglishNamesAreOneZone(backend: Backend) async throws {
        let store = try await stocked(backend)
        let byChinese = try await store.findZones("乐山高新区")
        let byEnglish = try await store.findZones("Leshan")
        #expect(byChinese.count == 1)
        #expect(byChinese.map(\.id) == byEnglish.map(\.id), "乐山高新区 and Leshan Hi-tech Industrial Park are one zone")
        let zone = try #require(byChinese.first)
        let profile = try await store.profile(of: zone)
        #expect(Set(profile.figures.map(\.document)) == ["zh", "en"], "the facts of both languages")
        #expect(profile.aliases.contains("乐山高新区") && profile.aliases.contains { $0.hasPrefix("Leshan") })
        #expect(zone.nameZH == "乐山高新技术产业开发区", "linked to the registry through its short Chinese name")
        // The full official name finds the zone named only in its short form.
        #expect(try await store.findZones("乐山高新技术产业开发区").map(\.id) == [zone.id])
    }

    @Test(arguments: Backend.available)
    func aShortFormFindsAZoneNamedInFull(backend: Backend) async throws {
        let store = try await stocked(backend)
        let zones = try await store.findZones("芜湖经开区")
        #expect(zones.map(\.name) == ["芜湖经济技术开发区"])
    }

    @Test(arguments: Backend.available)
    func chineseWordsAreFoundInsideRunsOfCharacters(backend: Backend) async throws {
        let store = try await stocked(backend)
        let hits = try await store.search("营业收入", limit: 10)
        #expect(hits.map(\.document) == ["zh"])
        #expect(hits.first?.snippet.contains("[营业收入]") == true, "the match is marked: \(hits.first?.snippet ?? "")")
        #expect(Set(try await store.search("高新区", limit: 10).map(\.document)) == ["zh"])
        // Below a trigram: two characters, one character.
        #expect(try await store.search("营收", limit: 10).isEmpty)
        #expect(try await store.search("芜湖", limit: 10).map(\.document) == ["wuhu"])
        #expect(Set(try await store.search("区", limit: 10).map(\.document)) == ["zh", "wuhu"])
        // Pattern characters are text.
        #expect(try await store.search("高新%", limit: 10).isEmpty)
        // English still goes through the word index.
        #expect(try await store.search("output value", limit: 10).map(\.document) == ["en"])
    }
}
