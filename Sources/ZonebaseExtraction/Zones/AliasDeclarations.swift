/// Other names a text declares for a zone, so that every later use of them is the same zone:
/// "Suzhou Industrial Park (hereinafter referred to as SIP)", "Suzhou Industrial Park (SIP)",
/// "X, also known as Y", "X (formerly Y)", "X, formerly known as Y".
struct AliasDeclarations {
    let tokens: [Token]
    /// Declared names, as lower-case token texts, and the zone each stands for.
    private(set) var zoneByAlias: [[String]: String] = [:]
    /// The first token text of every declared name, to skip other tokens with one lookup.
    private var firstWords: Set<String> = []

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Whether no alias was declared.
    var isEmpty: Bool { zoneByAlias.isEmpty }

    /// Reads the declarations that follow the zone mentions of one sentence.
    mutating func read(_ mentions: [Mention], in range: Range<Int>) {
        for mention in mentions where mention.kind == .zone && !mention.isFromList {
            guard let alias = declaredName(after: mention.tokens.upperBound, limit: range.upperBound) else { continue }
            let key = alias.map { tokens[$0].text }
            guard zoneByAlias[key] == nil else { continue }
            zoneByAlias[key] = mention.name
            firstWords.insert(key[0])
        }
    }

    /// The tokens of a name declared right after a zone's name, if there is one.
    private func declaredName(after end: Int, limit: Int) -> Range<Int>? {
        guard end + 1 < limit else { return nil }
        var index = end
        let bracketed = tokens[index].isPunctuation("(")
        if bracketed {
            index += 1
        } else if tokens[index].isPunctuation(",") {
            index += 1
        } else {
            return nil
        }
        // The declaring words: "hereinafter referred to as", "also known as", "formerly (known as)".
        var declared = bracketed
        while index < limit, tokens[index].kind == .word, Self.declaringWords.contains(tokens[index]) {
            declared = true
            index += 1
        }
        guard declared else { return nil }
        if index < limit, tokens[index].isPunctuation("\"") { index += 1 }
        let start = index
        while index < limit, index - start < 10, tokens[index].kind == .word || tokens[index].isPunctuation("-")
            || tokens[index].isPunctuation("&") || tokens[index].isPunctuation("'")
        {
            index += 1
        }
        guard index > start, tokens[start].isCapitalized else { return nil }
        // The name must be closed off: a bracket, a quote, a comma or the end of the sentence.
        if bracketed && (index >= limit || !tokens[index].isPunctuation(")") && !tokens[index].isPunctuation("\"")) { return nil }
        if !bracketed, index < limit, !(tokens[index].kind == .punctuation) { return nil }
        // "(Sichuan)", "(China)": a place in brackets says where the zone is, not what else it is called.
        let words = (start..<index).map { tokens[$0].text }
        let key = words.joined(separator: " ")
        if Gazetteer.provinces[key] != nil || Gazetteer.cities[key] != nil || key == "china" { return nil }
        return start..<index
    }

    /// Mentions of declared names in `range` that no other mention covers, named as the zone they stand for.
    func mentions(in range: Range<Int>, excluding taken: [Mention]) -> [Mention] {
        guard !zoneByAlias.isEmpty else { return [] }
        var found: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, firstWords.contains(token.text),
                !taken.contains(where: { $0.tokens.contains(index) })
            else {
                index += 1
                continue
            }
            var matched = false
            // Longest first, in a fixed order: the same text always resolves the same way.
            let candidates = zoneByAlias.filter { $0.key[0] == token.text }
                .sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key.lexicographicallyPrecedes($1.key) }
            for (alias, zone) in candidates where index + alias.count <= range.upperBound {
                guard alias.indices.allSatisfy({ tokens[index + $0].text == alias[$0] }) else { continue }
                let end = index + alias.count
                // A whole word sequence only: "SIP" but not the "SIP" of "SIP-based".
                if end < range.upperBound, tokens[end].kind == .word, !tokens[end].hasSpaceBefore { continue }
                found.append(Mention(kind: .zone, tokens: index..<end, name: zone))
                index = end
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// The zone a mention was declared to stand for, if its words are a declared name.
    func zone(for mention: Mention) -> String? {
        zoneByAlias[mention.tokens.map { tokens[$0].text }]
    }

    /// The sentence's mentions with declared names resolved: a zone mention whose words were
    /// declared another zone's name becomes that zone, and further uses of declared names are added.
    func resolving(_ mentions: [Mention], in range: Range<Int>) -> [Mention] {
        guard !zoneByAlias.isEmpty else { return mentions }
        var resolved = mentions.map { mention -> Mention in
            guard mention.kind == .zone, let zone = zone(for: mention) else { return mention }
            var renamed = mention
            renamed.name = zone
            return renamed
        }
        resolved += self.mentions(in: range, excluding: mentions)
        resolved.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return resolved
    }

    /// Words that declare another name: "hereinafter referred to as", "also known as", "formerly".
    private static let declaringWords: WordSet = [
        "hereinafter", "hereafter", "referred", "to", "as", "also", "known", "called", "formerly", "former", "abbreviated",
        "or", "short", "for", "previously", "originally", "named",
    ]
}
