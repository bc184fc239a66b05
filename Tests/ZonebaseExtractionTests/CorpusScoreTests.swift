import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseTestSupport

/// The dev corpus scored by the shared scorer, with floors for its 55 English and 35 Chinese
/// documents (the scores measured there, raised as the rules improve), and the project's own
/// samples against their gold.
@Suite struct CorpusScoreTests {
    private func extractAll(in folder: URL) throws -> (predictions: String, ids: [String]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            ["txt", "html", "htm", "md"].contains(($0 as NSString).pathExtension)
        }.sorted()
        var lines = ""
        var ids: [String] = []
        for name in names {
            let id = (name as NSString).deletingPathExtension
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let facts = try Extractor().extract(bytes, documentID: id)
            for fact in facts.facts { lines += fact.jsonLine(documentID: id) + "\n" }
            ids.append(id)
        }
        return (lines, ids)
    }

    /// Scores the dev documents of one language (`chinese`: the `_zh_` ones) against `floors`.
    private func expectFloors(chinese: Bool, count: Int, _ floors: [String: Double]) throws {
        let shared = try #require(Fixtures.sharedFolder)
        let (predictions, ids) = try extractAll(in: shared.appendingPathComponent("corpus/dev/docs"))
        let documents = ids.filter { $0.contains("_zh_") == chinese }
        #expect(documents.count == count)
        let score = try Fixtures.score(
            gold: shared.appendingPathComponent("corpus/dev/gold.jsonl"), predictions: predictions, documents: documents)
        for (kind, floor) in floors {
            let f1 = try #require(score[kind]?["f1"])
            #expect(f1 >= floor, "\(chinese ? "Chinese" : "English") \(kind) F1 \(f1) is below \(floor)")
        }
    }

    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: dev-corpus scoring skipped"))
    func englishDevDocumentsMeetTheFloors() throws {
        try expectFloors(chinese: false, count: 55, ["figure": 0.92, "full": 0.80, "event": 0.88, "zone": 0.88, "industry": 0.83])
    }

    /// The 35 Chinese documents: floors at the measured scores, at or above those issue 11 asks
    /// (figure 0.85, full 0.70, event 0.80, zone 0.80, industry 0.70).
    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: dev-corpus scoring skipped"))
    func chineseDevDocumentsMeetTheFloors() throws {
        try expectFloors(chinese: true, count: 35, ["figure": 0.89, "full": 0.70, "event": 0.85, "zone": 0.87, "industry": 0.78])
    }

    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: the scorer is missing"))
    func samplesMatchTheirGold() throws {
        let (predictions, _) = try extractAll(in: Fixtures.samplesFolder)
        let score = try Fixtures.score(gold: Fixtures.samplesFolder.appendingPathComponent("gold.jsonl"), predictions: predictions)
        for kind in ["figure", "event", "zone", "industry"] {
            let f1 = try #require(score[kind]?["f1"])
            #expect(f1 >= 0.9, "samples: \(kind) F1 \(f1)")
        }
        #expect((score["full"]?["f1"] ?? 0) >= 0.85)
    }

    @Test(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: the scorer is missing"))
    func chineseFixturesMatchTheirGold() throws {
        let folder = Fixtures.chineseSamplesFolder
        let (predictions, _) = try extractAll(in: folder)
        let score = try Fixtures.score(gold: folder.appendingPathComponent("gold.jsonl"), predictions: predictions)
        for kind in ["figure", "full", "event", "zone", "industry"] {
            let f1 = try #require(score[kind]?["f1"])
            #expect(f1 >= 0.99, "Chinese fixtures: \(kind) F1 \(f1)")
        }
    }

    @Test func everyQuoteIsTheTextAtItsSpan() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path) where !name.hasSuffix(".jsonl") {
            let bytes = try Fixtures.sample(name)
            for fact in try Extractor().extract(bytes, documentID: name).facts {
                let span = fact.evidence.span
                #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == fact.evidence.quote, "\(name): \(fact)")
            }
        }
    }
}
