import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseTestSupport

/// The facts the five seed documents of `../shared/corpus/dev` must yield (issue 2). Skipped, with a
/// message, where `../shared` is not checked out.
@Suite(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: seed-document tests skipped"))
struct SeedDocumentTests {
    private func extract(_ prefix: String) throws -> DocumentFacts {
        let document = try #require(try Fixtures.devDocument(startingWith: prefix))
        return try Extractor().extract(document.bytes, documentID: document.id)
    }

    @Test func leshanNationalApprovalFoundingFiguresAndTargets() throws {
        let facts = try extract("000_")
        let approval = try #require(facts.events.first { $0.kind == .nationalApproval })
        #expect(approval.date.description == "2012-08-28")  // the year follows from 1996 + 16 years
        #expect(approval.authority == "State Council")
        #expect(facts.events.contains { $0.kind == .established && $0.date.description == "1996" })
        for (quote, metric) in [("44.53-bln", Metric.outputValue), ("17.28-bln", .addedValue), ("4.82-bln", .profitTax)] {
            let figure = try #require(facts.figure(quoting: quote))
            #expect(figure.metric == metric)
            #expect(figure.period?.description == "2011")
            #expect(figure.subject.hasPrefix("Leshan"))
        }
        let targets = facts.figures.filter { $0.status == .target }
        #expect(targets.count == 4)
        #expect(targets.allSatisfy { $0.period?.description == "2011/2015" })
        #expect(facts.figure(quoting: "100-bln")?.bound == .atLeast)
        #expect(facts.zones.first { $0.name.hasPrefix("Leshan") }?.level == .national)
    }

    @Test func luzhouAreaFoundingAndApproval() throws {
        let facts = try extract("001_")
        #expect(facts.figure(quoting: "202-square-kilometer")?.value == 202)
        #expect(facts.events.contains { $0.kind == .established && $0.date.description == "2013-09" })
        #expect(facts.events.contains { $0.kind == .nationalApproval && $0.date.description == "2015-02" })
        #expect(facts.figure(quoting: "$7.43 billion")?.isConversion == true)
        #expect(Set(facts.industries.map(\.name)).isSuperset(of: ["intelligent grids", "big data", "auto parts"]))
    }

    @Test func chenzhouFiguresWithGrowthAndTargets() throws {
        let facts = try extract("003_")
        let actual2013 = facts.figures.filter { $0.period?.description == "2013" && $0.status == .actual }
        #expect(Set(actual2013.map(\.value)).isSuperset(of: [241_100_000_000, 37.6, 4_400_000_000, 29.6, 52_500_000_000, 19]))
        #expect(actual2013.allSatisfy { $0.subject.hasPrefix("Chenzhou") })
        let targets2014 = facts.figures.filter { $0.status == .target && $0.period?.description == "2014" }
        #expect(targets2014.contains { $0.value == 20 && $0.bound == .atLeast && $0.aspect == .growth })
        #expect(targets2014.contains { $0.value == 16 && $0.metric == .addedValue && $0.aspect == .growth })
    }

    @Test func baiyinEventsAndExpectedFigures() throws {
        let facts = try extract("004_")
        let dates = Dictionary(uniqueKeysWithValues: facts.events.map { ($0.kind, $0.date.description) })
        #expect(dates == [.established: "2001-10", .constructionStart: "2002-07", .provincialApproval: "2006-07",
                          .nationalApproval: "2010-09"])
        let output = try #require(facts.figure(quoting: "4.03 billion"))
        #expect(output.status == .expected && output.metric == .outputValue)
        let taxes = try #require(facts.figure(quoting: "760 million"))
        #expect(taxes.status == .expected && taxes.metric == .tax)
    }

    @Test func pageChromeIsNotAFact() throws {
        let facts = try extract("000_")
        #expect(!facts.figures.contains { $0.evidence.quote.contains("13001288") || $0.evidence.quote.contains("5100000062") })
    }
}
