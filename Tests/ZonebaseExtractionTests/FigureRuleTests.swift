import Testing
import ZonebaseExtraction
import ZonebaseModel

@Suite struct FigureRuleTests {
    @Test func growthAndLevelShareTheMetricOfTheirSentence() throws {
        let found = figures(in: "In 2013, the tax payment of Chenzhou city's industrial parks reached 4.4 billion yuan, up 29.6%.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.metric == .tax && $0.period?.description == "2013" })
        #expect(found.map(\.aspect) == [.level, .growth])
        #expect(found[0].subject.hasPrefix("Chenzhou"))
    }

    /// Declines are growths with a negative value (the corpus convention); a rate something fell
    /// to, a range and a rise are not.
    @Test(arguments: [
        ("In 2020 the revenue of the zone fell 3.2% to 10 billion yuan.", -3.2, "3.2%"),
        ("In 2020 the zone's exports were down 7.3% year on year.", -7.3, "7.3%"),
        ("In 2020 the zone's exports grew -3.2% on the year before.", -3.2, "-3.2%"),
        ("In 2020 the zone's revenue recorded a 4.1% drop.", -4.1, "4.1%"),
        ("In 2020 the growth rate of the zone's revenue declined to 4.8%.", 4.8, "4.8%"),
        ("In 2020 the zone's revenue rose 5.5% year on year.", 5.5, "5.5%"),
    ])
    func aDeclineIsANegativeGrowth(sentence: String, value: Double, quote: String) throws {
        let growth = try #require(figures(in: sentence).first { $0.aspect == .growth }, "\(sentence)")
        #expect(growth.value == value, "\(sentence)")
        #expect(growth.evidence.quote == quote, "\(sentence)")
    }

    @Test func targetsAndBoundsComeFromTheWordsBeforeTheNumber() throws {
        let target = try #require(figures(in: "By 2015 the total revenue of the park will break through 100 billion yuan.").first)
        #expect(target.status == .target)
        #expect(target.bound == .atLeast)
        #expect(target.metric == .revenue)
        let expected = try #require(figures(in: "The projects are expected to generate 760 million yuan in taxes.").first)
        #expect(expected.status == .expected)
        #expect(expected.metric == .tax)
        let approximate = try #require(figures(in: "Operating income was about 466.53 billion yuan.").first)
        #expect(approximate.bound == .approx)
        let atMost = try #require(figures(in: "The parks occupy no more than 2% of the island.").first)
        #expect(atMost.bound == .atMost)
    }

    @Test func sharesAndConversions() throws {
        let found = figures(in: "In 2022 foreign trade totaled 10.3 trillion yuan (about 1.45 trillion U.S. dollars), accounting for 25 percent of the total.")
        #expect(found.count == 3)
        #expect(found[1].isConversion && found[1].unit == .usd && found[1].bound == .approx)
        #expect(found[2].aspect == .share && found[2].metric == .other)
        #expect(found.allSatisfy { $0.period?.description == "2022" })
    }

    @Test func absoluteChangesAreGrowthInTheirOwnUnit() throws {
        let found = figures(in: "In 2011 the zone's revenue reached 108.86 billion yuan, a net increase of 18.26 billion yuan.")
        #expect(found.map(\.aspect) == [.level, .growth])
        #expect(found[1].unit == .cny && found[1].metric == .revenue)
    }

    @Test func stocksWithoutTheirOwnTimeHaveNoPeriod() throws {
        let text = "In 2017, the district's GDP totaled 32.2 billion yuan. The district covers 712 square kilometers."
        let found = figures(in: text)
        #expect(found.first { $0.metric == .area }?.period == nil)
        #expect(found.first { $0.metric == .gdp }?.period?.description == "2017")
    }

    @Test(arguments: [
        ("In the first three quarters of 2023, GDP reached 100 billion yuan.", "2023-01/2023-09"),
        ("In the first half of 2024, GDP reached 100 billion yuan.", "2024-01/2024-06"),
        ("By the end of 2018, GDP reached 100 billion yuan.", "2018-12"),
        ("During the twelfth five-year period, GDP will reach 100 billion yuan.", "2011/2015"),
        ("From January to August of 2018, investment reached 6.5 billion yuan.", "2018-01/2018-08"),
        ("From 2012 to 2022, GDP reached 100 billion yuan.", "2012/2022"),
    ])
    func periodsAreResolved(sentence: String, period: String) throws {
        let figure = try #require(figures(in: sentence).first)
        #expect(figure.period?.description == period)
    }

    @Test func relativeTimesUseTheDocumentsOwnDate() throws {
        let text = "Updated: 2021-03-10\n\nLast year the parks' tax revenue reached 39.53 billion yuan.\n\nOver the next decade the zone is expected to generate 25 percent of the GDP."
        let facts = Extractor().extract(text: text, documentID: "t")
        #expect(facts.publishedDate?.description == "2021-03-10")
        #expect(facts.figure(quoting: "39.53")?.period?.description == "2020")
        #expect(facts.figure(quoting: "25 percent")?.period?.description == "2021/2031")
    }

    @Test func theDocumentsDatelineNeverDatesAFigure() throws {
        let text = "BEIJING, Dec. 12, 2023 -- The zones now number 178 high-tech zones."
        let figure = try #require(figures(in: text).first)
        #expect(figure.period == nil)
    }
}

@Suite struct EventAndZoneRuleTests {
    @Test func aZoneSetUpByAnApprovalGetsBothEvents() throws {
        let text = "Suzhou Industrial Park was launched in February 1994 with the approval of the State Council."
        let facts = Extractor().extract(text: text, documentID: "t")
        let kinds = Set(facts.events.map { "\($0.kind.rawValue) \($0.date)" })
        #expect(kinds == ["established 1994-02", "national_approval 1994-02"])
        let zone = try #require(facts.zones.first)
        #expect(zone.level == .national)
        #expect(zone.province == "Jiangsu")  // Suzhou in Jiangsu, not Suzhou in Anhui
    }

    @Test func theFollowingYearAndTheSameYearAreResolved() {
        let text = "The zone was founded in Oct 2001. Construction started in July the following year. "
            + "It merged with a park in February 2012 and was upgraded to a national zone in October of the same year."
        let dates = events(in: "Baiyin High-tech Zone. " + text).map { "\($0.kind.rawValue) \($0.date)" }
        #expect(dates.contains("established 2001-10"))
        #expect(dates.contains("construction_start 2002-07"))
        #expect(dates.contains("national_approval 2012-10"))
    }

    @Test func plansAndDeadlinesAreNotEvents() {
        #expect(events(in: "By 2025, a free port system should be set up on the island.").isEmpty)
        #expect(events(in: "The city established an innovation platform.").isEmpty)
    }

    @Test func listedIndustriesAreSplitAsTheTextDelimitsThem() {
        let text = "Luzhou Hi-tech Zone has forged industrial clusters of intelligent grids, big data, new energy, new materials and auto parts."
        let names = Extractor().extract(text: text, documentID: "t").industries.map(\.name)
        #expect(names == ["intelligent grids", "big data", "new energy", "new materials", "auto parts"])
        let withPairs = "The Baiyin zone focuses on the development of non-ferrous metals, chemicals and fine chemicals, in addition to bio-medicine, and modern processing and manufacturing."
        #expect(Extractor().extract(text: withPairs, documentID: "t").industries.map(\.name)
            == ["non-ferrous metals", "chemicals and fine chemicals", "bio-medicine", "modern processing and manufacturing"])
    }
}

@Suite struct PhrasingTests {
    @Test func apostrophesInsidePlaceNamesKeepTheZoneWhole() throws {
        let facts = Extractor().extract(text: "Xi'an High-tech Industrial Development Zone's revenue rose 12.5 percent in 2020.", documentID: "t")
        #expect(facts.zones.map(\.name) == ["Xi'an High-tech Industrial Development Zone"])
        #expect(facts.zones.first?.province == "Shaanxi")
        #expect(facts.figures.first?.subject == "Xi'an High-tech Industrial Development Zone")
    }

    @Test func theSamePeriodLastYearIsOnlyAComparison() throws {
        let text = "Updated: 2021-07-20\n\nIn the first half of 2021, GDP reached 50 billion yuan. Fixed-asset investment rose by 15 percent over the same period last year."
        let figure = try #require(Extractor().extract(text: text, documentID: "t").figure(quoting: "15 percent"))
        #expect(figure.period?.description == "2021-01/2021-06")
        #expect(figure.metric == .investment && figure.aspect == .growth)
    }

    @Test func fortuneGlobal500IsALabel() {
        #expect(figures(in: "There are currently 35 Fortune Global 500 companies operating in the zone.").map(\.value) == [35])
    }

    @Test func theZoneMeansTheZoneItsParagraphOpenedWith() {
        let text = "Luzhou Hi-tech Zone is in Sichuan. Luzhou Hi-tech Zone grows.\n\nThe Zigong High-tech Zone reported figures. The zone attracted 126 projects in 2020."
        let figure = figures(in: text).first
        #expect(figure?.subject == "Zigong High-tech Zone")
    }
}

@Suite struct TopicTests {
    @Test func aNamedZoneIsTheTopicOverAGroupNamedInPassing() throws {
        let text = "Approved as one of the first national high-tech zones in 1991, Wuhan East Lake High-tech Development Zone covers 518 square kilometers."
        let figure = try #require(figures(in: text).first { $0.metric == .area })
        #expect(figure.subject == "Wuhan East Lake High-tech Development Zone")
        #expect(figure.period == nil)
    }

    @Test func aStockDoesNotTakeATimeStatedAfterItForSomethingElse() throws {
        let text = "Updated: 2022-03-03\n\nThe zone is home to 4,000 high-tech enterprises and attracted US$1.2 billion of foreign direct investment last year."
        let facts = Extractor().extract(text: text, documentID: "t")
        #expect(facts.figure(quoting: "4,000")?.period == nil)
        #expect(facts.figure(quoting: "US$1.2 billion")?.period?.description == "2021")
    }
}

@Suite struct ClassAndTimeTests {
    @Test func eachWorthMoreThanIsAClassEvenAfterAComma() {
        let found = figures(in: "Some 20 new projects, each worth more than 100 million yuan, were signed in 2018, with a total investment of 32 billion yuan.")
        #expect(found.map(\.value) == [20, 32_000_000_000])
        #expect(found.allSatisfy { $0.period?.description == "2018" })
        #expect(found.first?.bound == .approx)
    }

    @Test func anOpeningTimeDatesTheWholeSentence() {
        let found = figures(in: "From January to August of 2018, the zone received 6.50 billion yuan, of which 2.32 billion yuan was for projects signed in 2017.")
        #expect(found.map { $0.period?.description } == ["2018-01/2018-08", "2018-01/2018-08"])
    }

    @Test func muConvertsExactly() {
        #expect(figures(in: "The built-up area is 30,000 mu.").first?.value == 20)
    }
}
