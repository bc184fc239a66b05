import ZonebaseModel

extension FigureBuilder {
    /// Growth or share for a percentage: growth words in its clause ("up", "an increase of",
    /// "grew by … , revenue by …") or after it ("year-on-year"); share words ("accounting for"); a
    /// rate with neither is a share.
    func percentAspect(_ quantity: Quantity, windowStart: Int, in analyzed: AnalyzedSentence) -> Aspect {
        let after = quantity.tokens.upperBound
        var index = quantity.tokens.lowerBound - 1
        let isPartOf = after < analyzed.range.upperBound && tokens[after].isWord("of")
        // "a 7.9% increase", "7 percent growth", "9.1% year-on-year": the noun right after the rate
        // names what it is, before any verb further back ("representing a 7.9% increase").
        if after < analyzed.range.upperBound, tokens[after].kind == .word, FigureCues.growthNounsAfter.contains(tokens[after]) {
            return .growth
        }
        // "exports, 64.6 percent to 2.56 billion yuan": a rate that leads to the amount it grew to.
        if after + 1 < analyzed.range.upperBound, tokens[after].isWord("to"),
            analyzed.quantities.contains(where: { $0.tokens.lowerBound == after + 1 && $0.unit != .percent })
        {
            return .growth
        }
        while index >= windowStart, !(isPartOf && index < quantity.tokens.lowerBound - 3) {
            let token = tokens[index]
            if token.isPunctuation(";") { break }
            if token.kind == .word {
                if FigureCues.shareBefore.contains(token) { return .share }
                if FigureCues.growthBefore.contains(token) {
                    let next = index + 1 < tokens.count ? tokens[index + 1] : token
                    let previous = index > 0 ? tokens[index - 1] : token
                    if token.hasText("up") && (next.isWord("to") || FigureCues.shareBefore.contains(previous)) {
                        return .share
                    }
                    return .growth
                }
            }
            index -= 1
        }
        if isPartOf { return .share }
        if after < analyzed.range.upperBound {
            let next = tokens[after]
            if next.kind == .word && FigureCues.growthAfter.contains(next) { return .growth }
            if next.isWord("of") || next.isWord("in") && after + 1 < analyzed.range.upperBound && tokens[after + 1].isWord("the") {
                // "30% of the province's investment": a part of a whole.
                return .share
            }
        }
        // "GDP grew by 9.6%, revenue by 44.9%": an elided growth verb.
        if quantity.tokens.lowerBound > analyzed.range.lowerBound, tokens[quantity.tokens.lowerBound - 1].isWord("by") {
            let earlier = analyzed.range.lowerBound..<quantity.tokens.lowerBound
            if earlier.contains(where: { tokens[$0].kind == .word && FigureCues.growthBefore.contains(tokens[$0]) }) {
                return .growth
            }
        }
        return .share
    }

    /// An absolute change: "an increase of 330 million yuan", "increased by 50 enterprises", not
    /// "grew from 500 million yuan to …".
    func isChange(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> Bool {
        var index = quantity.tokens.lowerBound - 1
        var steps = 0
        while index >= analyzed.range.lowerBound, steps < 4 {
            let token = tokens[index]
            if token.isWord("from") || token.isWord("to") || token.isPunctuation(",") { return false }
            if token.kind == .word, FigureCues.changeBefore.contains(token) {
                let next = index + 1 < tokens.count ? tokens[index + 1] : token
                if token.isWord("added") && (next.isWord("value") || next.isPunctuation("-")) { return false }
                // "added 30 industrial enterprises": a count of new things, not a change of a count.
                if token.isWord("added") && quantity.unit == .count { return false }
                if token.isWord("up") && (next.isWord("to") || !token.hasSpaceBefore) { return false }
                return true
            }
            index -= 1
            steps += 1
        }
        return false
    }

    /// "up by 33.3 percent year-on-year, or 890 million yuan": an amount restating a growth rate.
    func isOrRestatement(_ quantity: Quantity, index: Int, in analyzed: AnalyzedSentence) -> Bool {
        guard index > 0, analyzed.quantities[index - 1].unit == .percent else { return false }
        let start = quantity.tokens.lowerBound
        return start >= 2 && tokens[start - 1].isWord("or") && tokens[start - 2].isPunctuation(",")
    }

    /// An amount that only defines a class: "44 projects with investments exceeding 10 billion yuan",
    /// "three of which had annual revenue over 10 billion yuan".
    func isThreshold(_ quantity: Quantity, after previous: Quantity?, in analyzed: AnalyzedSentence) -> Bool {
        guard quantity.unit == .cny || quantity.unit == .usd, let previous, previous.unit == .count else { return false }
        let between = previous.tokens.upperBound..<quantity.tokens.lowerBound
        guard between.count <= 9 else { return false }
        // "20 new projects, each worth more than 100 million yuan": a class even after a comma.
        if between.contains(where: { tokens[$0].isWord("each") || tokens[$0].isWord("single") || tokens[$0].isWord("per") }) {
            return true
        }
        guard !between.contains(where: { tokens[$0].isPunctuation(",") || tokens[$0].isPunctuation(";") }) else { return false }
        let bound = bound(before: quantity, in: analyzed)
        let hasQualifier = between.contains { ["with", "single", "each", "had", "having"].contains(tokens[$0]) }
        return bound == .atLeast || hasQualifier && between.contains { ["above", "over", "exceeding"].contains(tokens[$0]) }
    }

    /// An amount used as a size label: "two 100-billion-yuan industrial bases", "an RMB
    /// 100-billion-level industrial park".
    func isSizeLabel(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> Bool {
        guard quantity.unit == .cny || quantity.unit == .usd else { return false }
        let last = quantity.tokens.upperBound - 1
        if last > quantity.tokens.lowerBound, tokens[last - 1].isPunctuation("-"), tokens[last].isWord("yuan") {
            return true
        }
        let after = quantity.tokens.upperBound
        if after + 1 < analyzed.range.upperBound, tokens[after].isPunctuation("-"),
            tokens[after + 1].isWord("level") || tokens[after + 1].isWord("class")
        {
            return true
        }
        return false
    }

    /// A bracketed restatement in another currency right after an amount: "50 billion yuan ($7.43 billion)".
    func isConversion(_ quantity: Quantity, of previous: Quantity) -> Bool {
        guard quantity.unit == .cny || quantity.unit == .usd, previous.unit == .cny || previous.unit == .usd,
            quantity.unit != previous.unit
        else { return false }
        var index = previous.tokens.upperBound
        guard index < quantity.tokens.lowerBound, tokens[index].isPunctuation("(") else { return false }
        index += 1
        while index < quantity.tokens.lowerBound {
            guard tokens[index].kind == .word, ["about", "around", "approximately", "nearly", "or", "some", "roughly"].contains(tokens[index])
            else { return false }
            index += 1
        }
        return true
    }

    /// Target when a goal word comes before the number in its sentence, expected when a forecast
    /// word does; the nearest word decides.
    func status(before quantity: Quantity, in analyzed: AnalyzedSentence) -> FigureStatus {
        // "will" only says the future: "It is projected that by 2025 the GDP will reach …" is a
        // forecast. A forecast word further back wins over it; a goal word wins at once.
        var sawFuture = false
        var index = quantity.tokens.lowerBound - 1
        let start = max(analyzed.range.lowerBound, quantity.tokens.lowerBound - 60)
        while index >= start {
            let token = tokens[index]
            if token.kind == .word {
                if FigureCues.expected.contains(token) { return .expected }
                if token.hasText("estimated"), index + 2 < tokens.count, tokens[index + 2].isWord("have") { return .actual }
                // "a planned area of 5.46 sq km", "planning area": a noun phrase, not a plan.
                if token.hasText("planned") || token.hasText("planning"), index + 1 < tokens.count,
                    ["area", "land", "scope"].contains(tokens[index + 1])
                {
                    index -= 1
                    continue
                }
                if FigureCues.target.contains(token) {
                    // "of the year's goal" describes an achieved figure.
                    if index > 0, tokens[index - 1].isWord("s") { index -= 1; continue }
                    if FigureCues.future.contains(token) {
                        sawFuture = true
                    } else {
                        return .target
                    }
                }
            }
            index -= 1
        }
        return sawFuture ? .target : .actual
    }

    /// "18% or higher", "500 or more", "2% or less": a bound stated after the number.
    private func boundAfter(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> FigureCues.BoundCue? {
        let after = quantity.tokens.upperBound
        guard after + 1 < analyzed.range.upperBound, tokens[after].isWord("or") else { return nil }
        switch tokens[after + 1].text {
        case "higher", "more", "above", "over", "greater": return .atLeast
        case "less", "lower", "below", "fewer", "under": return .atMost
        default: return nil
        }
    }

    /// "an estimated total revenue of 248.5 billion yuan", "was estimated to have reached $8 billion":
    /// an estimate is approximate (of a period already over, it stays actual).
    private func estimateBefore(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> FigureCues.BoundCue? {
        var index = quantity.tokens.lowerBound - 1
        var steps = 0
        while index >= analyzed.range.lowerBound, steps < 6 {
            let token = tokens[index]
            if token.isPunctuation(",") || token.isPunctuation(";") || token.kind == .number { return nil }
            if token.isWord("estimated") || token.isWord("estimate") { return .approx }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// The bound words right before the number ("more than 4,000 jobs", "about 466.53 billion yuan").
    func bound(before quantity: Quantity, in analyzed: AnalyzedSentence) -> Bound {
        var end = quantity.tokens.lowerBound
        // Skip articles and "a total of" between the bound word and the number.
        while end > analyzed.range.lowerBound, ["a", "an", "the", "total", "of"].contains(tokens[end - 1]),
            tokens[end - 1].kind == .word
        {
            if tokens[end - 1].isWord("of"), end >= 3, tokens[end - 2].isWord("excess") { break }
            end -= 1
        }
        func words(_ count: Int) -> String? {
            guard end - count >= analyzed.range.lowerBound else { return nil }
            let slice = (end - count)..<end
            guard slice.allSatisfy({ tokens[$0].kind == .word }) else { return nil }
            return slice.map { tokens[$0].text }.joined(separator: " ")
        }
        let cue = words(3).flatMap { FigureCues.threeWordBounds[$0] }
            ?? words(2).flatMap { FigureCues.twoWordBounds[$0] }
            ?? words(1).flatMap { FigureCues.singleWordBounds[$0] }
            ?? boundAfter(quantity, in: analyzed)
            ?? estimateBefore(quantity, in: analyzed)
        switch cue {
        case .atLeast: return .atLeast
        case .atMost: return .atMost
        case .approx: return .approx
        case nil: return .exact
        }
    }
}

extension FigureBuilder {
    /// Words of a growth rate that make it a decline: "down 7.3%", "fell by 3.2%", "a 3.2% drop".
    static let declineWords: WordSet = ["down", "decrease", "decreased", "fell", "drop", "dropped", "decline", "declined"]

    /// −1 for a growth rate that is a decline (declines are growths with a negative value), else 1:
    /// a minus sign on the number ("grew -3.2%", not the range "3-5%"), a decline noun right after
    /// it ("a 3.2% drop"), or a decline word as the nearest growth word before it in its clause.
    func growthSign(_ quantity: Quantity, windowStart: Int, in analyzed: AnalyzedSentence) -> Double {
        if hasMinusSign(quantity, in: analyzed) { return -1 }
        let after = quantity.tokens.upperBound
        // The noun after names the change ("a 3.2% drop", "a 7.9% increase"); "year on year" does not.
        if after < analyzed.range.upperBound, tokens[after].kind == .word, FigureCues.growthNounsAfter.contains(tokens[after]),
            !tokens[after].isWord("year"), !tokens[after].isWord("yoy")
        {
            return Self.declineWords.contains(tokens[after]) ? -1 : 1
        }
        var index = quantity.tokens.lowerBound - 1
        while index >= windowStart, !tokens[index].isPunctuation(";") {
            let token = tokens[index]
            if token.kind == .word, FigureCues.growthBefore.contains(token) || FigureCues.shareBefore.contains(token) {
                // "the growth rate declined to 4.8%": the rate it fell to, not a fall by it.
                let fellTo = index + 1 < quantity.tokens.lowerBound && tokens[index + 1].isWord("to")
                return Self.declineWords.contains(token) && !fellTo ? -1 : 1
            }
            index -= 1
        }
        return 1
    }

    /// Whether a minus sign stands right before the number, apart from what precedes it ("-3.2%",
    /// "(-3.2%)"), so that it is no range ("3-5%") and no compound ("year-on-year").
    func hasMinusSign(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> Bool {
        let number = quantity.numberToken
        guard number > analyzed.range.lowerBound, number == quantity.tokens.lowerBound, !tokens[number].hasSpaceBefore else { return false }
        let minus = tokens[number - 1]
        guard minus.isPunctuation("-") else { return false }
        return minus.hasSpaceBefore || number - 1 == analyzed.range.lowerBound || tokens[number - 2].isPunctuation("(")
    }
}
