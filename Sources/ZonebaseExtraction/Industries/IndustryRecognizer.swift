import ZonebaseModel

/// Finds the leading industries and clusters a text presents as a zone's own: "a cluster of three
/// leading industries, namely A, B and C", "industrial clusters of A, B, …", "focus on the
/// development of A, B …", "dominated by the seven industries of …", "pillar industries covering …".
struct IndustryRecognizer {
    let tokens: [Token]
    let context: DocumentContext
    let evidence: EvidenceFactory

    /// The industries of the document, one record per list item.
    func industries(in analyzed: [AnalyzedSentence]) -> [Industry] {
        var found: [Industry] = []
        var seen = Set<String>()
        for sentence in analyzed {
            for listStart in listStarts(in: sentence) {
                guard let zone = zone(in: sentence) else { continue }
                let splitter = IndustryListSplitter(tokens: tokens)
                let items: [Range<Int>]
                switch listStart {
                case .list(let start, let allowsSingle):
                    let list = splitter.items(from: start, in: sentence.range)
                    items = list.count >= 2 || allowsSingle ? list : []
                case .namedCluster(let name):
                    items = splitter.trimmed(name).map { [$0] } ?? []
                }
                for item in items {
                    let name = evidence.collapsed(item)
                    guard seen.insert(zone + "|" + name.lowercased()).inserted else { continue }
                    found.append(
                        Industry(
                            zone: zone, name: name,
                            evidence: evidence.evidence(item, in: sentence.sentence, rule: "industry.list")))
                }
            }
        }
        return found
    }

    /// Where a list of industries begins.
    private enum ListStart {
        /// A list starting at a token; `allowsSingle` when one item alone is already an industry.
        case list(Int, allowsSingle: Bool)
        /// One named cluster ("a new material and fine chemical industry cluster").
        case namedCluster(Range<Int>)
    }

    /// Where lists of industries begin in a sentence.
    private func listStarts(in sentence: AnalyzedSentence) -> [ListStart] {
        var starts: [ListStart] = []
        let range = sentence.range
        func word(_ index: Int) -> String { index < range.upperBound && index >= range.lowerBound ? tokens[index].text : "" }
        for index in range where tokens[index].kind == .word && Self.triggerWords.contains(tokens[index]) {
            switch tokens[index].text {
            case "industries" where Self.leadingWords.contains(word(index - 1)),
                "industry" where Self.leadingWords.contains(word(index - 1)) && word(index + 1) == ":":
                // "…, namely A, B", "– A, B", "covering A, B", "are A, B", "including A, B", ": A, B"
                var next = index + 1
                if word(next) == "," { next += 1 }
                if Self.leadingListOpeners.contains(word(next)) {
                    next += word(next) == "such" && word(next + 1) == "as" ? 2 : word(next) == "lie" && word(next + 1) == "in" ? 2 : 1
                    starts.append(.list(next, allowsSingle: true))
                }
            case "industries", "industry":
                // "five cutting-edge industries including A, B", "The park's industry covers A, B and C":
                // any industries the sentence lists for the zone, when two or more are listed.
                var next = index + 1
                if word(next) == "," { next += 1 }
                if Self.listOpeners.contains(word(next)) || word(next) == "such" && word(next + 1) == "as"
                {
                    next += word(next) == "such" ? 2 : 1
                    starts.append(.list(next, allowsSingle: false))
                }
            case "noted", "known", "famous", "renowned", "strengths", "specializes", "specialises":
                // "is noted for its machinery, advanced materials, …", "main strengths lie in A, B",
                // "specializes in A and B"
                var next = index + 1
                if word(index) == "strengths", word(next) == "lie" { next += 1 }
                guard ["for", "in"].contains(word(next)) else { continue }
                next += 1
                if word(next) == "its" || word(next) == "the" { next += 1 }
                starts.append(.list(next, allowsSingle: false))
            case "clusters" where word(index + 1) == "in" || word(index + 1) == "including" || word(index + 1) == "such":
                // "industrial clusters in such fields as A, B and C", "clusters including A, B"
                var next = index + 1
                while next < min(range.upperBound, index + 6), !["as", "including"].contains(word(next)) { next += 1 }
                if ["as", "including"].contains(word(next)) { starts.append(.list(next + 1, allowsSingle: false)) }
            case "clusters" where word(index + 1) == "of", "cluster" where word(index + 1) == "of":
                // "a cluster of three leading industries, namely …" is introduced by its count.
                let next = index + 2 < range.upperBound ? tokens[index + 2] : tokens[index]
                if next.kind == .number || NumberWords.cardinals[next] != nil { continue }
                starts.append(.list(index + 2, allowsSingle: true))
            case "focus", "focuses", "focusing", "focused", "prioritized", "prioritizes", "prioritizing", "dominated":
                // "Investment will be attracted focusing on …" is a plan, not the zone's industries.
                // So is "… is planning to build a bio-city, focusing on …".
                let isPlan = (range.lowerBound..<index).contains { position in
                    tokens[position].kind == .word && FigureCues.target.contains(tokens[position])
                }
                if isPlan { continue }
                var next = index + 1
                if ["on", "by"].contains(word(next)) { next += 1 }
                // "focuses on building the three clusters of A, B": the verb of the aim is no item.
                // "focusing on developing A, B": so is the gerund of a list.
                if Self.aimVerbs.contains(word(next)) { next += 1 }
                // "focus on the development of A", "dominated by the seven industries of A"
                var probe = next
                while probe < min(range.upperBound, next + 5), !["of", ","].contains(word(probe)) { probe += 1 }
                let skipsLead = word(next) == "the" && word(probe) == "of"
                    && (next..<probe).contains { Self.leadNouns.contains(tokens[$0]) }
                let isPriority = tokens[index].text.hasPrefix("priorit") || tokens[index].hasText("dominated")
                // "districts focusing on high-tech manufacturing and research": one short field is
                // also what a zone focuses on.
                let isShortField = range.upperBound - next <= 8 && tokens[range.upperBound - 1].isPunctuation(".")
                starts.append(.list(skipsLead ? probe + 1 : next, allowsSingle: isPriority || skipsLead || isShortField))
            default:
                break
            }
        }
        // "forming a new material and fine chemical industry cluster": a named cluster.
        for index in range where tokens[index].isWord("cluster") && word(index - 1) == "industry" {
            var start = index - 2
            while start > range.lowerBound, tokens[start].kind == .word, !["a", "an", "the", "its"].contains(tokens[start]) {
                start -= 1
            }
            if ["a", "an"].contains(word(start)), start + 1 < index - 1 { starts.append(.namedCluster((start + 1)..<(index - 1))) }
        }
        return starts
    }

    /// Words that may open a list of industries.
    private static let triggerWords: WordSet = [
        "industries", "industry", "clusters", "cluster", "focus", "focuses", "focusing", "focused", "prioritized",
        "prioritizes", "prioritizing", "dominated", "noted", "known", "famous", "renowned", "strengths", "specializes",
        "specialises",
    ]

    /// Words after "leading industries" that open their list: "are", "namely", "including", ":".
    private static let leadingListOpeners: WordSet = [
        "namely", "covering", "including", "include", "are", "such", "of", "-", ":", "is", "like", "lie",
    ]

    /// Words after any "industries" that open a list of them.
    private static let listOpeners: WordSet = ["including", "covers", "cover", "covering", "like", "namely", ":"]

    /// Gerunds of an aim between "focuses on" and what it builds ("building the clusters of …").
    private static let aimVerbs: WordSet = ["building", "developing", "constructing", "creating", "fostering", "cultivating"]

    /// Nouns of a lead-in that the list of industries follows after "of".
    private static let leadNouns: WordSet = [
        "development", "production", "industries", "sectors", "fields", "clusters", "cluster", "construction",
    ]

    /// Words before "industries" that make them the zone's own: "leading industries are …".
    private static let leadingWords: WordSet = [
        "leading", "pillar", "dominant", "main", "major", "backbone", "featured", "characteristic", "advantageous",
        "key", "core", "traditional", "emerging", "principal", "primary", "strategic",
    ]

    /// The zone a list belongs to: the first zone named in its sentence, else the document's zone.
    private func zone(in sentence: AnalyzedSentence) -> String? {
        if let mention = sentence.mentions.first(where: { $0.kind == .zone && !$0.isSubPark }) {
            return context.zones.canonicalName(mention.name)
        }
        return context.focusZone
    }
}
