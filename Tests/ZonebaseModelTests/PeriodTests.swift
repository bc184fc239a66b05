import Testing
import ZonebaseModel

@Suite struct PeriodTests {
    @Test(arguments: [
        (PartialDate(year: 2012, month: 8, day: 28), "2012-08-28"),
        (PartialDate(year: 2010, month: 9), "2010-09"),
        (PartialDate(year: 1996), "1996"),
        (PartialDate(year: 2010, month: 13, day: 5), "2010"),
    ])
    func partialDateIsWrittenAsPreciselyAsKnown(date: PartialDate, expected: String) {
        #expect(date.description == expected)
    }

    @Test(arguments: ["2011", "2018-12", "2023-01/2023-09", "2011/2015", "2018-08-31"])
    func exchangeSpellingRoundTrips(text: String) throws {
        let period = try #require(Period(exchange: text))
        #expect(period.description == text)
    }

    @Test(arguments: ["", "20", "2011/", "abcd", "2011-xx", "2011/2012/2013"])
    func malformedPeriodsAreRejected(text: String) {
        #expect(Period(exchange: text) == nil)
    }

    @Test func equalEndsCollapseToOnePoint() {
        let period = Period(start: PartialDate(year: 2011), end: PartialDate(year: 2011))
        #expect(period.end == nil)
        #expect(Period.months(2023, 1, 9).description == "2023-01/2023-09")
    }

    @Test func datesOrderByYearThenMonthThenDay() {
        #expect(PartialDate(year: 2010) < PartialDate(year: 2010, month: 1))
        #expect(PartialDate(year: 2010, month: 9) < PartialDate(year: 2011))
        #expect(PartialDate(year: 2012, month: 8, day: 19) < PartialDate(year: 2012, month: 8, day: 28))
    }
}
