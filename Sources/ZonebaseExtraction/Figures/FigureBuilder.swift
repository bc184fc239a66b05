import ZonebaseModel

/// Turns the quantities of a sentence into figures: decides each one's metric, aspect, status,
/// bound, period and subject from the words around it and from what the document said before.
struct FigureBuilder {
    let tokens: [Token]
    let context: DocumentContext
    let evidence: EvidenceFactory

    /// What carries over from sentence to sentence.
    struct State {
        var paragraph = -1
        var paragraphSubject: String?
        var paragraphTime: TimeExpression?
        var previousParagraphSubject: String?
        var previousParagraphTime: TimeExpression?
        var lastPlace: [PlaceLevel: String] = [:]
        /// How often each province has been named so far.
        var provinceMentions: [String: Int] = [:]
        var lastGroup: String?
        var documentSubject: String?
        var lastFigure: Figure?
        var sentencesInParagraph = 0
        var paragraphZone: String?
        /// The reference time of the passage: set by a title or heading that states a time, or by
        /// a lead whose time dates the results reported under it, until another time is stated.
        var frame: TimeExpression?
        var frameSource: PeriodSource = .lead
        /// Whether the paragraph speaks of a vague span ("Over the decade, …"): its figures take no
        /// time from outside their sentence.
        var paragraphIsVague = false
        /// How many sentences have been read, to tell the title from later headings.
        var sentencesRead = 0
    }

    /// The figures of `analyzed`, updating `state`.
    func figures(for analyzed: AnalyzedSentence, state: inout State) -> [Figure] {
        beginParagraphIfNeeded(analyzed, state: &state)
        let subjects = resolveMentions(analyzed, state: &state)
        let owned = ownedTimes(analyzed)
        let cues = analyzed.cues
        var figures: [Figure] = []
        var previous: (quantity: Quantity, figure: Figure?)?
        for (position, quantity) in analyzed.quantities.enumerated() {
            defer { previous = (quantity, figures.last.flatMap { $0.evidence.span.start == spanStart(quantity) ? $0 : nil }) }
            let lastCount = analyzed.quantities[..<position].last { $0.unit == .count }
            if isThreshold(quantity, after: lastCount, in: analyzed) || isSizeLabel(quantity, in: analyzed) {
                continue
            }
            if let skipped = previous, skipped.figure == nil, isConversion(quantity, of: skipped.quantity) {
                continue  // the restatement of a threshold or label is no figure either
            }
            if let main = previous?.figure, isConversion(quantity, of: previous!.quantity) {
                var conversion = main
                conversion.value = quantity.value
                conversion.unit = quantity.unit
                conversion.isConversion = true
                let ownBound = bound(before: quantity, in: analyzed)
                conversion.bound = ownBound == .exact ? main.bound : ownBound
                conversion.evidence = evidence.evidence(quantity.tokens, in: analyzed.sentence, rule: "figure.conversion")
                figures.append(conversion)
                continue
            }
            var (metric, measureMatch, aspect, rule) = classify(quantity, index: position, in: analyzed)
            var measure = quantity.unit == .count
                ? MeasureNamer(tokens: tokens).name(ofCount: quantity)
                : measureMatch.flatMap { MeasureNamer(tokens: tokens).name(of: $0, in: analyzed.range) }
            // "This is an increase of nearly 300 billion yuan": a change with no metric words of its
            // own continues the figure before it.
            if metric == .other, analyzed.metrics.isEmpty, aspect == .growth, let last = state.lastFigure,
                last.unit == quantity.unit || quantity.unit == .percent
            {
                metric = last.metric
                measure = last.measure
            }
            let status = status(before: quantity, in: analyzed)
            var dated = period(for: quantity, metric: metric, owned: owned, in: analyzed, cues: cues, state: state)
            // A goal or forecast takes no time from the report it stands in: the frame dates results.
            if status != .actual, let source = dated?.source, source == .title || source == .heading || source == .lead {
                dated = nil
            }
            // "By 2025, … will take up 13.67 percent. … enterprises will reach 7,000": the goals of a
            // plan paragraph share its deadline, counts too.
            if status != .actual, dated == nil, let deadline = state.paragraphTime, deadline.isDeadline {
                dated = (deadline.period, .paragraph)
            }
            // Declines are growths with a negative value; a minus sign belongs to the quote.
            let isRate = quantity.unit == .percent && aspect == .growth && !quantity.isFraction
            let windowStart = position > 0 ? analyzed.quantities[position - 1].tokens.upperBound : analyzed.range.lowerBound
            let sign = isRate ? growthSign(quantity, windowStart: windowStart, in: analyzed) : 1
            let quoted = isRate && hasMinusSign(quantity, in: analyzed) ? (quantity.tokens.lowerBound - 1)..<quantity.tokens.upperBound : quantity.tokens
            let figure = Figure(
                subject: subject(for: quantity, subjects: subjects, in: analyzed, state: state),
                metric: metric, value: quantity.value * sign, unit: quantity.unit, aspect: aspect,
                status: status, bound: bound(before: quantity, in: analyzed),
                period: dated?.period, measure: measure, periodSource: dated?.source,
                evidence: evidence.evidence(quoted, in: analyzed.sentence, rule: rule))
            figures.append(figure)
        }
        if let last = figures.last(where: { !$0.isConversion }) { state.lastFigure = last }
        endSentence(analyzed, figures: figures, subjects: subjects, owned: owned, cues: cues, state: &state)
        return figures
    }

    private func spanStart(_ quantity: Quantity) -> Int {
        evidence.decoded.originalOffset(tokens[quantity.tokens.lowerBound].start)
    }

    // MARK: Metric and aspect

    /// The metric, the phrase that named it, the aspect and the rule name of a quantity.
    private func classify(
        _ quantity: Quantity, index: Int, in analyzed: AnalyzedSentence
    ) -> (Metric, MetricLexicon.Match?, Aspect, String) {
        let previous = index > 0 ? analyzed.quantities[index - 1] : nil
        let windowStart = previous.map { $0.tokens.upperBound } ?? analyzed.range.lowerBound
        switch quantity.unit {
        case .count:
            if isChange(quantity, in: analyzed) { return (quantity.countMetric ?? .other, nil, .growth, "figure.count.change") }
            return (quantity.countMetric ?? .other, nil, .level, "figure.count")
        case .squareKilometres:
            return (.area, nil, isChange(quantity, in: analyzed) ? .growth : .level, "figure.area")
        case .percent:
            let aspect = percentAspect(quantity, windowStart: windowStart, in: analyzed)
            // "nearly 30 percent of the city's industrial added value": the whole names what is shared.
            let isPartOf = quantity.tokens.upperBound < analyzed.range.upperBound && tokens[quantity.tokens.upperBound].isWord("of")
            // A share takes the metric of the part ("R&D spending … 3.36% of GDP"), but "the area"
            // that holds the part names no measure: then the whole does.
            var part = metricBefore(quantity, from: windowStart, in: analyzed, moneyOnly: false)
            if part?.metric == .area, aspect == .share, isPartOf, let whole = metricAfterOf(quantity, in: analyzed), whole.metric != .area {
                part = whole
            }
            let metric = part
                ?? (aspect == .share ? metricAfterOf(quantity, in: analyzed) : nil)
                ?? previous.flatMap { inheritedMetric($0, in: analyzed) }
                ?? metricBefore(quantity, from: analyzed.range.lowerBound, in: analyzed, moneyOnly: false)
                ?? metricAfterOf(quantity, in: analyzed)
                ?? metricLaterInClause(quantity, index: index, in: analyzed)
            return (metric?.metric ?? .other, metric, aspect, aspect == .growth ? "figure.percent.growth" : "figure.percent.share")
        case .cny, .usd:
            let aspect: Aspect = isChange(quantity, in: analyzed) || isOrRestatement(quantity, index: index, in: analyzed)
                ? .growth : .level
            let metric = metricAfterOf(quantity, in: analyzed, moneyOnly: true, adjacentOnly: true)
                ?? metricBefore(quantity, from: windowStart, in: analyzed, moneyOnly: true)
                ?? previous.flatMap { inheritedMetric($0, in: analyzed, forMoney: true) }
                ?? metricBefore(quantity, from: analyzed.range.lowerBound, in: analyzed, moneyOnly: true)
            return (metric?.metric ?? .other, metric, aspect, aspect == .growth ? "figure.money.change" : "figure.money")
        }
    }

    /// The nearest metric phrase before the quantity, from `start`.
    private func metricBefore(
        _ quantity: Quantity, from start: Int, in analyzed: AnalyzedSentence, moneyOnly: Bool
    ) -> MetricLexicon.Match? {
        analyzed.metrics.last { match in
            match.tokens.lowerBound >= start && match.tokens.upperBound <= quantity.tokens.lowerBound
                && (match.isMoney || !moneyOnly)
        }
    }

    /// A metric phrase right after the quantity ("44.53-bln yuan output value", "760 million yuan in
    /// taxes", "($36.79 billion) in the total value of industries", "30% of the province's investment").
    private func metricAfterOf(
        _ quantity: Quantity, in analyzed: AnalyzedSentence, moneyOnly: Bool = false, adjacentOnly: Bool = false
    ) -> MetricLexicon.Match? {
        var index = quantity.tokens.upperBound
        let limit = analyzed.range.upperBound
        // Skip a bracketed restatement: "($36.79 billion)".
        if index < limit, tokens[index].isPunctuation("(") {
            while index < limit, !tokens[index].isPunctuation(")") { index += 1 }
            index += 1
        }
        var steps = 0
        let fillers: Set<String> = ["in", "of", "the", "total", "its", "their", "for", "from", "as", "worth", "s", "'"]
        while index < limit, steps < (adjacentOnly ? 4 : 8) {
            if let match = analyzed.metrics.first(where: { $0.tokens.lowerBound == index }), match.isMoney || !moneyOnly {
                // "… worth of GDP": the measure follows "worth of".
                let isWorthOf = match.tokens.count == 1 && tokens[index].isWord("worth") && index + 1 < limit
                    && tokens[index + 1].isWord("of")
                if !isWorthOf { return match }
            }
            let token = tokens[index]
            guard token.kind == .word || token.isPunctuation("'") else { return nil }
            if adjacentOnly && Self.clauseWords.contains(token) && !fillers.contains(token.text) { return nil }
            if !adjacentOnly, ["and", "while", "which", "with"].contains(token) { return nil }
            index += 1
            steps += 1
        }
        return nil
    }

    /// "With an increase of 10.2 percent, the general public budget revenue was …": a rate that
    /// opens its sentence with no measure before it takes the first one named after it, before the
    /// next number.
    private func metricLaterInClause(_ quantity: Quantity, index: Int, in analyzed: AnalyzedSentence) -> MetricLexicon.Match? {
        guard index == 0, quantity.tokens.lowerBound - analyzed.range.lowerBound <= 8 else { return nil }
        let next = index + 1 < analyzed.quantities.count ? analyzed.quantities[index + 1].tokens.lowerBound : analyzed.range.upperBound
        return analyzed.metrics.first { $0.tokens.lowerBound >= quantity.tokens.upperBound && $0.tokens.upperBound <= next }
    }

    /// Words that start a new clause after an amount: no metric phrase past them belongs to it.
    static let clauseWords: WordSet = [
        "and", "or", "while", "which", "with", "to", "from", "for", "by", "on", "at", "is", "are", "was", "were", "has",
        "have", "had", "up", "an", "a", "increase", "that", "will", "be",
    ]

    /// The metric a growth rate or restatement takes from the amount before it in the sentence; an
    /// amount after a count of projects takes the money words of that count ("investment projects").
    private func inheritedMetric(
        _ previous: Quantity, in analyzed: AnalyzedSentence, forMoney: Bool = false
    ) -> MetricLexicon.Match? {
        if previous.unit == .count {
            if forMoney {
                return analyzed.metrics.last { $0.isMoney && previous.tokens.contains($0.tokens.lowerBound) }
            }
            // A rate after a count measures the counted things: the count's own words name it.
            return previous.countMetric.map { MetricLexicon.Match(metric: $0, tokens: previous.tokens, isMoney: false) }
        }
        if previous.unit == .squareKilometres {
            // A rate after an area is the area's; an amount after it is something else ("… sq km
            // space … at a cost of 3.22 billion yuan").
            return forMoney ? nil : MetricLexicon.Match(metric: .area, tokens: previous.tokens, isMoney: false)
        }
        return metricAfterOf(previous, in: analyzed, moneyOnly: true, adjacentOnly: true)
            ?? metricBefore(previous, from: analyzed.range.lowerBound, in: analyzed, moneyOnly: previous.unit != .percent)
    }
}
