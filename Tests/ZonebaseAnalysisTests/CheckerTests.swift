import Testing
import ZonebaseAnalysis
import ZonebaseModel
@testable import ZonebaseAnalysis

@Suite struct CheckerTests {
    let consistentFigures = [
        Facts.figure(.outputValue, 44.53e9, period: "2011"),
        Facts.figure(.addedValue, 17.28e9, period: "2011"),
        Facts.figure(.enterprises, 177, .count, period: "2011"),
        Facts.figure(.hitechEnterprises, 32, .count, period: "2011"),
        Facts.figure(.revenue, 50e9, period: "2010"),
        Facts.figure(.revenue, 60e9, period: "2011"),
        Facts.figure(.revenue, 20, .percent, aspect: .growth, period: "2011"),
        Facts.figure(.revenue, 62, .percent, aspect: .share, period: "2011"),
        Facts.figure(.investment, 50e9, period: "2011", sentence: "s", at: 10),
        Facts.figure(.investment, 7.43e9, .usd, period: "2011", conversion: true, sentence: "s", at: 30),
    ]
    let consistentEvents = [Facts.event(.established, "1996"), Facts.event(.nationalApproval, "2012-08-28")]

    @Test func consistentFactsPass() {
        #expect(Checker.check(figures: consistentFigures, events: consistentEvents).isEmpty)
    }

    @Test func eachPlantedInconsistencyIsFlaggedByItsRule() {
        let planted: [(String, [Observation], [EventObservation])] = [
            ("added-value-within-output", [Facts.figure(.addedValue, 50e9, period: "2011", document: "b")], []),
            ("hitech-within-enterprises", [Facts.figure(.hitechEnterprises, 300, .count, period: "2011", document: "b")], []),
            ("share-at-most-100", [Facts.figure(.exports, 130, .percent, aspect: .share, period: "2011")], []),
            ("growth-matches-levels", [Facts.figure(.revenue, 45, .percent, aspect: .growth, period: "2011", document: "b")], []),
            ("national-after-founding", [], [Facts.event(.nationalApproval, "1995", document: "b")]),
            // "100 billion yuan ($14.93 million)"
            ("plausible-exchange-rate", [
                Facts.figure(.revenue, 100e9, period: "2015", document: "c", sentence: "t", at: 0),
                Facts.figure(.revenue, 14.93e6, .usd, period: "2015", conversion: true, document: "c", sentence: "t", at: 20),
            ], []),
        ]
        for (rule, figures, events) in planted {
            let violations = Checker.check(figures: consistentFigures + figures, events: consistentEvents + events)
            #expect(violations.map(\.rule) == [rule], "\(rule): \(violations.map(\.detail))")
            #expect(violations.first.map { !$0.figures.isEmpty || !$0.events.isEmpty } == true)
        }
    }

    @Test func datesComparedOnlyAtTheirSharedPrecision() {
        #expect(!Checker.isBefore(PartialDate(year: 2012), PartialDate(year: 2012, month: 8)))
        #expect(Checker.isBefore(PartialDate(year: 2012, month: 7), PartialDate(year: 2012, month: 8, day: 1)))
    }

    @Test func rulesAreData() {
        #expect(Set(CheckRule.standard.map(\.id)).count == CheckRule.standard.count)
        #expect(CheckRule.standard.allSatisfy { !$0.message.isEmpty })
    }
}
