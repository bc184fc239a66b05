import Testing
import ZonebaseExtraction
import ZonebaseModel

/// Random bytes and random mixes of real-looking sentences: extraction either refuses or returns
/// facts whose quotes are exactly the text at their spans, with finite values.
@Suite struct PropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let fragments = [
        "Leshan Hi-tech Industrial Park was established in 1996", "upgraded to national level by the State Council on Aug 28",
        "In 2011, the three industries achieved 44.53-bln yuan output value", ", up 29.6%", " (about $7.43 billion)",
        "the total revenue will break through 100-bln yuan by the end of the twelfth five-year period", ". ", "\n", "\n\n",
        "<p>", "</div>", "&amp;", "&#8217;", "covers 8.05 square kilometers", "nine projects", "one-third of",
        "From January to November", "last year", "200l", "199 1", "ICP No. 13001288", "<script>var x=1;</script>",
        "乐山高新区", "营收1.06万亿元", "\u{FEFF}", "%", "$", "more than 4,000 jobs", "Area A covers 2.51 sq km",
    ]

    private func checkInvariants(_ bytes: [UInt8], _ facts: DocumentFacts) {
        for fact in facts.facts {
            let span = fact.evidence.span
            #expect(span.start >= 0 && span.end <= bytes.count && span.start <= span.end)
            if case .figure(let figure) = fact { #expect(figure.value.isFinite) }
        }
    }

    @Test(arguments: 0..<40)
    func randomBytesNeverCrash(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let length = Int.random(in: 0..<4000, using: &generator)
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        if let facts = try? Extractor().extract(bytes, documentID: "random") { checkInvariants(bytes, facts) }
    }

    @Test(arguments: 0..<60)
    func randomMixesOfSentencesKeepQuotesExact(seed: Int) throws {
        var generator = SeededGenerator(state: UInt64(1000 + seed))
        var text = ""
        for _ in 0..<Int.random(in: 1..<60, using: &generator) {
            text += Self.fragments.randomElement(using: &generator)! + " "
        }
        let bytes = Array(text.utf8)
        let facts = try Extractor().extract(bytes, documentID: "mix")
        checkInvariants(bytes, facts)
        for fact in facts.facts {
            let span = fact.evidence.span
            let original = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            #expect(original == fact.evidence.quote)
        }
    }
}
