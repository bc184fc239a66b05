import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel

/// The Chinese rules, in the project's own sentences: numbers and scales, units, periods, status
/// and bound, aspects, zone names, events, industries, traditional characters and GBK pages.
@Suite struct ChineseExtractionTests {
    private func facts(_ text: String) -> DocumentFacts { Extractor().extract(text: text, documentID: "zh") }

    @Test func scalesAndNumeralsAreReadInBaseUnits() throws {
        let page = facts("""
            乐山高新区简介
            2022年,乐山高新区实现营业收入1.06万亿元,同比增长8.6%。全区工业总产值600个亿。园区新引进企业十余家,高新技术产业产值占比三成。
            """)
        #expect(page.language == "zh")
        let revenue = try #require(page.figure(quoting: "1.06万亿元"))
        #expect(revenue.value == 1.06e12 && revenue.unit == .cny && revenue.metric == .revenue && revenue.measure == "营业收入")
        #expect(revenue.period == Period(start: PartialDate(year: 2022)))
        let growth = try #require(page.figure(quoting: "8.6%"))
        #expect(growth.aspect == .growth && growth.metric == .revenue && growth.value == 8.6)
        let output = try #require(page.figure(quoting: "600个亿"))
        #expect(output.value == 6e10 && output.metric == .outputValue)
        let count = try #require(page.figure(quoting: "十余家"))
        #expect(count.value == 10 && count.metric == .enterprises && count.bound == .atLeast)
        let share = try #require(page.figure(quoting: "三成"))
        #expect(share.value == 30 && share.unit == .percent && share.aspect == .share)
    }

    @Test func areasAreSquareKilometresAndPointsAreNoFigures() throws {
        let page = facts("高新区规划面积12.5平方公里,其中起步区300公顷,另有农业用地1500亩。研发投入强度提高0.5个百分点。")
        #expect(page.figure(quoting: "12.5平方公里")?.value == 12.5)
        #expect(page.figure(quoting: "300公顷")?.value == 3)
        let mu = try #require(page.figure(quoting: "1500亩"))
        #expect(abs(mu.value - 1.0) < 0.001 && mu.unit == .squareKilometres)
        #expect(page.figure(quoting: "0.5") == nil)
    }

    @Test func relativeYearsAndPartsOfTheYearFollowThePagesDate() throws {
        let page = facts("""
            发布时间:2023-02-08
            去年,成都高新区完成固定资产投资520亿元。今年1-9月,实际利用外资12亿美元;上半年出口下降3.6%。
            """)
        #expect(page.publishedDate == PartialDate(year: 2023, month: 2, day: 8))
        #expect(page.figure(quoting: "520亿元")?.period == Period(start: PartialDate(year: 2022)))
        let foreign = try #require(page.figure(quoting: "12亿美元"))
        #expect(foreign.unit == .usd && foreign.metric == .investment)
        #expect(foreign.period == Period(start: PartialDate(year: 2023, month: 1), end: PartialDate(year: 2023, month: 9)))
        let exports = try #require(page.figure(quoting: "3.6%"))
        #expect(exports.value == -3.6 && exports.metric == .exports && exports.aspect == .growth)
        #expect(exports.period == Period(start: PartialDate(year: 2023, month: 1), end: PartialDate(year: 2023, month: 6)))
    }

    @Test func plansDeadlinesAndForecastsAreGoals() throws {
        let page = facts("""
            “十四五”期间,园区规模以上工业增加值年均增长10%。到2025年,营业收入力争突破1000亿元。预计全年实现税收约30亿元。
            """)
        let plan = try #require(page.figure(quoting: "10%"))
        #expect(plan.period == FiveYearPlansPeriod.fourteenth && plan.metric == .addedValue)
        let goal = try #require(page.figure(quoting: "1000亿元"))
        #expect(goal.status == .target && goal.bound == .atLeast && goal.period == Period(start: PartialDate(year: 2025)))
        let forecast = try #require(page.figure(quoting: "30亿元"))
        #expect(forecast.status == .expected && forecast.bound == .approx && forecast.metric == .tax)
    }

    @Test func sharesTakeThePartsMeasureAndThresholdsAreSkipped() throws {
        let page = facts("2021年,高新区实现地区生产总值300亿元,占全市比重达25%;营收10亿元以上企业12家,贡献了全市40%的税收。")
        #expect(page.figure(quoting: "25%")?.metric == .gdp)
        #expect(page.figure(quoting: "25%")?.aspect == .share)
        #expect(page.figure(quoting: "40%")?.metric == .tax)
        #expect(page.figure(quoting: "10亿元") == nil, "an amount that only names a class is no figure")
        #expect(page.figure(quoting: "12家")?.metric == .enterprises)
    }

    @Test func zonesAreNamedByTheirSuffixAndShortFormsJoinFullOnes() throws {
        let page = facts("""
            乐山高新技术产业开发区是国家级高新区。乐山高新区位于四川省乐山市,区内有电子信息产业园和新材料产业园。
            """)
        let names = page.zones.map(\.name)
        #expect(names.contains("乐山高新技术产业开发区"))
        #expect(!names.contains("乐山高新区"), "the short form is the same zone")
        let leshan = try #require(page.zones.first { $0.name == "乐山高新技术产业开发区" })
        #expect(leshan.type == .highTech && leshan.level == .national)
        #expect(page.zones.contains { $0.name == "电子信息产业园" && $0.type == .industrialPark })
    }

    @Test func traditionalCharactersReadLikeSimplifiedOnesAndKeepTheirBytes() throws {
        let simplified = facts("2010年,郑州经济技术开发区实现工业增加值28亿元,同比增长18%。")
        let traditional = facts("2010年,鄭州經濟技術開發區實現工業增加值28億元,同比增長18%。")
        #expect(simplified.figures.map(\.value) == traditional.figures.map(\.value))
        #expect(simplified.figures.map(\.metric) == traditional.figures.map(\.metric))
        #expect(traditional.figures.first?.evidence.quote == "28億元")
        #expect(traditional.zones.first?.name == "鄭州經濟技術開發區")
        #expect(traditional.zones.first?.type == .economicTechnological)
    }

    @Test func eventsCarryTheirDateAndApproval() throws {
        let page = facts("""
            1992年11月,国务院批准乐山高新区为国家级高新区。2012年6月5日,四川省人民政府批准设立北川经济开发区。
            """)
        let kinds = Set(page.events.map { "\($0.zone) \($0.kind.rawValue) \($0.date)" })
        #expect(kinds.contains("乐山高新区 national_approval 1992-11"))
        #expect(kinds.contains("北川经济开发区 established 2012-06-05"))
        #expect(kinds.contains("北川经济开发区 provincial_approval 2012-06-05"))
    }

    @Test func leadingIndustriesAreSplitOnListMarks() throws {
        let page = facts("乐山高新区的主导产业为电子信息、新材料和生物医药。")
        #expect(Set(page.industries.map(\.name)) == ["电子信息", "新材料", "生物医药"])
        #expect(page.industries.allSatisfy { $0.zone == "乐山高新区" })
    }

    @Test func pinyinGlossesInsideWordsAreReadThroughAndQuotedAsWritten() throws {
        let page = facts("2021年,乐山高新(xīn)区实现营业收(shōu)入800亿元。")
        #expect(page.zones.first?.name == "乐山高新区")
        let revenue = try #require(page.figures.first)
        #expect(revenue.metric == .revenue && revenue.value == 8e10 && revenue.period == Period(start: PartialDate(year: 2021)))
        #expect(revenue.subject == "乐山高新区")
    }

    @Test(arguments: ["GBK", "GB18030"])
    func gbEncodedPagesExtractTheFactsOfTheirUTF8Twins(encoding: String) throws {
        let text = "2016年,聊城高新区实现生产总值46.34亿元,同比增长7.2%;固定资产投资完成101.4亿元。"
        let encoded = try iconv(Array(text.utf8), to: encoding)
        #expect(encoded != Array(text.utf8))
        let twin = try Extractor().extract(encoded, documentID: "gbk")
        let original = facts(text)
        #expect(twin.figures.map(\.value) == original.figures.map(\.value))
        #expect(twin.figures.map(\.metric) == original.figures.map(\.metric))
        #expect(twin.figures.map(\.period) == original.figures.map(\.period))
        let quote = try #require(twin.figures.first?.evidence)
        let bytes = Array(encoded[quote.span.start..<quote.span.end])
        #expect(try iconv(bytes, from: encoding) == Array("46.34亿元".utf8), "offsets point into the GBK bytes")
    }

    private func iconv(_ bytes: [UInt8], from source: String = "UTF-8", to target: String = "UTF-8") throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", source, "-t", target]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}

/// The plan period of the fourteenth five-year plan.
private enum FiveYearPlansPeriod {
    static let fourteenth = Period(start: PartialDate(year: 2021), end: PartialDate(year: 2025))
}
