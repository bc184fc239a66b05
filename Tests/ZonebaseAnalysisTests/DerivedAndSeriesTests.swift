import Testing
import ZonebaseAnalysis
import ZonebaseModel
@testable import ZonebaseAnalysis

@Suite struct DerivedAndSeriesTests {
    @Test func aLevelAndItsGrowthImplyThePreviousLevel() throws {
        // "tax revenue of 4.4 billion yuan, up 29.6%"
        let derived = DerivedFigureFinder.derive([
            Facts.figure(.tax, 4.4e9, period: "2013", sentence: "s", at: 0),
            Facts.figure(.tax, 29.6, .percent, aspect: .growth, period: "2013", sentence: "s", at: 20),
        ])
        let previous = try #require(derived.first { $0.method == .impliedPreviousLevel })
        #expect(abs(previous.value - 3.395e9) < 1e6)
        #expect(previous.period == .year(2012))
        #expect(previous.inputs.count == 2)
    }

    @Test func growthBetweenLevelsAndCompoundGrowthOverTheSpan() throws {
        let derived = DerivedFigureFinder.derive([
            Facts.figure(.outputValue, 8.12e9, period: "2012"),
            Facts.figure(.outputValue, 10e9, period: "2013", document: "b"),
            Facts.figure(.outputValue, 80.7e9, period: "2022", document: "c"),
        ])
        let yearly = try #require(derived.first { $0.method == .growthBetweenLevels })
        #expect(abs(yearly.value - 23.1527) < 0.001)
        let compound = try #require(derived.first { $0.method == .compoundAnnualGrowth })
        #expect(compound.period.description == "2012/2022")
        #expect(abs(compound.value - 25.82) < 0.01)
    }

    @Test func aShareWhenPartAndWholeAreKnown() throws {
        let share = try #require(DerivedFigureFinder.derive([
            Facts.figure(.enterprises, 177, .count, period: "2011"), Facts.figure(.hitechEnterprises, 32, .count, period: "2011"),
        ]).first { $0.method == .shareOfWhole })
        #expect(abs(share.value - 18.079) < 0.001)
    }

    @Test func flowsStocksAndPartsOfYearsAreSeparateSeriesAndDuplicatesCountOnce() {
        let series = SeriesBuilder.series([
            Facts.figure(.outputValue, 44.53e9, period: "2011", document: "a"),
            Facts.figure(.outputValue, 44.5e9, period: "2011", document: "b"),
            Facts.figure(.outputValue, 20e9, period: "2012-01/2012-06"),
            Facts.figure(.outputValue, 150e9, status: .target, period: "2011/2015"),
            Facts.figure(.outputValue, 1e9, .usd, period: "2011", conversion: true),
            Facts.figure(.enterprises, 177, .count, period: "2011"),
            Facts.figure(.enterprises, 190, .count, period: "2012-12"),
        ])
        let annual = series.first { $0.metric == .outputValue && $0.shape == .year }
        #expect(annual?.points.count == 1)
        #expect(annual?.points.first?.value == 44.53e9)
        #expect(annual?.points.first?.sources.map(\.document) == ["a", "b"])
        #expect(series.contains { $0.shape == .partial(firstMonth: 1, lastMonth: 6) })
        #expect(series.contains { $0.status == .target && $0.shape == .years })
        #expect(!series.contains { $0.unit == .usd })
        // A stock's yearly count and its month-end count are readings of one series.
        #expect(series.first { $0.metric == .enterprises }?.points.count == 2)
    }
}
