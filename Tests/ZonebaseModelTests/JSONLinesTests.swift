import Foundation
import Testing
import ZonebaseModel

@Suite struct JSONLinesTests {
    private let evidence = Evidence(
        span: TextSpan(start: 10, end: 24), quote: "44.53-bln yuan", sentence: "s", sentenceSpan: TextSpan(start: 0, end: 40),
        rule: "figure.money")

    @Test func figureLineFollowsTheSchemaKeyOrder() {
        let figure = Figure(
            subject: "Leshan Hi-tech Industrial Park", metric: .outputValue, value: 44_530_000_000, unit: .cny,
            period: .year(2011), evidence: evidence)
        #expect(
            Fact.figure(figure).jsonLine(documentID: "000_x")
                == #"{"doc":"000_x","kind":"figure","subject":"Leshan Hi-tech Industrial Park","metric":"output_value","value":44530000000,"unit":"CNY","aspect":"level","status":"actual","bound":"exact","period":"2011","quote":"44.53-bln yuan"}"#
        )
    }

    @Test func conversionAndNullPeriodAreWritten() throws {
        let figure = Figure(
            subject: "Baiyin", metric: .investment, value: 36_100_000, unit: .usd, isConversion: true, evidence: evidence)
        let line = Fact.figure(figure).jsonLine(documentID: "d")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["conversion"] as? Bool == true)
        #expect(object["period"] is NSNull)
        #expect((object["value"] as? NSNumber)?.doubleValue == 36_100_000)
    }

    @Test func zoneLevelIsNullWhenTheTextIsSilent() {
        let zone = Zone(name: "Ulan Industrial Park", type: .industrialPark, province: "Qinghai", parent: "Qaidam", evidence: evidence)
        #expect(
            Fact.zone(zone).jsonLine(documentID: "d11")
                == #"{"doc":"d11","kind":"zone","name":"Ulan Industrial Park","level":null,"type":"industrial-park","province":"Qinghai","city":null,"parent":"Qaidam","quote":"44.53-bln yuan"}"#
        )
    }

    @Test func stringsAreEscapedAndFractionsKept() throws {
        let tricky = Evidence(
            span: TextSpan(start: 0, end: 1), quote: "a \"quoted\"\\ line\nbreak\u{1}", sentence: "", sentenceSpan: TextSpan(start: 0, end: 1),
            rule: "r")
        let figure = Figure(subject: "X", metric: .other, value: 33.333333, unit: .percent, aspect: .share, evidence: tricky)
        let line = Fact.figure(figure).jsonLine(documentID: "d")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["quote"] as? String == "a \"quoted\"\\ line\nbreak\u{1}")
        #expect((object["value"] as? NSNumber)?.doubleValue == 33.333333)
        #expect(!line.contains("\n"))
    }

    @Test func nonFiniteValuesBecomeNull() {
        let figure = Figure(subject: "X", metric: .other, value: .infinity, unit: .cny, evidence: evidence)
        #expect(Fact.figure(figure).jsonLine(documentID: "d").contains(#""value":null"#))
    }
}
