import Testing
import ZonebaseExtraction
import ZonebaseModel

/// What a number measures (the closed metric and the measure as named), and the wordings of zones
/// and industries that unseen pages use.
@Suite struct MeasureAndWordingTests {
    private func extract(_ text: String) -> DocumentFacts {
        Extractor().extract(text: text, documentID: "t")
    }

    @Test func oneMetricTwoMeasures() throws {
        let facts = extract(
            "In 2021, the operating revenue of industrial enterprises above designated size in the Qianhai Port Park "
                + "was 80 billion yuan, and its local general budget revenue was 3 billion yuan.")
        let operating = try #require(facts.figure(quoting: "80 billion"))
        let fiscal = try #require(facts.figure(quoting: "3 billion"))
        #expect(operating.metric == .revenue && fiscal.metric == .revenue)
        #expect(operating.measure == "operating revenue of industrial enterprises above designated size")
        #expect(fiscal.measure == "local general budget revenue")
    }

    @Test func designatedScaleNarrowsAMeasureAndDoesNotNameOne() throws {
        let figure = try #require(figures(in: "The output value of industries above a designated scale rose to 45 billion yuan in 2020.").first)
        #expect(figure.metric == .outputValue)
        #expect(figure.measure == "output value of industries above designated size")
    }

    @Test func theNounAfterARateDecidesItsAspect() throws {
        let found = figures(in: "In 2020, the gross regional product was 60 billion yuan, representing a 6.1% increase.")
        #expect(found.map(\.metric) == [.gdp, .gdp])
        #expect(found.map(\.aspect) == [.level, .growth])
    }

    @Test func aRateOpeningItsSentenceTakesTheMeasureNamedAfterIt() throws {
        let found = figures(in: "With an increase of 9 percent, the tax revenue of the park was 5 billion yuan in 2019.")
        #expect(found.map(\.metric) == [.tax, .tax])
        #expect(found.first?.aspect == .growth)
    }

    @Test func perCapitaRatiosArePatentsAndHighTechCounts() throws {
        let income = try #require(figures(in: "In 2020, per capita income of residents rose by 7 percent.").first)
        #expect(income.metric == .other)
        let patents = try #require(figures(in: "The park filed 3,200 patent applications in 2020.").first)
        #expect(patents.metric == .patents)
        let hitech = try #require(figures(in: "By the end of 2020, the number of high-tech enterprises reached 210.").first)
        #expect(hitech.metric == .hitechEnterprises)
    }

    @Test func namesThatAreNotZonesAndZonesNamedDistricts() throws {
        let facts = extract("""
            Province Approves State-Level Economic Development Zone in Korla

            Time zone: UTC+8

            The Hanjiang New District and the Wulin Development District are both on East Hangzhou Road.
            Gaoping Hi-tech Industrial Development Zone and Gaoping Economic and Technological Development Zone grew.
            """)
        let names = facts.zones.map(\.name)
        #expect(!names.contains { $0.hasPrefix("Approves") || $0.hasPrefix("Province") })
        #expect(!names.contains("Time zone"))
        #expect(names.contains("Hanjiang New District"))
        #expect(names.contains("Wulin Development District"))
        #expect(names.contains("Gaoping Hi-tech Industrial Development Zone"))
        #expect(names.contains("Gaoping Economic and Technological Development Zone"))
        #expect(!names.contains { $0.contains(" and Gaoping") })
        #expect(facts.zones.allSatisfy { $0.province != "Zhejiang" }, "a street named after Hangzhou places nothing in Zhejiang")
    }

    @Test func industriesInTheirManyWordings() throws {
        let noted = extract("Qiantang Port Park is noted for its shipbuilding, marine equipment and cold-chain logistics.")
        #expect(Set(noted.industries.map(\.name)) == ["shipbuilding", "marine equipment", "cold-chain logistics"])
        let pillars = extract("Qiantang Port Park has four pillar industries: textiles, printing and dyeing, chemicals, as well as paper making.")
        #expect(pillars.industries.map(\.name).contains("paper making"))
        #expect(pillars.industries.map(\.name).contains("printing and dyeing"))
        let focus = extract("Qiantang Port Park focuses on advanced manufacturing and modern logistics industries.")
        #expect(Set(focus.industries.map(\.name)) == ["advanced manufacturing", "modern logistics"])
        let other = extract("Qiantang Port Park's industry covers robotics, new materials and other industries.")
        #expect(Set(other.industries.map(\.name)) == ["robotics", "new materials"])
        let clauses = extract("Qiantang Port Park focuses on optimizing services, improving roads and attracting talent.")
        #expect(clauses.industries.isEmpty)
        let plan = extract("Qiantang Port Park is planning to build a marine town, focusing on ship design and marine tourism.")
        #expect(plan.industries.isEmpty, "a plan's focus is not the zone's industries")
        let clauseAfter = extract(
            "Qiantang Port Park's pillar industries are textiles, chemicals, as well as the design, testing and marketing of new fibres.")
        #expect(Set(clauseAfter.industries.map(\.name)) == ["textiles", "chemicals"])
    }

    @Test func fractionsScaledPeopleAndLongZoneCounts() throws {
        let facts = extract("""
            In 2020, the parks of Hunan made 1/3 of the province's revenue and nearly 2/3 of its added value; their
            output was one tenth of the national total. By 2030, the population of the Xiangjiang New Area will
            grow to 1.5 million. By the end of 2020, Hunan had 8 state-level economic and technological development zones.
            """)
        #expect(abs((facts.figure(quoting: "1/3")?.value ?? 0) - 100.0 / 3) < 1e-9)
        #expect(facts.figure(quoting: "2/3")?.bound == .approx)
        #expect(facts.figure(quoting: "one tenth")?.value == 10)
        let people = try #require(facts.figure(quoting: "1.5 million"))
        #expect(people.metric == .population && people.value == 1_500_000 && people.status == .target)
        let zones = try #require(facts.figure(quoting: "8 state-level"))
        #expect(zones.metric == .other && zones.unit == .count)
    }

    @Test func theSameNumberForTwoPeriodsIsTwoFacts() throws {
        let facts = extract("""
            By 2025, the built-up area of the Hexi Cargo Park will reach 40 square kilometers.
            During the 14th Five-Year Plan period, its built-up area will be around 40 square kilometers.
            """)
        #expect(facts.figures.filter { $0.value == 40 }.count == 2)
    }

    @Test func elidedVerbsBareCountsAndResearchSpending() throws {
        let facts = extract("""
            In 2021, the Hexi Cargo Park's fiscal revenue grew 8 percent to 900 million yuan, while its imports soared 30 percent \
            to 2.1 billion yuan and exports, 12 percent to 1.4 billion yuan.
            By 2025, research and development expenditure will take up 4 percent of its GDP, certified high-tech enterprises \
            will reach 300 and listed companies will reach 12.
            """)
        #expect(facts.figure(quoting: "30 percent")?.metric == .other, "imports alone are other")
        #expect(facts.figure(quoting: "12 percent")?.aspect == .growth)
        #expect(facts.figure(quoting: "12 percent")?.metric == .exports)
        #expect(facts.figure(quoting: "4 percent")?.metric == .rdSpending)
        let hitech = try #require(facts.figures.first { $0.value == 300 })
        #expect(hitech.metric == .hitechEnterprises && hitech.status == .target)
        #expect(facts.figures.first { $0.value == 12 && $0.unit == .count }?.metric == .enterprises)
    }
}
