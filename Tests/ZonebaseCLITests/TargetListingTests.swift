import Foundation
import Testing
import ZonebaseAnalysis
@testable import ZonebaseCLI
import ZonebaseIngest
import ZonebaseModel
import ZonebaseStorage
import ZonebaseTestSupport

/// The target listing in-process: kept judgements answer exactly what judging the figures there and
/// then answers, and their JSON is copied out exactly as the assessments would be written.
@Suite struct TargetListingTests {
    private func ingestedStore(_ folder: URL) async throws -> SQLiteFactStore {
        let store = try SQLiteFactStore()
        let summary = await IngestPipeline(store: store, jobs: 2).ingest(try DocumentFiles.expandArguments([folder.path])) { _ in }
        #expect(summary.new > 0)
        return store
    }

    @Test func keptJudgementsAgreeWithJudgingTheFiguresNow() async throws {
        let folder = Fixtures.sharedFolder?.appendingPathComponent("corpus/dev/docs") ?? Fixtures.samplesFolder
        let store = try await ingestedStore(folder)
        let today = DayClock.utc.today
        let live = TargetEvaluator.assess(
            try await store.figures(FigureFilter(targetedOnly: true)).map(Observation.init), asOf: today)
        #expect(!live.isEmpty)

        let answer = try await TargetListing.answer(in: store, zoneID: nil, status: nil, asOf: today)
        guard case .kept(let judgements) = answer else {
            Issue.record("a writable store of the current year answers from kept judgements")
            return
        }
        let kept = try answer.assessments()
        #expect(kept.count == live.count)
        #expect(Set(kept) == Set(live))
        // In the order a listing is read: by subject, metric and aspect.
        let order = kept.map { "\($0.target.subject.name.lowercased())|\($0.target.metric.rawValue)|\($0.target.aspect.rawValue)" }
        #expect(order == order.sorted())
        // The copied JSON is byte for byte the JSON of the assessments.
        #expect(TargetListing.keptAsWritten)
        #expect(JSONOutput.array(ofEncoded: judgements.map(\.payload)) == Data(try JSONOutput.encode(kept).utf8))
        #expect(JSONOutput.array(ofEncoded: []) == Data(try JSONOutput.encode([TargetAssessment]()).utf8))

        // A filter by status or zone reads only those.
        let missed = try await TargetListing.answer(in: store, zoneID: nil, status: .notYetKnown, asOf: today).assessments()
        #expect(Set(missed) == Set(live.filter { $0.status == .notYetKnown }))
        let zoneID = try #require(live.compactMap(\.target.subject.zoneID).first)
        let ofZone = try await TargetListing.answer(in: store, zoneID: zoneID, status: nil, asOf: today).assessments()
        #expect(!ofZone.isEmpty && Set(ofZone) == Set(live.filter { $0.target.subject.zoneID == zoneID }))
    }

    @Test func anotherYearIsJudgedFromTheFiguresWithoutReplacingWhatIsKept() async throws {
        let store = try await ingestedStore(Fixtures.samplesFolder)
        let today = DayClock.utc.today
        _ = try await DocumentIngester(store: store).refreshJudgements()
        let earlier = PartialDate(year: 2012)
        let answer = try await TargetListing.answer(in: store, zoneID: nil, status: nil, asOf: earlier)
        guard case .judged(let assessments) = answer else {
            Issue.record("a year other than the current one is judged from the figures")
            return
        }
        let live = TargetEvaluator.assess(try await store.figures(FigureFilter(targetedOnly: true)).map(Observation.init), asOf: earlier)
        #expect(Set(assessments) == Set(live))
        #expect(try await store.targetJudgements(TargetJudgementFilter(), year: today.year, judgeVersion: TargetListing.judge.version)?.total == live.count)
    }
}
