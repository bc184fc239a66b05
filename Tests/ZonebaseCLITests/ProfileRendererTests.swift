import Foundation
import Testing
@testable import ZonebaseCLI
import ZonebaseModel
import ZonebaseStorage

@Suite struct ProfileRendererTests {
    // Stored figures come from the store; here from their JSON form.
    private func figure(_ metric: Metric, _ value: Double, _ period: String?, document: String = "a") -> StoredFigure {
        let json = """
            {"subject":"Leshan","metric":"\(metric.rawValue)","value":\(value),"unit":"CNY","aspect":"level","status":"actual",
             "bound":"exact",\(period.map { "\"period\":\"\($0)\"," } ?? "")"isConversion":false,"document":"\(document)",
             "quote":"q","sentence":"s","spanStart":0,"spanEnd":1,"source":""}
            """
        return try! JSONDecoder().decode(StoredFigure.self, from: Data(json.utf8))
    }

    @Test func theLatestPeriodOfEachMetricWithAllItsSources() {
        let latest = ProfileRenderer.latestPerMetric([
            figure(.outputValue, 50e9, "2012"), figure(.outputValue, 50.1e9, "2012", document: "b"), figure(.outputValue, 44e9, "2011"),
            figure(.revenue, 10e9, nil), figure(.addedValue, 9e9, nil), figure(.addedValue, 8e9, "2010"),
        ])
        #expect(latest.map(\.value) == [50e9, 50.1e9, 10e9, 8e9])
    }
}
