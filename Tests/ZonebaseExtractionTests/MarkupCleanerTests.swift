import Testing
@testable import ZonebaseExtraction

@Suite struct MarkupCleanerTests {
    private func clean(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let cleaned = MarkupCleaner().clean(bytes)
        #expect(cleaned.count == bytes.count, "cleaning keeps every offset")
        return String(decoding: cleaned, as: UTF8.self)
    }

    @Test func tagsBecomeSpacesAndBlockTagsLineBreaks() {
        let text = clean("<p>Leshan <b>Hi-tech</b> Park</p><div>2011</div>")
        #expect(text.split(whereSeparator: \.isWhitespace) == ["Leshan", "Hi-tech", "Park", "2011"])
        #expect(text.hasPrefix("\n"))
    }

    @Test func scriptsStylesAndCommentsDisappear() {
        let text = clean("<script>var year = 2012; if (a < b) {}</script><style>p{x:1}</style><!-- 1996 -->Text")
        #expect(text.trimmingCharacters(in: " \n") == "Text")
    }

    @Test func entitiesAreDecodedAndPadded() {
        #expect(clean("R&amp;D") == "R&    D")
        #expect(clean("Yunnan&#8217;s") == "Yunnan\u{2019}    s")
        #expect(clean("a&nbsp;b") == "a      b")
        #expect(clean("&#20140;ICP").hasPrefix("\u{4EAC}"))
        #expect(clean("&bogus; & &#xZZ;") == "&bogus; & &#xZZ;")
    }

    @Test func aStrayLessThanSignStaysText() {
        #expect(clean("growth < 5% and 3 > 2") == "growth < 5% and 3 > 2")
        let unclosed = "<div class=\"x\" " + String(repeating: "y", count: 5000)
        #expect(clean(unclosed) == unclosed)
    }

    @Test func deeplyNestedMarkupIsHandled() {
        let nested = String(repeating: "<div><span>", count: 20_000) + "Zone" + String(repeating: "</span></div>", count: 20_000)
        #expect(clean(nested).contains("Zone"))
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
