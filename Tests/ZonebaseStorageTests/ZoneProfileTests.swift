import Testing
import ZonebaseModel
@testable import ZonebaseStorage

@Suite struct ZoneProfileTests {
    private func figure(_ metric: Metric, _ value: Double, _ period: String?, status: FigureStatus = .actual, document: String = "a") -> StoredFigure {
        StoredFigure(
            subject: "Leshan", metric: metric, value: value, unit: .cny, aspect: .level, status: status, bound: .exact, period: period,
            isConversion: false, document: document, quote: "q", sentence: "s")
    }

    @Test func theLatestPeriodOfEachMetricWithAllItsSources() {
        let zone = StoredZone(id: 1, name: "Leshan", type: .highTech, documentCount: 2)
        let profile = ZoneProfile(zone: zone, aliases: [], events: [], industries: [], figures: [
            figure(.outputValue, 50e9, "2012"), figure(.outputValue, 50.1e9, "2012", document: "b"), figure(.outputValue, 44e9, "2011"),
            figure(.revenue, 10e9, nil), figure(.addedValue, 9e9, nil), figure(.addedValue, 8e9, "2010"),
            figure(.revenue, 100e9, "2015", status: .target),
        ])
        #expect(profile.latestActualFigures.map(\.value) == [50e9, 50.1e9, 10e9, 8e9])
    }
}
