import ZonebaseModel

/// Builds a fact's ``Evidence`` from token ranges: the exact quote from the decoded text, the
/// sentence, and the offsets mapped back into the original bytes.
struct EvidenceFactory {
    let tokens: [Token]
    let decoded: DecodedText
    /// The cleaned text (entities decoded, tags blanked), for sentences and names shown to people.
    let cleaned: [UInt8]
    /// Sentence texts already built, by first token: a sentence with five figures is joined once.
    private let sentenceTexts = SentenceTextCache()

    init(tokens: [Token], decoded: DecodedText, cleaned: [UInt8]) {
        self.tokens = tokens
        self.decoded = decoded
        self.cleaned = cleaned
    }

    /// Evidence for the tokens `range` of `sentence`, produced by `rule`.
    func evidence(_ range: Range<Int>, in sentence: Sentence, rule: String) -> Evidence {
        let start = tokens[range.lowerBound].start
        let end = tokens[max(range.lowerBound, range.upperBound - 1)].end
        let sentenceStart = tokens[sentence.tokens.lowerBound].start
        let sentenceEnd = tokens[sentence.tokens.upperBound - 1].end
        return Evidence(
            span: TextSpan(start: decoded.originalOffset(start), end: decoded.originalOffset(end)),
            quote: String(decoding: decoded.utf8[start..<end], as: UTF8.self),
            sentence: sentenceText(sentence.tokens),
            sentenceSpan: TextSpan(start: decoded.originalOffset(sentenceStart), end: decoded.originalOffset(sentenceEnd)),
            rule: rule)
    }

    private func sentenceText(_ range: Range<Int>) -> String {
        if let text = sentenceTexts.texts[range.lowerBound] { return text }
        let text = collapsed(range)
        sentenceTexts.texts[range.lowerBound] = text
        return text
    }

    /// The text of `range` with whitespace runs collapsed to one space.
    func collapsed(_ range: Range<Int>) -> String {
        // Built over the bytes and decoded once (a String appended token by token was a fiftieth of extraction).
        var bytes: [UInt8] = []
        if let first = range.first, let last = range.last { bytes.reserveCapacity(tokens[last].end - tokens[first].start) }
        for index in range {
            if index != range.lowerBound && tokens[index].hasSpaceBefore { bytes.append(UInt8(ascii: " ")) }
            bytes.append(contentsOf: cleaned[tokens[index].start..<tokens[index].end])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A per-document memo of sentence texts; used by one extraction on one thread only.
private final class SentenceTextCache {
    var texts: [Int: String] = [:]
}
