/// Splits a list of industries into items the way the text delimits it: commas, the list's final
/// "and" (unless an Oxford comma already closed the list), "in addition to" and "as well as".
struct IndustryListSplitter {
    let tokens: [Token]

    /// Words that end a list: the clause goes on with a verb or a relative.
    private static let terminators: WordSet = [
        "while", "which", "that", "is", "are", "was", "were", "has", "have", "had", "so", "etc", "with", "will",
        "to", "among", "through", "by", "where", "thus", "forming", "becoming", "including", "there",
    ]

    /// Verbs that open a clause, not an industry ("optimize …", "providing …").
    private static let verbs: WordSet = [
        "optimize", "optimise", "demonstrate", "promote", "build", "strengthen", "improve", "develop", "expand",
        "providing", "promoting", "building", "improving", "attracting", "accelerating", "developing", "especially",
        "optimizing", "optimising", "upgrading", "enhancing", "creating", "strengthening", "expanding",
        "economic", "social",
    ]

    /// Praise words dropped from the front of an item ("advantageous Tibet medicines").
    private static let praise: WordSet = ["advantageous", "booming", "thriving", "flourishing", "strong", "competitive"]

    /// The items of a list starting at `start`.
    func items(from start: Int, in range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var pieceStart = start
        var depth = 0
        var index = start
        var closedByConjunction = false
        scanning: while index < range.upperBound {
            let token = tokens[index]
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")") { depth = max(0, depth - 1) }
            if depth == 0 {
                if token.isPunctuation(".") || token.isPunctuation(";") || token.isPunctuation(":") || token.isPunctuation("!") {
                    break
                }
                if token.isWord("in"), index + 2 < range.upperBound, tokens[index + 1].isWord("addition"),
                    tokens[index + 2].isWord("to")
                {
                    // "…, in addition to A": the list goes on.
                    index += 3
                    continue
                }
                if token.kind == .word, Self.terminators.contains(token) { break }
                if token.isWord("as"), index + 2 < range.upperBound, tokens[index + 1].isWord("well"), tokens[index + 2].isWord("as") {
                    // "…, food and beverage, as well as textile dyeing": the list's last item follows.
                    if pieces.isEmpty && pieceStart == start {
                        closedByConjunction = true
                        break scanning
                    }
                    pieces.append(pieceStart..<index)
                    pieceStart = index + 3
                    index += 3
                    closedByConjunction = true
                    continue
                }
                if token.isPunctuation(",") {
                    // After "as well as" comes one last item: a list there ("as well as the
                    // introduction, development and promotion of …") is a clause, and the list ends.
                    if closedByConjunction {
                        pieceStart = index
                        break scanning
                    }
                    pieces.append(pieceStart..<index)
                    pieceStart = index + 1
                }
            }
            index += 1
        }
        pieces.append(pieceStart..<index)
        var items: [Range<Int>] = []
        // "…, A and B, is developing": the list's last item is the last one that holds words.
        let lastItem = pieces.lastIndex { trimmed($0) != nil }
        for (position, piece) in pieces.enumerated() {
            guard var item = trimmed(piece) else { continue }
            let isLast = position == lastItem
            let startsWithAnd = tokens[piece.lowerBound...].first.map { $0.isWord("and") } ?? false
            // "and other industries" closes a list without naming one.
            if tokens[item.lowerBound].isWord("other") { break }
            if Self.verbs.contains(tokens[item.lowerBound]) { break }
            // "advanced manufacturing and modern service industries": a lone pair names two industries.
            let isLonePair = pieces.count == 1 && tokens[piece].last.map { $0.isWord("industries") } == true
            if isLast, pieces.count >= 2 || isLonePair, !startsWithAnd, !closedByConjunction, let and = lastTopLevelAnd(in: item) {
                if let first = trimmed(item.lowerBound..<and) { items.append(first) }
                guard let second = trimmed((and + 1)..<item.upperBound) else { continue }
                item = second
                if tokens[item.lowerBound].isWord("other") { break }
            }
            // A long item is a clause, not an industry: the list has ended.
            if tokens[item].filter({ $0.kind == .word }).count > 9 || tokens[item].contains(where: { $0.kind == .number }) { break }
            if tokens[item].contains(where: { $0.isWord("cluster") || $0.isWord("clusters") }) { break }
            items.append(item)
        }
        return items
    }

    /// An item without leading conjunctions, articles and praise, and without a trailing "industry".
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let token = tokens[start]
            if token.isWord("and") || token.isWord("the") || token.isWord("also") || token.isWord("its")
                || token.kind == .word && Self.praise.contains(token) || token.isPunctuation("-")
                || token.isPunctuation("\"")
            {
                start += 1
            } else if token.isWord("in"), start + 2 < end, tokens[start + 1].isWord("addition"), tokens[start + 2].isWord("to") {
                start += 3
            } else if token.isWord("such"), start + 1 < end, tokens[start + 1].isWord("as") {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            let token = tokens[end - 1]
            if ["industry", "industries", "cluster", "clusters", "sector", "sectors", "etc"].contains(token) && end - 1 > start
                || token.isPunctuation("\"") || token.isPunctuation(".")
            {
                end -= 1
            } else {
                break
            }
        }
        return start < end ? start..<end : nil
    }

    private func lastTopLevelAnd(in range: Range<Int>) -> Int? {
        var depth = 0
        var found: Int?
        for index in range {
            if tokens[index].isPunctuation("(") { depth += 1 }
            if tokens[index].isPunctuation(")") { depth = max(0, depth - 1) }
            if depth == 0, tokens[index].isWord("and") { found = index }
        }
        return found
    }
}
