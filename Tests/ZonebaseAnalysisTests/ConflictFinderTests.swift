import Testing
import ZonebaseAnalysis
import ZonebaseModel
@testable import ZonebaseAnalysis

@Suite struct ConflictFinderTests {
    @Test func conflictingApprovalDatesAreBothKeptAndTheGovernmentSourcePreferred() throws {
        let events = [
            Facts.event(.nationalApproval, "2012-08-28", document: "news", location: "http://www.chinadaily.com.cn/a.html"),
            Facts.event(.nationalApproval, "2012-09-03", document: "gov", location: "http://www.sc.gov.cn/b.html"),
            Facts.event(.nationalApproval, "2012-08", document: "copy"),
        ]
        let conflict = try #require(ConflictFinder.eventConflicts(events).first)
        #expect(conflict.readings.count == 2)
        #expect(conflict.readings[0].value == "2012-09-03")
        #expect(conflict.reason == "preferred: government source")
        // The month-only date agrees with one of them: it is counted with it, not as a third reading.
        #expect(conflict.readings.flatMap(\.sources).count == 3)
    }

    @Test func theMorePreciseFigureIsPreferred() throws {
        let figures = [
            Facts.figure(.outputValue, 45e9, period: "2011", document: "a", location: "http://www.sc.gov.cn/x"),
            Facts.figure(.outputValue, 44.53e9, period: "2011", document: "b"),
            Facts.figure(.outputValue, 40e9, period: "2011", document: "c"),
        ]
        let conflict = try #require(ConflictFinder.figureConflicts(figures).first)
        #expect(conflict.readings.first?.value == "44530000000")
        #expect(conflict.reason == "preferred: more precise")
    }

    @Test func roundingIsNoConflict() {
        let figures = [
            Facts.figure(.outputValue, 44.53e9, period: "2011", document: "a"),
            Facts.figure(.outputValue, 44.5e9, period: "2011", document: "b"),
            Facts.figure(.outputValue, 45e9, period: "2011", document: "c"),
        ]
        #expect(ConflictFinder.figureConflicts(figures).isEmpty)
    }

    @Test func valuesWithinOneDocumentOrInDifferentPeriodsAreNoConflict() {
        let figures = [
            Facts.figure(.revenue, 108.86e9, period: "2011", document: "a"),
            Facts.figure(.revenue, 1.48e9, period: "2011", document: "a"),
            Facts.figure(.revenue, 90e9, period: "2010", document: "b"),
            Facts.figure(.revenue, 108.9e9, period: "2011", document: "b"),
        ]
        #expect(ConflictFinder.figureConflicts(figures).isEmpty)
    }

    @Test func sharesOfDifferentMeasuresAreNoConflictButOneMeasureIs() {
        var exports = Facts.figure(.exports, 12, .percent, aspect: .share, period: "2020", document: "doc-a")
        exports.measure = "share of national exports"
        var gdp = Facts.figure(.exports, 3, .percent, aspect: .share, period: "2020", document: "doc-b")
        gdp.measure = "share of national foreign trade"
        #expect(ConflictFinder.figureConflicts([exports, gdp]).isEmpty, "two different shares are not readings of one fact")
        var sameMeasure = gdp
        sameMeasure.measure = exports.measure
        #expect(ConflictFinder.figureConflicts([exports, sameMeasure]).count == 1, "one share, two values: a conflict")
    }

    @Test func datesOneDocumentGivesAreNoConflictDatesTwoGiveAre() {
        let one = [Facts.event(.nationalApproval, "1994-02", document: "doc-a"), Facts.event(.nationalApproval, "2015-10", document: "doc-a")]
        #expect(ConflictFinder.eventConflicts(one).isEmpty, "one page naming two approvals alike is no disagreement")
        let two = [Facts.event(.nationalApproval, "1994-02", document: "doc-a"), Facts.event(.nationalApproval, "1995-06", document: "doc-b")]
        #expect(ConflictFinder.eventConflicts(two).count == 1)
    }

    @Test func aLaterReportIsPreferredAmongEquals() throws {
        let figures = [
            Facts.figure(.revenue, 12.1e9, period: "2011", document: "first", published: "2012-01-10"),
            Facts.figure(.revenue, 12.4e9, period: "2011", document: "correction", published: "2012-03-02"),
        ]
        let conflict = try #require(ConflictFinder.figureConflicts(figures).first)
        #expect(conflict.readings.first?.sources.first?.document == "correction")
        #expect(conflict.reason == "preferred: later report")
    }
}

@Suite struct SourceKindTests {
    @Test func hostsAndPathsClassifyTheSource() {
        #expect(SourceKind(location: "http://WWW.SC.GOV.CN/10462/a.shtml") == .government)
        #expect(SourceKind(location: "https://www.chinadaily.com.cn/business/2012-09/03/content.htm") == .newspaper)
        #expect(SourceKind(location: "https://www.china-briefing.com/news-archive") == .investmentPortal)
        #expect(SourceKind(location: "/home/me/saved/page.txt") == .copy)
        #expect(SourceKind(location: "/archive/news/leshan.txt") == .newspaper)
        #expect(SourceKind.government > SourceKind.newspaper && SourceKind.newspaper > SourceKind.investmentPortal)
        #expect(SourceKind.investmentPortal > SourceKind.copy)
    }
}
