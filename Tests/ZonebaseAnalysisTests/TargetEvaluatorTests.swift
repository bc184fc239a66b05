import Testing
import ZonebaseAnalysis
import ZonebaseModel
@testable import ZonebaseAnalysis

@Suite struct TargetEvaluatorTests {
    let today = PartialDate(year: 2026, month: 11)

    @Test func aTargetWithNoLaterActualIsNotYetKnown() throws {
        let target = Facts.figure(.revenue, 100e9, status: .target, bound: .atLeast, period: "2011/2015")
        let assessment = try #require(TargetEvaluator.assess([target], asOf: today).first)
        #expect(assessment.status == .notYetKnown)
        #expect(assessment.deadline == 2015)
        #expect(assessment.latest == nil)
    }

    @Test func anotherMetricNeverJudgesATarget() throws {
        // Output value reached 120 billion in 2015, but the target is revenue.
        let facts = [
            Facts.figure(.revenue, 100e9, status: .target, bound: .atLeast, period: "2011/2015"),
            Facts.figure(.outputValue, 120e9, period: "2015"),
        ]
        #expect(try #require(TargetEvaluator.assess(facts, asOf: today).first).status == .notYetKnown)
    }

    @Test func anActualForTheDeadlineDecidesMetOrMissed() throws {
        let target = Facts.figure(.revenue, 100e9, status: .target, bound: .atLeast, period: "2011/2015")
        let met = TargetEvaluator.assess([target, Facts.figure(.revenue, 101.2e9, period: "2015", document: "doc-b")], asOf: today)
        #expect(met.first?.status == .met)
        let missed = TargetEvaluator.assess([target, Facts.figure(.revenue, 80e9, period: "2015", document: "doc-b")], asOf: today)
        #expect(missed.first?.status == .missed)
        #expect(missed.first?.latest?.value == 80e9)
    }

    @Test func beforeTheDeadlineThePaceDecidesOnTrackOrBehind() throws {
        let target = Facts.figure(.revenue, 100e9, status: .target, bound: .atLeast, period: "2011/2015")
        // 40 → 50 billion in a year is 25 % a year; 100 billion in 2015 needs 26 % a year from 50 in 2012.
        let behind = try #require(TargetEvaluator.assess([
            target, Facts.figure(.revenue, 40e9, period: "2011"), Facts.figure(.revenue, 50e9, period: "2012", document: "doc-b"),
        ], asOf: PartialDate(year: 2013)).first)
        #expect(behind.status == .behind)
        #expect(abs((behind.requiredGrowth ?? 0) - 25.99) < 0.01)
        #expect(abs((behind.achievedGrowth ?? 0) - 25) < 0.001)
        #expect(behind.baseline?.value == 40e9)
        let onTrack = try #require(TargetEvaluator.assess([
            target, Facts.figure(.revenue, 30e9, period: "2011"), Facts.figure(.revenue, 50e9, period: "2012", document: "doc-b"),
        ], asOf: PartialDate(year: 2013)).first)
        #expect(onTrack.status == .onTrack)
        // After the deadline without an actual for it, the pace proves nothing.
        let passed = TargetEvaluator.assess([
            target, Facts.figure(.revenue, 30e9, period: "2011"), Facts.figure(.revenue, 50e9, period: "2012", document: "doc-b"),
        ], asOf: today)
        #expect(passed.first?.status == .notYetKnown)
    }

    @Test func aGrowthTargetIsJudgedByGrowthActuals() throws {
        let target = Facts.figure(.investment, 20, .percent, aspect: .growth, status: .target, bound: .atLeast, period: "2014")
        let met = TargetEvaluator.assess([target, Facts.figure(.investment, 22.5, .percent, aspect: .growth, period: "2014")], asOf: today)
        #expect(met.first?.status == .met)
        let missed = TargetEvaluator.assess([target, Facts.figure(.investment, 15, .percent, aspect: .growth, period: "2014")], asOf: today)
        #expect(missed.first?.status == .missed)
        // Growth derived from two levels when none is stated: 100 → 118 is 18 %.
        let derived = TargetEvaluator.assess([
            target, Facts.figure(.investment, 100e9, period: "2013"), Facts.figure(.investment, 118e9, period: "2014"),
        ], asOf: today)
        #expect(derived.first?.status == .missed)
        #expect(abs((derived.first?.latest?.value ?? 0) - 18) < 1e-9)
    }

    @Test func aShareTargetIsJudgedByShareActuals() throws {
        let target = Facts.figure(.addedValue, 60, .percent, aspect: .share, status: .target, period: "2014")
        let assessment = TargetEvaluator.assess([
            target, Facts.figure(.addedValue, 61.5, .percent, aspect: .share, period: "2014"),
            Facts.figure(.addedValue, 90, .percent, aspect: .growth, period: "2014"),
        ], asOf: today)
        #expect(assessment.first?.status == .met)
        #expect(assessment.first?.latest?.value == 61.5)
    }

    @Test func aCeilingIsReachedFromBelow() {
        #expect(TargetEvaluator.reaches(9, 10, bound: .atMost))
        #expect(!TargetEvaluator.reaches(11, 10, bound: .atMost))
        #expect(TargetEvaluator.reaches(9.9, 10, bound: .approx))
        #expect(!TargetEvaluator.reaches(9.9, 10, bound: .atLeast))
    }
}
