import Foundation
import Synchronization
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage

/// Kept target judgements: made by the judge given, marked stale by the database itself whenever a
/// zone's figures change, judged again zone by zone, on every backend.
@Suite struct TargetJudgementStoreTests {
    /// A judge for the test: each target judged by how many figures of its zone it was given, so a
    /// judgement shows which figures it saw.
    private static func countingJudge(version: String = "counting 1") -> TargetJudge {
        TargetJudge(version: version) { figures, _, year in
            figures.filter { $0.figure.status == .target }.map { target in
                let seen = figures.filter { $0.zoneID == target.zoneID && $0.figure.metric == target.figure.metric }.count
                return StoredTargetJudgement(
                    zoneID: target.zoneID, subject: (target.zone ?? target.figure.subject).lowercased(), metric: target.figure.metric,
                    aspect: target.figure.aspect, status: "saw \(seen) in \(year)", payload: "{\"value\":\(target.figure.value)}")
            }
        }
    }

    private func ingest(_ text: String, id: String, into store: any KnowledgeBase) async throws {
        let bytes = Array(text.utf8)
        _ = try await store.ingest(DocumentInput(
            id: id, source: "https://example.gov.cn/\(id).html", contentHash: ContentHash.sha256Hex(bytes), text: text,
            facts: try Extractor().extract(bytes, documentID: id), extractorVersion: Extractor.version))
    }

    private static let plan = """
        Leshan Hi-tech Industrial Development Zone plans to raise its total revenue to 100 billion yuan by 2015.
        """
    private static let report = """
        In 2013, the total revenue of Leshan Hi-tech Industrial Development Zone reached 61.2 billion yuan.
        """
    private static let otherZone = """
        By 2016, Baiyin High-tech Industrial Development Zone aims to achieve total revenue of 30 billion yuan.
        """

    @Test(arguments: Backend.available)
    func judgedOnceThenKeptUntilTheZonesFiguresChange(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let judge = Self.countingJudge()
        try await ingest(Self.plan, id: "plan", into: store)
        try await ingest(Self.otherZone, id: "other", into: store)
        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version) == nil, "never judged")

        let first = try await store.refreshTargetJudgements(year: 2026, judge: judge)
        #expect(first.wasComplete && first.judgements == 2)
        let kept = try #require(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version)?.items)
        #expect(kept.map(\.subject) == kept.map(\.subject).sorted() && kept.count == 2)
        let leshan = try #require(kept.first { $0.subject.hasPrefix("leshan") })
        #expect(leshan.status == "saw 1 in 2026" && leshan.metric == .revenue)
        let nothingChanged = try await store.refreshTargetJudgements(year: 2026, judge: judge)
        #expect(!nothingChanged.wasComplete && nothingChanged.zones == 0 && nothingChanged.judgements == 0)

        // A later report about Leshan: only Leshan is judged again, and with the new figure.
        try await ingest(Self.report, id: "report", into: store)

        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version) == nil, "stale")
        let second = try await store.refreshTargetJudgements(year: 2026, judge: judge)
        #expect(!second.wasComplete && second.zones == 1 && second.judgements == 1)
        let updated = try #require(try await store.targetJudgements(
            TargetJudgementFilter(zoneID: leshan.zoneID), year: 2026, judgeVersion: judge.version)?.items)
        #expect(updated.map(\.status) == ["saw 2 in 2026"])
        let baiyin = try #require(try await store.targetJudgements(
            TargetJudgementFilter(status: "saw 1 in 2026"), year: 2026, judgeVersion: judge.version)?.items)
        #expect(baiyin.count == 1 && baiyin[0].subject.hasPrefix("baiyin"))
        // A page of them, with how many there are in all.
        let page = try #require(try await store.targetJudgements(
            TargetJudgementFilter(limit: 1, offset: 1), year: 2026, judgeVersion: judge.version))
        #expect(page.total == 2 && page.items.count == 1 && page.items[0].subject == kept[1].subject)

        // Another year or another judge: not current, and the next refresh judges everything.
        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: 2027, judgeVersion: judge.version) == nil)
        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: "counting 2") == nil)
        let onlyChanged = try await store.refreshTargetJudgements(
            year: 2026, judge: Self.countingJudge(version: "counting 2"), scope: .changedZonesOnly)
        #expect(!onlyChanged.isCurrent && onlyChanged.judgements == 0, "everything would need judging: left to the listing")
        let newJudge = try await store.refreshTargetJudgements(year: 2026, judge: Self.countingJudge(version: "counting 2"))
        #expect(newJudge.wasComplete && newJudge.judgements == 2 && newJudge.isCurrent)
        try await ingest(Self.report.replacingOccurrences(of: "61.2", with: "62.5"), id: "report 2", into: store)
        let small = try await store.refreshTargetJudgements(
            year: 2026, judge: Self.countingJudge(version: "counting 2"), scope: .changedZonesOnly)
        #expect(small.isCurrent && small.zones == 1 && small.judgements == 1)
    }

    @Test(arguments: Backend.available)
    func mergeAndSplitMarkBothZones(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let judge = Self.countingJudge()
        try await ingest(Self.plan, id: "plan", into: store)
        try await ingest(Self.otherZone, id: "other", into: store)
        try await store.refreshTargetJudgements(year: 2026, judge: judge)
        let leshan = try #require(try await store.findZones("Leshan").first)
        let baiyin = try #require(try await store.findZones("Baiyin").first)

        try await store.merge(baiyin, into: leshan)
        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version) == nil)
        let merged = try await store.refreshTargetJudgements(year: 2026, judge: judge)
        #expect(merged.zones == 2, "the zone merged away and the zone merged into")
        let afterMerge = try #require(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version)?.items)
        #expect(afterMerge.count == 2 && afterMerge.allSatisfy { $0.zoneID == leshan.id && $0.status == "saw 2 in 2026" })

        let alias = try #require(try await store.profile(of: leshan).aliases.first { $0.hasPrefix("Baiyin") })
        let split = try await store.split(alias, from: leshan)
        let afterSplit = try await store.refreshTargetJudgements(year: 2026, judge: judge)
        #expect(afterSplit.zones == 2)
        let kept = try #require(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version)?.items)
        #expect(Set(kept.compactMap(\.zoneID)) == [leshan.id, split.id] && kept.allSatisfy { $0.status == "saw 1 in 2026" })
    }

    @Test func aWriterWaitsForARefreshInAnotherConnection() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-busy-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let refreshing = try SQLiteFactStore(path: path)
        let ingesting = try SQLiteFactStore(path: path)
        try await ingest(Self.plan, id: "plan", into: refreshing)
        // A judge that holds the write transaction for a while, saying when it has it.
        let judging = Mutex(false)
        let slowJudge = TargetJudge(version: "slow") { figures, copies, year in
            judging.withLock { $0 = true }
            Thread.sleep(forTimeInterval: 0.5)
            return try Self.countingJudge().judge(figures, copies, year)
        }
        let refresh = Task { try await refreshing.refreshTargetJudgements(year: 2026, judge: slowJudge) }
        while !judging.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        // Another connection (as another process would) stores a document meanwhile: it waits, then succeeds.
        try await ingest(Self.report, id: "report", into: ingesting)
        #expect(try await refresh.value.judgements == 1)
        #expect(try await ingesting.counts().documents == 2)
        #expect(try await refreshing.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: "slow") == nil,
                "the document stored after the refresh made the zone stale again")
    }
}
