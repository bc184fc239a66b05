import Testing
import ZonebaseExtraction
import ZonebaseModel

@Suite struct QuantityTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var value: Double
        var unit: FigureUnit
        var description: String { sentence }
    }

    @Test(arguments: [
        Case(sentence: "Sichuan's GDP reached 4,338.7 billion yuan in 2023.", value: 4_338_700_000_000, unit: .cny),
        Case(sentence: "The park achieved 44.53-bln yuan output value.", value: 44_530_000_000, unit: .cny),
        Case(sentence: "Revenue will break through 100-bln yuan.", value: 100_000_000_000, unit: .cny),
        Case(sentence: "The projects involve investment of 1.9 billion yuan.", value: 1_900_000_000, unit: .cny),
        Case(sentence: "The first phase took 220 million yuan.", value: 220_000_000, unit: .cny),
        Case(sentence: "The output reached 27.9 trillion yuan.", value: 27_900_000_000_000, unit: .cny),
        Case(sentence: "Exports reached $520 million.", value: 520_000_000, unit: .usd),
        Case(sentence: "FDI stood at 43.2 billion U.S. dollars.", value: 43_200_000_000, unit: .usd),
        Case(sentence: "The zone drew RMB 5.6 billion in investment.", value: 5_600_000_000, unit: .cny),
        Case(sentence: "It drew USD 53.5 million in FDI.", value: 53_500_000, unit: .usd),
        Case(sentence: "Output value was 21 billion 700 million yuan.", value: 21_700_000_000, unit: .cny),
        Case(sentence: "The 202-square-kilometer zone lies in Sichuan.", value: 202, unit: .squareKilometres),
        Case(sentence: "The zone covers 8.05 square kilometres.", value: 8.05, unit: .squareKilometres),
        Case(sentence: "Area A covers 2.51 sq km.", value: 2.51, unit: .squareKilometres),
        Case(sentence: "It afforested 13,333 hectares.", value: 133.33, unit: .squareKilometres),
        Case(sentence: "Its planning area is 256,000 square meters.", value: 0.256, unit: .squareKilometres),
        Case(sentence: "The park spans 15,000 mu.", value: 10, unit: .squareKilometres),
        Case(sentence: "Output rose 6.5 per cent.", value: 6.5, unit: .percent),
        Case(sentence: "Tax revenue was up 29.6%.", value: 29.6, unit: .percent),
        Case(sentence: "The park has 177 industrial enterprises.", value: 177, unit: .count),
        Case(sentence: "A total of nine projects are under way.", value: 9, unit: .count),
        Case(sentence: "The park offers a dozen jobs.", value: 12, unit: .count),
        Case(sentence: "It offered more than 4,000 jobs.", value: 4000, unit: .count),
        Case(sentence: "Exports make up one-third of the total.", value: 100.0 / 3, unit: .percent),
    ])
    func amountsAreReadInBaseUnits(_ example: Case) throws {
        let found = figures(in: example.sentence)
        let figure = try #require(found.first, "no figure in: \(example.sentence)")
        #expect(abs(figure.value - example.value) <= abs(example.value) * 1e-9)
        #expect(figure.unit == example.unit)
    }

    @Test(arguments: [
        "The zone was founded in 2011 and upgraded in 2015.",
        "Sichuan ICP No. 13001288",
        "It ranked 24th among its peers.",
        "It is one of the major cooperation projects.",
        "The G8.5+ substrate glass line opened.",
        "The office is 30 km from downtown.",
        "Output grew 13 percentage points faster.",
        "Call 010-6510 2345 for details.",
        "The 1525 project was listed.",
    ])
    func yearsRanksRecordNumbersAndDistancesAreNotFigures(sentence: String) {
        #expect(figures(in: sentence).isEmpty, "unexpected figure in: \(sentence)")
    }

    @Test func thresholdsAndSizeLabelsAreSkippedButTheirCountsKept() {
        let found = figures(in: "The province began 44 manufacturing projects with investments exceeding 10 billion yuan.")
        #expect(found.map(\.value) == [44])
        #expect(figures(in: "It is building two 100-billion-yuan ($14.49 billion) industrial bases.").isEmpty)
    }

    @Test func absurdNumbersStayFinite() {
        for sentence in ["Revenue hit 1e308 yuan.", "Revenue hit 99999999999999999999 billion yuan.",
                         "Revenue hit " + String(repeating: "9", count: 400) + " yuan."] {
            for figure in figures(in: sentence) { #expect(figure.value.isFinite) }
        }
    }
}
