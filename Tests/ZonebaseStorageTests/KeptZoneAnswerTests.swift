import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage

/// Kept zone answers: used only at the generation and basis they were made for; every write that
/// changes what a zone's answers show moves the zone's generation on, on every backend.
@Suite struct KeptZoneAnswerTests {
    private func ingest(_ text: String, id: String, into store: any KnowledgeBase) async throws {
        let bytes = Array(text.utf8)
        _ = try await store.ingest(DocumentInput(
            id: id, source: "https://example.gov.cn/\(id).html", contentHash: ContentHash.sha256Hex(bytes), text: text,
            facts: try Extractor().extract(bytes, documentID: id), extractorVersion: Extractor.version))
    }

    private static let leshan = "In 2013, the total revenue of Leshan Hi-tech Industrial Development Zone reached 61.2 billion yuan."
    private static let baiyin = "In 2014, Baiyin High-tech Industrial Development Zone achieved total revenue of 30 billion yuan."

    private func zone(_ name: String, in store: any KnowledgeBase) async throws -> StoredZone {
        try #require(try await store.findZones(name).first, "\(name) is stored")
    }

    /// Keeps `text` for the zone at its generation now, and returns that generation.
    @discardableResult
    private func keep(_ text: String, for zone: StoredZone, kind: ZoneAnswerKind = .detail, in store: any KnowledgeBase) async throws -> Int64 {
        let generation = try await store.keptZoneAnswer(zoneID: zone.id, kind: kind, basis: "b").generation
        try await store.keepZoneAnswer(Array(text.utf8), zoneID: zone.id, kind: kind, basis: "b", generation: generation)
        return generation
    }

    private func kept(_ zone: StoredZone, kind: ZoneAnswerKind = .detail, basis: String = "b", in store: any KnowledgeBase) async throws -> String? {
        try await store.keptZoneAnswer(zoneID: zone.id, kind: kind, basis: basis).body.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: Backend.available)
    func anAnswerIsUsedAtItsGenerationAndBasisOnly(backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await ingest(Self.leshan, id: "leshan", into: store)
        let leshan = try await zone("Leshan", in: store)
        #expect(try await kept(leshan, in: store) == nil, "nothing kept yet")
        let generation = try await keep("{\"detail\":1}", for: leshan, in: store)
        #expect(try await kept(leshan, in: store) == "{\"detail\":1}")
        #expect(try await kept(leshan, basis: "another release", in: store) == nil)
        #expect(try await kept(leshan, kind: .page, in: store) == nil, "each kind is kept apart")
        try await keep("<p>page</p>", for: leshan, kind: .page, in: store)
        #expect(try await kept(leshan, kind: .page, in: store) == "<p>page</p>")
        #expect(try await kept(leshan, in: store) == "{\"detail\":1}")

        // A second report about the zone: its answers are out of date, and one made from the facts
        // read before (at the older generation) is never used, nor replaces a newer one.
        try await ingest(Self.leshan.replacingOccurrences(of: "61.2", with: "62.5"), id: "update", into: store)
        let moved = try await store.keptZoneAnswer(zoneID: leshan.id, kind: .detail, basis: "b")
        #expect(moved.generation > generation && moved.body == nil)
        try await store.keepZoneAnswer(Array("stale".utf8), zoneID: leshan.id, kind: .detail, basis: "b", generation: generation)
        #expect(try await kept(leshan, in: store) == nil)
        try await keep("fresh", for: leshan, in: store)
        try await store.keepZoneAnswer(Array("stale".utf8), zoneID: leshan.id, kind: .detail, basis: "b", generation: generation)
        #expect(try await kept(leshan, in: store) == "fresh")
    }

    @Test(arguments: Backend.available)
    func writesMoveOnOnlyTheZonesTheyChange(backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await ingest(Self.leshan, id: "leshan", into: store)
        try await ingest(Self.baiyin, id: "baiyin", into: store)
        let leshan = try await zone("Leshan", in: store)
        let baiyin = try await zone("Baiyin", in: store)
        try await keep("leshan", for: leshan, in: store)
        try await keep("baiyin", for: baiyin, in: store)

        // Replacing Baiyin's document (its old facts deleted) leaves Leshan's answer alone.
        try await ingest(Self.baiyin.replacingOccurrences(of: "30", with: "31"), id: "baiyin", into: store)
        #expect(try await kept(baiyin, in: store) == nil)
        #expect(try await kept(leshan, in: store) == "leshan")

        // A merge moves both zones' rows; a split moves the zone a name leaves.
        try await keep("baiyin", for: baiyin, in: store)
        try await store.merge(baiyin, into: leshan)
        #expect(try await kept(leshan, in: store) == nil)
        #expect(try await kept(baiyin, in: store) == nil)
        try await keep("leshan", for: leshan, in: store)
        let aliases = try await store.profile(of: leshan).aliases
        let alias = try #require(aliases.first { $0.contains("Baiyin") })
        try await store.split(alias, from: leshan)
        #expect(try await kept(leshan, in: store) == nil)
    }
}
