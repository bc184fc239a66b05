import Testing
import ZonebaseExtraction
import ZonebaseModel

/// The reference time of a passage: titles, headings and leads frame the figures under them; a
/// sentence's own time always wins; stocks, vague spans and event dates take no frame.
@Suite struct TimeFrameTests {
    private func extract(_ text: String) -> DocumentFacts {
        Extractor().extract(text: text, documentID: "t")
    }

    @Test func aTitleWithAYearDatesTheResultsBelowIt() throws {
        let facts = extract("""
            Growth of Ningbo Bonded Logistics Park in 2019

            Posted: 2020-03-02

            The park's general public budget revenue came to 2.4 billion yuan.

            In 2018, its industrial output value was 31 billion yuan.
            """)
        let revenue = try #require(facts.figure(quoting: "2.4 billion"))
        #expect(revenue.period?.description == "2019")
        #expect(revenue.periodSource == .title)
        let output = try #require(facts.figure(quoting: "31 billion"))
        #expect(output.period?.description == "2018", "the sentence's own time wins over the title")
        #expect(output.periodSource == .sentence)
    }

    @Test func aLeadWithoutFiguresFramesTheReportUntilAnotherTimeIsStated() throws {
        let facts = extract("""
            Pingfang logistics cluster reports a record year

            Posted: 2024-01-15

            The Pingfang logistics cluster reached new highs in its business last year.

            Its sales revenue grew to 12 billion yuan.

            Tax paid by its firms was 900 million yuan.

            In 2021, the cluster's sales revenue was 8 billion yuan.

            Its tax payment was 600 million yuan.
            """)
        #expect(facts.figure(quoting: "12 billion")?.period?.description == "2023")
        #expect(facts.figure(quoting: "12 billion")?.periodSource == .lead)
        #expect(facts.figure(quoting: "900 million")?.period?.description == "2023")
        #expect(facts.figure(quoting: "600 million")?.period?.description == "2021")
    }

    @Test func stocksVagueSpansAndEventDatesTakeNoFrame() throws {
        let facts = extract("""
            Review of Yinhe Technology Park in 2022

            The Yinhe Technology Park now covers 12.5 square kilometers.

            Over the years, the park has attracted investment of 40 billion yuan.

            In May 2015, its first customs warehouse was put into operation.

            Its accumulated investment has reached 55 billion yuan.
            """)
        #expect(facts.figure(quoting: "12.5 square")?.period == nil)
        #expect(facts.figure(quoting: "40 billion")?.period == nil)
        #expect(facts.figure(quoting: "55 billion")?.period == nil)
    }

    @Test func aDeadlineFramesNothingAfterIt() throws {
        let facts = extract("""
            Yinhe Technology Park plan

            By 2030, the park will reach an output value of 90 billion yuan.

            Its revenue was 20 billion yuan.
            """)
        #expect(facts.figure(quoting: "90 billion")?.status == .target)
        #expect(facts.figure(quoting: "20 billion")?.period == nil)
    }

    @Test func monthSpansAndComparisonBases() throws {
        let facts = extract("""
            In 2019, the Hexi Cargo Park handled exports of 4 billion yuan in the January-May period.
            Its imports and exports rose by 8 percent compared to the same period in 2018.
            """)
        #expect(facts.figure(quoting: "4 billion")?.period?.description == "2019-01/2019-05")
        #expect(facts.figure(quoting: "8 percent")?.period?.description != "2018", "the comparison base dates nothing")
    }

    @Test func boundsAfterTheNumberAndEstimates() throws {
        let facts = extract("""
            In 2019, the other parks of the Hexi zone grew at 12% or higher, and the Hexi Cargo Park had an
            estimated revenue of 7.5 billion yuan; its output topped 20 billion yuan.
            """)
        #expect(facts.figure(quoting: "12%")?.bound == .atLeast)
        #expect(facts.figure(quoting: "7.5 billion")?.bound == .approx)
        #expect(facts.figure(quoting: "7.5 billion")?.status == .actual)
        #expect(facts.figure(quoting: "20 billion")?.bound == .atLeast)
    }

    @Test func aTimeOpeningAParagraphFramesTheParagraphsAfterIt() throws {
        let facts = extract("""
            Yinhe Technology Park

            Last year, the Yinhe Technology Park grew fast, with its output value exceeding 30 billion yuan.
            In particular, its exports were estimated to have reached 2 billion dollars.

            Its revenue from new materials rose to 9 billion yuan, accounting for 30 percent of the total.

            Another 12 new enterprises settled in the park, which account for 20 percent of the city's total.
            """)
        // The page states no date, so "last year" cannot be resolved: nothing is dated.
        #expect(facts.figure(quoting: "9 billion")?.period == nil)
        let dated = extract("""
            Updated: 2023-01-19

            Last year, the Yinhe Technology Park grew fast, with its output value exceeding 30 billion yuan.
            In particular, its exports were estimated to have reached 2 billion dollars.

            Its revenue from new materials rose to 9 billion yuan, accounting for 30 percent of the total.

            Another 12 new enterprises settled in the park, which account for 20 percent of the city's total.
            """)
        #expect(dated.figure(quoting: "30 billion")?.period?.description == "2022")
        #expect(dated.figure(quoting: "2 billion")?.bound == .approx)
        #expect(dated.figure(quoting: "9 billion")?.period?.description == "2022")
        #expect(dated.figure(quoting: "12 new enterprises")?.period?.description == "2022", "new things are a flow")
        #expect(dated.figure(quoting: "20 percent")?.period?.description == "2022")
    }

    @Test func goalsOfAPlanParagraphShareItsDeadlineAndForecastsStayForecasts() throws {
        let facts = extract("""
            By 2030, the Hexi Cargo Park's revenue will reach 50 billion yuan. Certified high-tech enterprises \
            will reach 400.

            It is projected that by 2028 its exports will reach 9 billion yuan, about 20 times the 2015 amount.
            """)
        let count = try #require(facts.figures.first { $0.value == 400 })
        #expect(count.status == .target && count.period?.description == "2030")
        let exports = try #require(facts.figure(quoting: "9 billion"))
        #expect(exports.status == .expected, "a forecast word further back wins over 'will'")
        #expect(exports.period?.description == "2028")
    }
}
