import ZonebaseModel
import ZonebaseStorage

/// Finds claims of order and count in a document's sentences.
public enum ClaimFinder {
    static let ordinals = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    ]

    /// The claims in `document`, not yet judged (verdict `unverifiable`).
    public static func claims(in document: DocumentText, provinces: Set<String>) -> [Claim] {
        let published = document.published.flatMap { PartialDate(iso: $0) }
        var claims: [Claim] = []
        var offset = 0
        for sentence in sentences(document.text) {
            defer { offset += sentence.utf8.count }
            let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
            let source = SourceReference(
                document: document.document, published: published, quote: sentence.trimmed, sentence: sentence.trimmed,
                spanStart: offset, spanEnd: offset + sentence.utf8.count)
            for index in words.indices {
                guard let type = zoneType(in: words, after: index) else { continue }
                // "the fourth national high-tech … in Sichuan, following Chengdu, Mianyang and Zigong"
                if index >= 1, let ordinal = ordinals[words[index - 1]],
                   let inIndex = words[index...].prefix(10).firstIndex(of: "in"), inIndex + 1 < words.count,
                   let province = provinces.first(where: { $0.lowercased() == words[inIndex + 1] })
                {
                    var following: [String] = []
                    if let after = words[inIndex...].prefix(6).firstIndex(of: "following") {
                        following = Array(words[(after + 1)...].prefix(8).filter { $0 != "and" }.prefix(ordinal - 1))
                    }
                    claims.append(Claim(
                        assertion: .order(ordinal: ordinal, type: type, province: province, following: following),
                        source: source, verdict: .unverifiable, explanation: "", statedYear: statedYear(in: words, near: index)))
                }
                // "one of 98 national …", "… national high-tech zones had reached 178"
                if index >= 2, words[index - 2] == "of", let total = Int(words[index - 1]), total > 1 {
                    claims.append(Claim(assertion: .count(total: total, type: type), source: source, verdict: .unverifiable, explanation: "",
                                        statedYear: statedYear(in: words, near: index)))
                } else if let reached = words[index...].prefix(12).firstIndex(where: { $0 == "reached" || $0 == "to" }),
                          reached + 1 < words.count, let total = Int(words[reached + 1]), total > 1, total < 1000,
                          words[..<index].suffix(3).contains("number")
                {
                    claims.append(Claim(assertion: .count(total: total, type: type), source: source, verdict: .unverifiable, explanation: "",
                                        statedYear: statedYear(in: words, near: index)))
                }
            }
        }
        return claims
    }

    /// The year the sentence dates its claim to: the last year named before the claim's words, else
    /// the first named after them ("in 1984 it became one of …", "became one of the first 14 … in 1984"),
    /// unless the claim is in the present between them ("founded in 1992, it is one of 178 …" is a claim
    /// of the document's day, not of 1992).
    static func statedYear(in words: [String], near index: Int) -> Int? {
        func year(_ word: String) -> Int? { Int(word).flatMap { (1949...2100).contains($0) ? $0 : nil } }
        let present: Set<String> = ["is", "are", "now", "currently", "has", "have", "remains", "ranks"]
        if let before = words[..<index].lastIndex(where: { year($0) != nil }) {
            return words[before..<index].contains(where: present.contains) ? nil : year(words[before])
        }
        if let after = words[index...].firstIndex(where: { year($0) != nil }) {
            return words[..<after].contains(where: present.contains) ? nil : year(words[after])
        }
        return nil
    }

    /// The zone type named from `index`: "national high-tech", "national-level economic and technological", …
    static func zoneType(in words: [String], after index: Int) -> ZoneType? {
        guard words[index] == "national" || words[index] == "national-level" || words[index] == "state-level" else { return nil }
        let next = words[(index + 1)...].prefix(6)
        let text = next.joined(separator: " ")
        if text.hasPrefix("high-tech") || text.hasPrefix("hi-tech") || text.hasPrefix("high and new") || text.hasPrefix("high-and-new") {
            return .highTech
        }
        if text.hasPrefix("economic and technological") || text.hasPrefix("economic-technological") { return .economicTechnological }
        return nil
    }

    /// Sentences with their trailing separators, so offsets add up.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "." || character == "!" || character == "?" || character == "\n" || character == "。" {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
