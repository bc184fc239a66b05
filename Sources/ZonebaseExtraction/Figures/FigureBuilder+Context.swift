import ZonebaseModel

extension FigureBuilder {
    /// A mention with the name it resolves to.
    struct ResolvedMention {
        var mention: Mention
        var name: String
    }

    /// Words that open a paragraph continuing the previous one ("Meanwhile, …").
    static let continuationWords: WordSet = ["meanwhile", "moreover", "besides", "furthermore", "additionally", "also"]

    /// Verbs whose dates are events, not figure periods ("founded in 2017").
    static let eventVerbs = WordSet(eventVerbWords)

    /// The words of ``eventVerbs``.
    static let eventVerbWords = [
        "founded", "established", "set", "approved", "upgraded", "began", "begun", "started", "built", "launched",
        "initiated", "merged", "registered", "commenced", "opened", "designated", "listed",
    ]

    func beginParagraphIfNeeded(_ analyzed: AnalyzedSentence, state: inout State) {
        guard analyzed.sentence.paragraph != state.paragraph else { return }
        state.previousParagraphSubject = state.paragraphSubject ?? state.previousParagraphSubject
        state.previousParagraphTime = state.paragraphTime
        // News copy runs in one-sentence paragraphs: a report's time then carries over to the next.
        let previousWasOneSentence = state.sentencesInParagraph == 1
        state.sentencesInParagraph = 0
        state.paragraph = analyzed.sentence.paragraph
        state.paragraphZone = nil
        state.paragraphIsVague = false
        let first = tokens[analyzed.range.lowerBound]
        let continues = Self.continuationWords.contains(first)
            || first.isWord("in") && analyzed.range.count > 1 && tokens[analyzed.range.lowerBound + 1].isWord("addition")
        if previousWasOneSentence && !continues {
            state.paragraphSubject = nil
            // A deadline ("By 2030, … will reach …") dates its goal, not the results reported next.
            state.paragraphTime = state.previousParagraphTime?.isDeadline == true ? nil : state.previousParagraphTime
            return
        }
        state.paragraphSubject = continues ? state.previousParagraphSubject : nil
        state.paragraphTime = continues ? state.previousParagraphTime : nil
    }

    /// Resolves every mention of the sentence in order, so "the province" after "Sichuan" is Sichuan.
    func resolveMentions(_ analyzed: AnalyzedSentence, state: inout State) -> [ResolvedMention] {
        var resolved: [ResolvedMention] = []
        for (position, mention) in analyzed.mentions.enumerated() {
            let name: String?
            switch mention.kind {
            case .zone:
                name = context.zones.canonicalName(mention.name)
                // A zone that opens its sentence is what "the zone" means for the rest of the paragraph.
                if position == 0, !mention.isFromList { state.paragraphZone = name }
            case .place:
                if let level = mention.placeLevel { state.lastPlace[level] = mention.name }
                if mention.placeLevel == .province { state.provinceMentions[mention.name, default: 0] += 1 }
                name = mention.name
            case .group:
                let isTyped = mention.zoneType != .other && mention.zoneType != .industrialPark
                let hasOwnName = context.zones.key(of: mention.name).words.subtracting(["zones", "parks"]).isEmpty == false
                name = isTyped || hasOwnName ? mention.name : (state.lastGroup ?? mention.name)
                if isTyped || hasOwnName { state.lastGroup = mention.name }
            case .anaphor:
                switch mention.name {
                case "zone", "it": name = state.paragraphZone ?? context.focusZone ?? state.lastGroup ?? state.documentSubject
                case "zones": name = state.lastGroup ?? context.focusZone
                case "district":
                    // "The district is home to …" in a page about "… Development District": the zone.
                    let zone = state.paragraphZone ?? context.focusZone
                    name = zone.flatMap { $0.lowercased().hasSuffix("district") ? $0 : nil }
                        ?? state.lastPlace[.district] ?? state.lastPlace[.city]
                case "province": name = state.lastPlace[.province]
                case "city": name = state.lastPlace[.city]
                default: name = nil
                }
            }
            if let name { resolved.append(ResolvedMention(mention: mention, name: name)) }
        }
        return resolved
    }

    /// For each time expression, whether a quantity right before it owns it ("8.12 billion yuan in
    /// 2012"), or it dates an event ("founded in 1992"), or is a comparison base.
    func ownedTimes(_ analyzed: AnalyzedSentence) -> [Bool] {
        analyzed.times.map { time in
            if time.isComparisonBase { return true }
            // The document's own date (a dateline) never dates a figure.
            if let date = context.documentDate, time.period.end == nil, time.period.start == date { return true }
            // A single day ("held in Hangzhou on December 12th") is the date of an event or a
            // dateline; figures are stated for years, months and spans, or as of a deadline day.
            if time.period.end == nil, time.period.start.day != nil, !time.isDeadline { return true }
            let start = time.tokens.lowerBound
            var back = start - 1
            var steps = 0
            // A date in the clause of a founding or approval verb is the event's ("upgraded … by the
            // State Council in February 2015"), unless it is a deadline ("had started by August 31").
            while back >= analyzed.range.lowerBound, steps < 16, !time.isDeadline {
                if tokens[back].isPunctuation(",") || tokens[back].isPunctuation(";") { break }
                if tokens[back].kind == .word, Self.eventVerbs.contains(tokens[back]) { return true }
                back -= 1
                steps += 1
            }
            return ownedByQuantity(time, analyzed)
        }
    }

    private func ownedByQuantity(_ time: TimeExpression, _ analyzed: AnalyzedSentence) -> Bool {
        analyzed.quantities.contains { quantity in
            let gap = time.tokens.lowerBound - endSkippingRestatement(quantity, in: analyzed)
            return gap >= 0 && gap <= 1
        }
    }

    /// The end of a quantity and of a bracketed restatement right after it ("10.3 trillion yuan
    /// (about 1.45 trillion U.S. dollars)").
    func endSkippingRestatement(_ quantity: Quantity, in analyzed: AnalyzedSentence) -> Int {
        var end = quantity.tokens.upperBound
        guard end < analyzed.range.upperBound, tokens[end].isPunctuation("(") else { return end }
        var index = end + 1
        while index < analyzed.range.upperBound, index < end + 10 {
            if tokens[index].isPunctuation(")") { return index + 1 }
            index += 1
        }
        end = quantity.tokens.upperBound
        return end
    }

    /// The subject of a quantity (see the rules on ``FigureBuilder``).
    func subject(for quantity: Quantity, subjects: [ResolvedMention], in analyzed: AnalyzedSentence, state: State) -> String {
        let before = subjects.filter { $0.mention.tokens.upperBound <= quantity.tokens.lowerBound }
        let after = subjects.filter { $0.mention.tokens.lowerBound >= quantity.tokens.upperBound }
        if quantity.countsZones {
            // "… has reached 16 in this province": a place named or referred back to holds them.
            if let holder = after.first(where: { $0.mention.tokens.lowerBound - quantity.tokens.upperBound < 14 }),
                holder.mention.kind == .place || holder.mention.kind == .zone
                    || holder.mention.kind == .anaphor && (holder.mention.name == "province" || holder.mention.name == "city")
            {
                return holder.name
            }
            let phrase = quantity.tokens.map { tokens[$0].text }
            if phrase.contains("national") || phrase.contains("state") || phrase.contains("china") { return "China" }
            if let place = before.last(where: { $0.mention.kind == .place }) { return place.name }
            // "the zone has … five industrial parks": the zone holds its parks.
            if let holder = before.last(where: { $0.mention.kind == .zone || $0.mention.kind == .anaphor }) { return holder.name }
            // "By the end of 2017, there were 8 zones under special customs supervision" on a page
            // about a province's zones: the province the page keeps naming holds them.
            if let province = state.lastPlace[.province], state.provinceMentions[province, default: 0] >= 2 { return province }
            return context.focusZone ?? "China"
        }
        // "the 202-square-kilometer zone": the number describes the zone it modifies.
        let next = quantity.tokens.upperBound
        if next < analyzed.range.upperBound, tokens[next].kind == .word, ZoneVocabulary.heads.contains(tokens[next]),
            let focus = context.focusZone
        {
            return focus
        }
        // "Haidian Park had an estimated revenue of 248.5 billion yuan, Fengtai Park 60.0 billion yuan,
        // …": in a later clause of an enumeration, the zone that opens the clause.
        let quantityStart = quantity.tokens.lowerBound
        if let clauseStart = (analyzed.range.lowerBound..<quantityStart).last(where: { tokens[$0].isPunctuation(",") || tokens[$0].isPunctuation(";") }),
            let own = before.first(where: { mention in
                // ", Xicheng Park 25 billion yuan", ", and Nancheng Park 9 billion yuan"
                let opening = tokens[clauseStart + 1].isWord("and") ? clauseStart + 2 : clauseStart + 1
                return mention.mention.kind == .zone && mention.mention.tokens.lowerBound == opening
            }),
            before.first?.mention.tokens.lowerBound != own.mention.tokens.lowerBound
        {
            return own.name
        }
        // The sentence's topic: its first mention, but a named zone over a group named in passing
        // ("Approved as one of the first national high-tech zones, Wuhan East Lake … covers …").
        if let topic = before.first(where: { $0.mention.kind != .group && $0.mention.kind != .place })
            ?? before.first
        {
            if topic.mention.kind == .zone || topic.mention.kind == .anaphor || !before.contains(where: { $0.mention.kind == .zone }) {
                return topic.name
            }
            return before.first { $0.mention.kind == .zone }!.name
        }
        // A place named after the number ("… 60 percent of the imports and exports of Wuhan") is the
        // whole a share is taken of, not what the sentence is about, when a zone is in play.
        if let topic = after.first(where: { $0.mention.kind != .place || $0.mention.placeLevel != .country }) {
            let shareBetween = quantity.unit == .percent || analyzed.quantities.contains {
                $0.unit == .percent && $0.tokens.lowerBound >= quantity.tokens.upperBound
                    && $0.tokens.upperBound <= topic.mention.tokens.lowerBound
            }
            var before = topic.mention.tokens.lowerBound - 1
            if before > analyzed.range.lowerBound, tokens[before].isWord("the") { before -= 1 }
            let isOblique = before >= analyzed.range.lowerBound
                && ["with", "from", "of", "to", "than"].contains(tokens[before])
            if topic.mention.kind == .place, shareBetween || isOblique, let zone = state.paragraphZone ?? context.focusZone { return zone }
            return topic.name
        }
        return state.paragraphSubject ?? context.focusZone ?? state.documentSubject ?? "China"
    }

    /// The period of a quantity and where it came from: a time right after it, else one in its
    /// sentence, else (for flows) the time its paragraph opened with, else the frame a title, heading
    /// or lead set for the passage. Stocks without a time of their own get none.
    func period(
        for quantity: Quantity, metric: Metric, owned: [Bool], in analyzed: AnalyzedSentence, cues: SentenceCues,
        state: State
    ) -> (period: Period, source: PeriodSource)? {
        // "During this period, …", "In the same period, …": the time stated before.
        // A goal in the same sentence ("… and is expected to reach … at the end of the year") has its own.
        if FigureCues.refersToPeriodBefore(tokens, in: analyzed.range),
            !FigureCues.hasTargetWord(tokens, in: analyzed.range.lowerBound..<quantity.tokens.lowerBound),
            let time = state.paragraphTime ?? state.frame
        {
            return (time.period, .paragraph)
        }
        if let own = sentencePeriod(for: quantity, metric: metric, owned: owned, in: analyzed) {
            return (own, .sentence)
        }
        let isStock = isStock(metric, quantity, in: analyzed)
        if isStock || cues.hasStockPhrase { return nil }
        // "Over the decade, …", "in recent years": a vague span is the sentence's own time, and
        // it gives no period.
        if state.paragraphIsVague || cues.hasVagueSpan { return nil }
        if let time = state.paragraphTime {
            // A time carried from a title or lead line keeps the frame's name.
            let fromFrame = state.frame.map { $0.tokens == time.tokens } ?? false
            return (time.period, fromFrame ? state.frameSource : .paragraph)
        }
        if let frame = state.frame { return (frame.period, state.frameSource) }
        return nil
    }

    /// Whether a figure is a stock (a count or size at a date) rather than a flow of its period. A
    /// count of new things ("29 new enterprises", "added 30 enterprises", "attracted 545 …") is a flow.
    func isStock(_ metric: Metric, _ quantity: Quantity, in analyzed: AnalyzedSentence) -> Bool {
        guard [.area, .population, .enterprises, .hitechEnterprises].contains(metric) else { return false }
        // A rate or share of a count is reported for its period ("… enterprises, which account for 35
        // percent of the city's total"); the area itself is a stock.
        if quantity.unit == .percent { return metric == .area }
        guard quantity.unit == .count else { return true }
        let before = max(analyzed.range.lowerBound, quantity.tokens.lowerBound - 4)..<quantity.tokens.lowerBound
        let countsNew = quantity.tokens.contains { tokens[$0].isWord("new") || tokens[$0].isWord("newly") }
            || before.contains { FigureCues.additionWords.contains(tokens[$0]) }
        // "the number of high-tech enterprises reached 500": a count reached is a result of its
        // period, unlike one the zone "now has" or "is home to".
        let isReached = before.suffix(2).contains { UnitLexicon.reachingVerbs.contains(tokens[$0]) }
        return !countsNew && !isReached
    }

    /// The period the figure's own sentence gives it, if any.
    private func sentencePeriod(for quantity: Quantity, metric: Metric, owned: [Bool], in analyzed: AnalyzedSentence) -> Period? {
        let times = analyzed.times.filter { $0.period.start.year > 0 }
        let owned = analyzed.times.indices.filter { analyzed.times[$0].period.start.year > 0 }.map { owned[$0] }
        let end = endSkippingRestatement(quantity, in: analyzed)
        if let own = times.firstIndex(where: { time in
            let gap = time.tokens.lowerBound - end
            return gap >= 0 && gap <= 1 && !time.isComparisonBase
        }) {
            return times[own].period
        }
        let free = times.indices.filter { !owned[$0] }
        // A time that opens the sentence dates every figure in it; later times may belong to a noun
        // ("… funds for projects signed in 2016").
        if let opening = free.first, times[opening].tokens.lowerBound - analyzed.range.lowerBound <= 2,
            times[opening].tokens.upperBound <= quantity.tokens.lowerBound
        {
            return times[opening].period
        }
        if let preceding = free.last(where: { times[$0].tokens.upperBound <= quantity.tokens.lowerBound }) {
            return times[preceding].period
        }
        // "… 10.3 trillion yuan in 2022, accounting for 25 percent": a figure's time dates the
        // figures after it, but not the other end of "from X in 2012 to Y".
        let start = quantity.tokens.lowerBound
        let isEndOfRange = start > analyzed.range.lowerBound && tokens[start - 1].isWord("to")
        if !isEndOfRange, let earlier = times.indices.last(where: { index in
            times[index].tokens.upperBound <= start && !times[index].isComparisonBase
                && analyzed.quantities.contains { $0.tokens.upperBound <= times[index].tokens.lowerBound
                    && times[index].tokens.lowerBound - endSkippingRestatement($0, in: analyzed) <= 1 }
        }) {
            return times[earlier].period
        }
        let isStock = isStock(metric, quantity, in: analyzed)
        // A stock does not take a time stated after it for something else ("is home to 4,000
        // enterprises and attracted … last year").
        if !isStock, let following = free.first(where: { times[$0].tokens.lowerBound >= quantity.tokens.upperBound }) {
            return times[following].period
        }
        return nil
    }

    /// Remembers the sentence's subject and free times for the sentences that follow.
    func endSentence(
        _ analyzed: AnalyzedSentence, figures: [Figure], subjects: [ResolvedMention], owned: [Bool], cues: SentenceCues,
        state: inout State
    ) {
        state.sentencesInParagraph += 1
        if let subject = figures.last?.subject ?? subjects.first?.name {
            state.paragraphSubject = subject
            state.documentSubject = subject
        }
        // The sentence's last time (its own or a figure's, not an event's or a comparison's) dates
        // the results reported after it in the paragraph.
        let reportable = analyzed.times.indices.last { index in
            let time = analyzed.times[index]
            return time.period.start.year > 0 && !time.isComparisonBase && (!owned[index] || ownedByQuantity(time, analyzed))
        }
        if let reportable { state.paragraphTime = analyzed.times[reportable] }
        if cues.hasVagueSpan { state.paragraphIsVague = true }
        updateFrame(analyzed, reportable: reportable, cues: cues, state: &state)
        state.sentencesRead += 1
    }

    /// A title or heading that states a time frames the passage below it; so does a sentence whose
    /// time dates reported results (a lead: "… made remarkable strides in 2023", "Last year, …"),
    /// until another time is stated. Deadlines and times after the page's own date frame nothing:
    /// they date goals, not the results reported under them.
    private func updateFrame(_ analyzed: AnalyzedSentence, reportable: Int?, cues: SentenceCues, state: inout State) {
        guard let reportable else { return }
        let time = analyzed.times[reportable]
        guard !time.isDeadline, time.hasStatedYear else { return }
        if let documentYear = context.documentDate?.year, (time.period.end ?? time.period.start).year > documentYear { return }
        if cues.hasGoalWord { return }
        // Only a sentence about the report as a whole frames what follows: a heading, or one that
        // states a time but no figure of its own ("… achieved breakthroughs last year.").
        // A date of an event ("In December 2015, the bonded zone was put into operation") dates the
        // event, not the results after it.
        let isHeading = isHeadingLine(analyzed)
        // … and so does a time that opens a paragraph ("Last year, …", "In 2022, …").
        let opensParagraph = analyzed.sentence.opensParagraph && time.tokens.lowerBound - analyzed.range.lowerBound <= 1
        guard isHeading || analyzed.quantities.isEmpty || opensParagraph, !cues.hasEventVerb else { return }
        state.frame = time
        if isHeading {
            state.frameSource = state.sentencesRead < 4 ? .title : .heading
        } else {
            state.frameSource = .lead
        }
    }

    /// A line of its own with no full stop and few words: a title or heading.
    func isHeadingLine(_ analyzed: AnalyzedSentence) -> Bool {
        let range = analyzed.range
        guard analyzed.sentence.opensParagraph, range.count <= 20, let last = range.last else { return false }
        if tokens[last].isPunctuation(".") { return false }
        return range.upperBound >= tokens.count || tokens[range.upperBound].lineBreaksBefore >= 1
    }
}
