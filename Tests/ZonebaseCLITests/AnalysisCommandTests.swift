import Foundation
import Testing
import ZonebaseAnalysis
import ZonebaseModel
@testable import ZonebaseCLI
import ZonebaseStorage
import ZonebaseTestSupport

/// `targets`, `check`, `conflicts`, `rank` and `series` end to end on ingested documents.
@Suite(.enabled(if: Fixtures.builtBinary != nil, "no built zonebase binary under .build: analysis command tests skipped"))
struct AnalysisCommandTests {
    private func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-analysis-\(UUID().uuidString).sqlite").path
    }

    private func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }

    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: dev corpus targets skipped"))
    func devCorpusTargetsListLeshanAndChenzhouHonestly() throws {
        let database = temporaryDatabase()
        defer { remove(database) }
        let docs = try #require(Fixtures.sharedFolder).appendingPathComponent("corpus/dev/docs").path
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, docs]).status == 0)
        let result = try Fixtures.runZonebase(["targets", "--db", database, "--as-of", "2026-11-22", "--format", "json"])
        #expect(result.status == 0)
        let assessments = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        func targets(of subject: String) -> [[String: Any]] {
            assessments.filter { (($0["target"] as? [String: Any])?["subject"] as? [String: Any])?["name"] as? String == subject }
        }
        let leshan = targets(of: "Leshan Hi-tech Industrial Park")
        #expect(leshan.count == 4)
        #expect(leshan.allSatisfy { ($0["deadline"] as? Int) == 2015 })
        // Nothing reports Leshan's revenue for 2015: the honest answer is "not yet known", not "missed".
        #expect(leshan.allSatisfy { ($0["status"] as? String) == "not_yet_known" })
        let chenzhou = assessments.filter { ((($0["target"] as? [String: Any])?["subject"] as? [String: Any])?["name"] as? String)?.hasPrefix("Chenzhou") == true }
        #expect(chenzhou.count >= 3)
        #expect(chenzhou.allSatisfy { ($0["deadline"] as? Int) == 2014 })
        let growth = chenzhou.first { (($0["target"] as? [String: Any])?["aspect"] as? String) == "growth" && (($0["target"] as? [String: Any])?["metric"] as? String) == "added_value" }
        #expect(((growth?["latest"] as? [String: Any])?["value"] as? Double) == 19, "the 2013 growth is the latest evidence")
        let table = try Fixtures.runZonebase(["targets", "--db", database, "--zone", "Leshan", "--format", "table"])
        #expect(table.output.contains("not_yet_known") && table.output.contains("000_72e70960d0ff2b71"))
    }

    @Test func aLaterReportChangesTheVerdictOfAnEarlierTarget() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-verdict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = temporaryDatabase()
        defer {
            try? FileManager.default.removeItem(at: folder)
            remove(database)
        }
        func status(_ arguments: [String] = []) throws -> [String] {
            let result = try Fixtures.runZonebase(["targets", "--db", database, "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.error)")
            let assessments = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
            return assessments.compactMap { $0["status"] as? String }
        }
        try """
            Gamma Hi-tech Industrial Development Zone plans ahead

            Gamma Hi-tech Industrial Development Zone plans to raise its total revenue to 100 billion yuan by 2015.
            """.write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, folder.path]).status == 0)
        #expect(try status() == ["not_yet_known"])
        // The report of the deadline year, ingested later, decides: the kept judgement is redone.
        try """
            Gamma Hi-tech Industrial Development Zone reports on 2015

            In 2015, the total revenue of Gamma Hi-tech Industrial Development Zone reached 120 billion yuan.
            """.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, folder.appendingPathComponent("report.txt").path]).status == 0)
        // The ingest judged the changed zone again: what is kept is current before any listing.
        let store = try SQLiteFactStore(path: database)
        let kept = try await store.targetJudgements(TargetJudgementFilter(), year: DayClock.utc.today.year, judgeVersion: TargetEvaluator.keptJudge.version)
        #expect(kept?.items.map(\.status) == ["met"])
        #expect(try status() == ["met"])
        #expect(try status(["--status", "met"]) == ["met"] && status(["--status", "missed"]).isEmpty)
        // Judged as of another year (from the figures, not from what is kept): the same verdict, as
        // an actual for the deadline decides whatever the day.
        #expect(try status(["--as-of", "2014"]) == ["met"])
    }

    @Test func checkPassesOnConsistentFactsAndFlagsPlantedOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-planted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = temporaryDatabase()
        defer {
            try? FileManager.default.removeItem(at: folder)
            remove(database)
        }
        try """
            Alpha Hi-tech Industrial Development Zone grows steadily

            Alpha Hi-tech Industrial Development Zone was established in 1995 and was upgraded to a national high-tech zone by \
            the State Council in 2010. In 2012, the zone's industrial output value reached 50 billion yuan, and its industrial \
            added value reached 20 billion yuan.
            """.write(to: folder.appendingPathComponent("alpha.txt"), atomically: true, encoding: .utf8)
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, folder.path]).status == 0)
        let clean = try Fixtures.runZonebase(["check", "--db", database, "--format", "csv"])
        #expect(clean.status == 0, "\(clean.output)")

        // Added value above output value, approval before founding, and a restatement at 6,700 yuan to the dollar.
        try """
            Beta Economic and Technological Development Zone reports results

            Beta Economic and Technological Development Zone was approved as a national economic and technological development \
            zone by the State Council in 1992. The zone was established in 2001. In 2013, the zone's industrial added value \
            reached 60 billion yuan, while its industrial output value was 40 billion yuan. The zone's revenue hit 100 billion \
            yuan ($14.93 million) in 2013.
            """.write(to: folder.appendingPathComponent("beta.txt"), atomically: true, encoding: .utf8)
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, folder.path]).status == 0)
        let flagged = try Fixtures.runZonebase(["check", "--db", database, "--format", "csv"])
        #expect(flagged.status == 1)
        for rule in ["added-value-within-output", "national-after-founding", "plausible-exchange-rate"] {
            #expect(flagged.output.contains(rule), "\(rule) in \(flagged.output)")
        }
        #expect(!flagged.output.contains("Alpha"), "the consistent zone is not flagged")
    }

    @Test func seriesRankAndConflictsAnswerOnTheSamples() throws {
        let database = temporaryDatabase()
        defer { remove(database) }
        #expect(try Fixtures.runZonebase(["ingest", "--db", database, Fixtures.samplesFolder.path]).status == 0)
        let series = try Fixtures.runZonebase(["series", "--db", database, "Leshan", "--metric", "output_value", "--format", "table"])
        #expect(series.status == 0)
        #expect(series.output.contains("2011") && series.output.contains("44.53 bn CNY") && series.output.contains("#"))
        let rank = try Fixtures.runZonebase(["rank", "--db", database, "--metric", "output_value", "--period", "2011", "--format", "csv"])
        #expect(rank.status == 0)
        #expect(rank.output.hasPrefix("rank,percentile,zone,value,period,sources"))
        #expect(try Fixtures.runZonebase(["conflicts", "--db", database, "--format", "json"]).status == 0)
        #expect(try Fixtures.runZonebase(["rank", "--db", database, "--metric", "fame", "--period", "2011"]).status == 2)
        let energy = try Fixtures.runZonebase(["industries", "--db", database, "--category", "new energy", "--format", "csv"])
        #expect(energy.status == 0)
        #expect(energy.output.contains("Leshan") && !energy.output.contains(",other,"))
    }
}
