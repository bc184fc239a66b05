import Testing
import ZonebaseExtraction
import ZonebaseModel

/// Bad input never crashes, hangs or traps: it yields sane facts or a clear refusal.
@Suite struct BadInputTests {
    let extractor = Extractor()

    @Test func emptyFileYieldsNothing() throws {
        #expect(try extractor.extract([], documentID: "empty").facts.isEmpty)
    }

    @Test func binaryFileIsRefused() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: DocumentRefusal.self) { try extractor.extract(bytes, documentID: "png") }
    }

    @Test func gbkPageIsReadNotRefused() throws {
        // "乐山高新区2011年" in GBK.
        let bytes: [UInt8] = [192, 214, 201, 189, 184, 223, 208, 194, 199, 248] + Array("2011".utf8) + [196, 234]
        _ = try extractor.extract(bytes, documentID: "gbk")
    }

    @Test func scriptInTheTextIsNotExtracted() throws {
        let html = "<p>The zone covers 8.05 square kilometers.</p><script>var revenue = '100 billion yuan';</script>"
        let facts = try extractor.extract(Array(html.utf8), documentID: "s")
        #expect(facts.figures.map(\.value) == [8.05])
    }

    @Test func unclosedAndNestedHTMLStillYieldsFacts() throws {
        let html = String(repeating: "<div><table><tr><td>", count: 3000) + "<p>In 2011 the zone's revenue reached 108.86 billion yuan<p"
        let facts = try extractor.extract(Array(html.utf8), documentID: "n")
        #expect(facts.figures.first?.value == 108_860_000_000)
    }

    @Test func aLongSingleLineFinishes() throws {
        let sentence = "In 2011 the park's output value reached 44.53 billion yuan, up 29.6% year-on-year; "
        let line = String(repeating: sentence, count: 6_000)  // about 500 kB, no line break (20 MB: scripts/bench-extract)
        let facts = try extractor.extract(Array(line.utf8), documentID: "long")
        #expect(!facts.figures.isEmpty)
        #expect(facts.figures.allSatisfy { $0.value.isFinite })
    }
}
