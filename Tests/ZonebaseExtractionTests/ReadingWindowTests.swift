import Testing
@testable import ZonebaseExtraction
import ZonebaseModel

/// A long document is read in windows: they cover the text end to end, each cut where a line, a
/// sentence or a clause ends, and the facts of the windows are merged with offsets into the whole.
@Suite struct ReadingWindowTests {
    @Test func windowsCoverTheTextAndEndWhereALineOrAClauseEnds() {
        let short = Array("In 2011 the park's output value reached 44.53 billion yuan.".utf8)
        #expect(ReadingWindows.windows(of: short) == [0..<short.count], "a short text is one window")

        let lines = Array(String(repeating: "Leshan zone grew 8.5% in 2014, its report said.\n", count: 25_000).utf8)
        let runOn = Array(String(repeating: "output value reached 44.53 billion yuan, up 29.6%; ", count: 25_000).utf8)
        for text in [lines, runOn] {
            let windows = ReadingWindows.windows(of: text)
            #expect(windows.count > 1)
            #expect(windows.first?.lowerBound == 0 && windows.last?.upperBound == text.count)
            #expect(zip(windows, windows.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "no gap, no overlap")
            #expect(windows.allSatisfy { $0.count <= ReadingWindows.windowBytes })
            for window in windows.dropLast() {
                let last = text[window.upperBound - 1], next = text[window.upperBound]
                #expect(last == 0x0A || last == UInt8(ascii: ";") || last == UInt8(ascii: ".") && next == UInt8(ascii: " "))
            }
        }
    }

    @Test func aLongDocumentsFactsAreMergedWithOffsetsIntoTheWholeText() throws {
        let paragraph = "In 2011 the total output value of Leshan Hi-tech Industrial Development Zone reached 44.53 billion yuan.\n"
        let closing = "In 2015 Baiyin High-tech Industrial Development Zone had 77 high-tech enterprises.\n"
        let text = String(repeating: paragraph, count: 11_000) + closing
        #expect(text.utf8.count > ReadingWindows.windowBytes)
        let facts = try Extractor().extract(Array(text.utf8), documentID: "long").facts
        let figures = facts.compactMap { fact -> Figure? in if case .figure(let figure) = fact { figure } else { nil } }
        #expect(figures.filter { $0.value == 44.53e9 }.count == 1, "a number repeated in every window is one fact")
        let enterprises = try #require(figures.first { $0.value == 77 })
        let bytes = Array(text.utf8)
        let quoted = String(decoding: bytes[enterprises.evidence.span.start..<enterprises.evidence.span.end], as: UTF8.self)
        #expect(quoted == enterprises.evidence.quote && enterprises.evidence.span.start > ReadingWindows.windowBytes)
        let zones = facts.compactMap { fact -> String? in if case .zone(let zone) = fact { zone.name } else { nil } }
        #expect(zones.filter { $0.hasPrefix("Leshan") }.count == 1 && zones.contains { $0.hasPrefix("Baiyin") })
    }
}
