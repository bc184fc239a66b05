import ZonebaseModel

/// Turns the quantities of Chinese sentences into figures. The decisions are those of the English
/// rules, read from Chinese words: the measure named before the number in its clause, a rate after
/// an amount measuring that amount (实现营业收入1.06万亿元,同比增长8.6%), a goal word (力争, 预计)
/// before it in its clause group, the sentence's own time before the passage's, stocks (现有,
/// 累计) at no time, and the zone named nearest before it as its subject.
struct ChineseFigureReader {
    let text: ChineseText
    let evidence: EvidenceFactory
    /// The zone the page is about: what 高新区, 园区 and 全区 refer to.
    let focusZone: String?
    /// The province the page is about (its short name, 四川): what 全省 refers to.
    let province: String?
    /// The group the page is about when it names no zone of its own most (全省高新区 → 河北高新区).
    let groupFocus: String?
    /// Who holds the zones a count counts: the prefecture most of the page's zones are in, else the province.
    let holder: String?

    /// What carries over from sentence to sentence.
    struct State {
        /// The time of the passage: a title, a heading or a paragraph that opens with a time.
        var frame: Period?
        var frameSource: PeriodSource = .lead
        var paragraph = -1
        var paragraphSubject: String?
        /// The time an adverbial opens a clause with ("2016年,", "“十三五”期间,"): it dates the rest
        /// of the paragraph.
        var paragraphTime: Period?
        var lastFigure: Figure?
    }

    /// The figures of `analyzed`, updating `state`.
    func figures(for analyzed: ChineseSentence, isHeading: Bool, state: inout State) -> [Figure] {
        let opens = analyzed.sentence.paragraph != state.paragraph
        if opens {
            state.paragraph = analyzed.sentence.paragraph
            state.paragraphSubject = nil
            state.paragraphTime = nil
        }
        updateFrame(analyzed, opensParagraph: opens, isHeading: isHeading, state: &state)
        if let opening = analyzed.times.first(where: { opensClause($0) }) { state.paragraphTime = opening.expression.period }
        #if DEBUGTRACE
        print("P\(analyzed.sentence.paragraph) frame=\(String(describing: state.frame)) para=\(String(describing: state.paragraphTime)) times=\(analyzed.times.map { "\($0.expression.period)\($0.isVague ? "~" : "")" }) :: " + evidence.collapsed(analyzed.range).prefix(60))
        #endif
        var figures: [Figure] = []
        let parallel = parallelPeriods(analyzed)
        let respective = respectiveMeasures(analyzed)
        for (index, found) in analyzed.quantities.enumerated() {
            let quantity = found.quantity
            if isThreshold(quantity, in: analyzed) { continue }
            let previous = figures.last
            var (metric, measureRange, aspect, sign) = classify(quantity, previous: previous, in: analyzed)
            if let measure = respective[index] {
                (metric, measureRange) = (measure.metric, measure.tokens)
                if measure.isGrowth, quantity.unit == .percent { aspect = .growth }
            }
            // "分别占全市的54%、28%": a rate listed after another (、) is read like it.
            if let previous, previous.unit == quantity.unit, quantity.unit == .percent, respective[index] == nil,
                let last = analyzed.quantities[..<index].last, last.quantity.tokens.upperBound + 1 == quantity.tokens.lowerBound,
                text.codes[last.quantity.tokens.upperBound] == ChineseText.enumerationComma
            {
                (metric, aspect, measureRange) = (previous.metric, previous.aspect, nil)
            }
            let status = status(before: quantity, in: analyzed)
            var period = parallel[index] ?? ownTime(before: quantity, in: analyzed)
            var source: PeriodSource? = period == nil ? nil : .sentence
            // A stock (现有, 累计) has no time of its own; its change (同比增长) is the period's.
            if period == nil, status == .actual, aspect != .level || !isStock(before: quantity, in: analyzed), !hasVagueTime(analyzed),
                !hasEventDate(analyzed)
            {
                period = state.paragraphTime ?? state.frame
                source = state.paragraphTime != nil ? .paragraph : nil
                if source == nil, period != nil { source = state.frameSource }
            }

            let subject = subject(before: quantity, in: analyzed, state: state)
            let figure = Figure(
                subject: subject ?? "", metric: metric, value: quantity.value * sign, unit: quantity.unit, aspect: aspect,
                status: status, bound: found.isMoreThan ? .atLeast : bound(of: quantity, in: analyzed),
                period: period, measure: measureRange.map(written), periodSource: source,
                evidence: evidence.evidence(quantity.tokens, in: analyzed.sentence, rule: "figure.zh.\(aspect.rawValue)"))
            figures.append(figure)
        }
        if let subject = analyzed.zones.last(where: { (!$0.isBare || $0.isGroup) && !$0.isNationwide && isTopic($0, in: analyzed) }) {
            state.paragraphSubject = subject.isGroup ? groupName(subject) : subject.listedName ?? written(subject.tokens)
        }
        if let last = figures.last { state.lastFigure = last }
        return figures.filter { !$0.subject.isEmpty || focusZone == nil }
    }

    // MARK: Time

    /// A title or heading that states a time, a paragraph that opens with one ("2016年,…") or a
    /// sentence that states a time but no figure sets the passage's time until another does.
    private func updateFrame(_ analyzed: ChineseSentence, opensParagraph: Bool, isHeading: Bool, state: inout State) {
        let usable = analyzed.times.filter { !$0.isVague && !$0.expression.isComparisonBase && !$0.expression.isDeadline && $0.date?.day == nil }
        guard let first = usable.first else {
            if isHeading { state.frame = nil }
            return
        }
        let opensWithTime = first.expression.tokens.lowerBound - analyzed.range.lowerBound <= 1
        if isHeading || analyzed.quantities.isEmpty && !hasEventDate(analyzed) || opensParagraph && opensWithTime {
            state.frame = first.expression.period
            state.frameSource = isHeading ? .heading : opensParagraph ? .paragraph : .lead
        }
    }

    /// Whether a time opens its clause and is set off by a comma: "2016年,", "“十三五”期间,".
    private func opensClause(_ time: ChineseTimeReader.Found) -> Bool {
        let tokens = time.expression.tokens
        guard !time.isVague, !time.expression.isComparisonBase, !time.expression.isDeadline, time.date?.day == nil,
            tokens.upperBound < text.codes.count, text.isMark(tokens.upperBound, ",")
        else { return false }
        return tokens.lowerBound == 0 || ChineseQuantityReader.isClauseBreak(text, tokens.lowerBound - 1)
            || text.tokens[tokens.lowerBound].lineBreaksBefore > 0
    }

    /// The time the sentence itself gives the quantity: the last one before it, else the first after
    /// it in its clause.
    private func ownTime(before quantity: Quantity, in analyzed: ChineseSentence) -> Period? {
        let start = quantity.tokens.lowerBound
        // An event's date (来宾高新区2015年3月获批) is passed over: the time before it may date the figure.
        let usable = analyzed.times.filter { !$0.expression.isComparisonBase && !isEventTime($0, in: analyzed) }
        if let last = usable.last(where: { $0.expression.tokens.upperBound <= start }) {
            if last.isVague || last.date?.day != nil { return nil }
            return last.expression.period
        }
        return nil
    }

    /// A time an event verb follows in its clause ("于2013年经湖北省人民政府批准成立", "2002年8月,…批准"):
    /// the date of the event, which dates no figure.
    private func isEventTime(_ time: ChineseTimeReader.Found, in analyzed: ChineseSentence) -> Bool {
        guard !time.expression.isDeadline, time.expression.period.end == nil else { return false }
        var end = time.expression.tokens.upperBound
        while end < analyzed.range.upperBound, end - time.expression.tokens.upperBound < 16, !text.isMark(end, ";"),
            analyzed.quantities.allSatisfy({ $0.quantity.tokens.lowerBound != end })
        {
            end += 1
        }
        let after = time.expression.tokens.upperBound..<end
        return Self.eventVerbs.contains { text.contains($0, in: after) }
    }

    private func hasVagueTime(_ analyzed: ChineseSentence) -> Bool { analyzed.times.contains { $0.isVague } }

    /// An event's date (1992年11月被国务院批准, 6月28日) dates the event, not the sentence's figures.
    private func hasEventDate(_ analyzed: ChineseSentence) -> Bool {
        analyzed.times.contains { $0.date?.month != nil && !$0.expression.isDeadline && Self.eventVerbs.contains { verb in text.contains(verb, in: analyzed.range) } || isEventTime($0, in: analyzed) }
    }

    /// Whether a stock word (现有, 累计, 拥有) stands before the quantity in its sentence.
    private func isStock(before quantity: Quantity, in analyzed: ChineseSentence) -> Bool {
        let range = analyzed.range.lowerBound..<quantity.tokens.lowerBound
        return ChineseLexicon.stockWords.contains { text.contains($0, in: range) }
    }

    // MARK: Metric and aspect

    /// The metric, the phrase that named it, the aspect and the sign (−1 for a fall) of a quantity.
    private func classify(
        _ quantity: Quantity, previous: Figure?, in analyzed: ChineseSentence
    ) -> (Metric, Range<Int>?, Aspect, Double) {
        let start = quantity.tokens.lowerBound
        let clause = clauseStart(before: start, in: analyzed)
        let change = changeWord(before: start, from: clause, in: analyzed)
        let sign: Double = change?.isDecline == true ? -1 : 1
        let inClause = analyzed.metrics.last { $0.tokens.lowerBound >= clause && $0.tokens.upperBound <= start }
        switch quantity.unit {
        case .count:
            return (quantity.countMetric ?? .other, nil, change == nil ? .level : .growth, sign)
        case .squareKilometres:
            return (.area, nil, change == nil ? .level : .growth, sign)
        case .percent:
            let share = shareWord(before: start, from: clause)
            let aspect: Aspect = if let change, share.map({ change.position > $0 }) ?? true { .growth } else { .share }
            // 20%的工业增加值, 占全省30%的税收: the measure after the rate.
            if aspect == .share, quantity.tokens.upperBound < analyzed.range.upperBound, text.codes[quantity.tokens.upperBound] == Self.de,
                let after = analyzed.metrics.first(where: { $0.tokens.lowerBound > quantity.tokens.upperBound && $0.tokens.lowerBound - quantity.tokens.upperBound <= 10 }),
                !(quantity.tokens.upperBound..<after.tokens.lowerBound).contains(where: { ChineseQuantityReader.isClauseBreak(text, $0) })
            {
                return (after.metric, after.tokens, .share, 1)
            }
            if aspect == .share, let share {
                // The part names the measure: the words before 占, else the amount before it.
                let part = analyzed.metrics.last { $0.tokens.lowerBound >= clause && $0.tokens.upperBound <= share }
                if let part { return (part.metric, part.tokens, .share, 1) }
                if let previous, previous.unit != .percent { return (previous.metric, nil, .share, 1) }
                if let whole = inClause { return (whole.metric, whole.tokens, .share, 1) }
                return (.other, nil, .share, 1)
            }
            if let inClause { return (inClause.metric, inClause.tokens, aspect, sign) }
            if let previous { return (previous.metric, nil, aspect, sign) }
            if let before = analyzed.metrics.last(where: { $0.tokens.upperBound <= start }) { return (before.metric, before.tokens, aspect, sign) }
            return (.other, nil, aspect, sign)
        case .cny, .usd:
            let aspect: Aspect = change == nil ? .level : .growth
            if let inClause { return (inClause.metric, inClause.tokens, aspect, sign) }
            if let after = analyzed.metrics.first(where: { $0.tokens.lowerBound >= quantity.tokens.upperBound && $0.tokens.lowerBound - quantity.tokens.upperBound <= 2 }) {
                return (after.metric, after.tokens, aspect, sign)
            }
            // "国内生产总值突破100亿元大关,达到100.03亿元": the clause goes on with the measure before it.
            if let previous, previous.unit == quantity.unit || aspect == .growth { return (previous.metric, nil, aspect, sign) }
            if let before = analyzed.metrics.last(where: { $0.tokens.upperBound <= start }),
                !analyzed.quantities.contains(where: { $0.quantity.tokens.lowerBound >= before.tokens.upperBound && $0.quantity.tokens.upperBound <= start })
            {
                return (before.metric, before.tokens, aspect, sign)
            }
            return (.other, nil, aspect, sign)
        }
    }

    /// A change word before a number: where it ends, and whether it is a fall.
    private struct Change {
        var position: Int
        var isDecline: Bool
    }

    /// A growth or decline word right before the number (up to four characters back, bound and
    /// filler words between): 同比增长7.2%, 下降3.6%, 增加330亿元.
    private func changeWord(before start: Int, from clause: Int, in analyzed: ChineseSentence) -> Change? {
        var position = start
        var steps = 0
        while position > clause, steps < 5 {
            for word in ChineseLexicon.declineWords where text.matches(word, endingAt: position, lowerLimit: clause) {
                return Change(position: position, isDecline: true)
            }
            for word in ChineseLexicon.growthWords where text.matches(word, endingAt: position, lowerLimit: clause) {
                // 增加值 is a measure, 增加到 / 增长至 "rose to" a level, 新增 "newly added" a count.
                if position < start, Self.levelMarks.contains(text.codes[position]) { continue }
                if text.matches(Self.newlyAdded, endingAt: position, lowerLimit: clause) { continue }
                // 工业增加值172.8亿元: the word is inside a measure's name.
                if analyzed.metrics.contains(where: { $0.tokens.contains(position - 1) }) { continue }
                return Change(position: position, isDecline: false)
            }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// Where a share word (占, 比重) stands before the number in its clause.
    private func shareWord(before start: Int, from clause: Int) -> Int? {
        var position = start
        while position > clause {
            for word in ChineseLexicon.shareWords where text.matches(word, endingAt: position, lowerLimit: clause) {
                if word.count == 1, word == Self.zhi, !text.matches(Self.fenZhi, endingAt: position, lowerLimit: clause) { continue }
                return position - word.count
            }
            position -= 1
        }
        return nil
    }

    /// The start of the clause holding `index`: after the last ，；： before it.
    private func clauseStart(before index: Int, in analyzed: ChineseSentence) -> Int {
        var position = index
        while position > analyzed.range.lowerBound, !ChineseQuantityReader.isClauseBreak(text, position - 1) { position -= 1 }
        return position
    }

    // MARK: Status, bound, thresholds

    /// A goal or forecast word before the quantity, back to the last semicolon of its sentence.
    private func status(before quantity: Quantity, in analyzed: ChineseSentence) -> FigureStatus {
        var start = quantity.tokens.lowerBound
        while start > analyzed.range.lowerBound, !text.isMark(start - 1, ";") { start -= 1 }
        let range = start..<quantity.tokens.lowerBound
        if ChineseLexicon.expectedWords.contains(where: { text.contains($0, in: range) }) { return .expected }
        if ChineseLexicon.targetWords.contains(where: { text.contains($0, in: range) }) { return .target }
        if analyzed.times.contains(where: { $0.expression.isDeadline && $0.expression.tokens.upperBound <= quantity.tokens.lowerBound && $0.expression.tokens.lowerBound >= start }) {
            return .target
        }
        return .actual
    }

    /// The bound words around the quantity: 超过 / 近 / 不足 before it, 以上 / 左右 / 以下 after.
    private func bound(of quantity: Quantity, in analyzed: ChineseSentence) -> Bound {
        let limit = analyzed.range.upperBound
        for entry in ChineseLexicon.boundsAfter where text.matches(entry.phrase, at: quantity.tokens.upperBound, limit: limit) {
            return entry.bound
        }
        var position = quantity.tokens.lowerBound
        while position > analyzed.range.lowerBound, ChineseLexicon.fillers.contains(text.codes[position - 1]) { position -= 1 }
        for entry in ChineseLexicon.boundsBefore where text.matches(entry.phrase, endingAt: position, lowerLimit: analyzed.range.lowerBound) {
            return entry.bound
        }
        return .exact
    }

    /// An amount that only names a class: 10亿元以上企业, 百亿级企业, 500万美元以上项目, 30亿元以上的.
    private func isThreshold(_ quantity: Quantity, in analyzed: ChineseSentence) -> Bool {
        guard quantity.unit == .cny || quantity.unit == .usd || quantity.unit == .squareKilometres else { return false }
        let limit = analyzed.range.upperBound
        var position = quantity.tokens.upperBound
        for entry in ChineseLexicon.boundsAfter where text.matches(entry.phrase, at: position, limit: limit) { position += entry.phrase.count }
        guard position < limit else { return false }
        // 百亿级企业 always; 30亿元以上的 only with its bound (总投资4500万美元的企业 is that company's figure).
        if text.codes[position] == Self.ji { return true }
        // 1000亿、500亿、200亿级企业: each amount of a list that ends in 级.
        if text.codes[position] == ChineseText.enumerationComma,
            let next = analyzed.quantities.first(where: { $0.quantity.tokens.lowerBound == position + 1 })
        {
            return isThreshold(next.quantity, in: analyzed)
        }
        if position > quantity.tokens.upperBound, text.codes[position] == Self.de { return true }
        return position > quantity.tokens.upperBound
            && ChineseLexicon.countNouns.contains { $0.metric != nil && text.matches($0.phrase, at: position, limit: limit) }
    }

    // MARK: Subject

    /// The zone named nearest before the quantity in its sentence, else the paragraph's, else the
    /// page's. A bare 高新区 or 园区 is the page's zone.
    private func subject(before quantity: Quantity, in analyzed: ChineseSentence, state: State) -> String? {
        // The whole of a share (占全省高新区的34.01%) is not its subject.
        let clause = clauseStart(before: quantity.tokens.lowerBound, in: analyzed)
        let whole = shareWord(before: quantity.tokens.lowerBound, from: clause) ?? quantity.tokens.lowerBound
        let before = analyzed.zones.filter { $0.tokens.upperBound <= quantity.tokens.lowerBound && $0.tokens.lowerBound < whole }
        // A count of zones belongs to whoever holds them: the province, or the country (全国).
        if quantity.countsZones {
            let start = analyzed.range.lowerBound..<quantity.tokens.lowerBound
            if text.contains(Self.country, in: start) { return "全国" }
            return holder ?? focusZone
        }
        // A counted group (33个国家级开发区) is the subject only where it is the clause's topic; elsewhere
        // it is a field of comparison ("增幅列33个国家级开发区第一").
        // The members of a listed group are not the subject: the group is.
        if let named = before.last(where: {
            (!$0.isBare || $0.isGroup) && !$0.isNationwide && $0.listedName == nil
                && (!$0.isCounted || $0.isWholeGroup || $0.hasMembers || isTopic($0, in: analyzed))
        }) {
            if !named.isGroup { return named.listedName ?? written(named.tokens) }
            return groupName(named)
        }
        return state.paragraphSubject ?? focusZone ?? groupFocus
    }

    /// Whether a zone stands where a clause's topic stands: at the clause's start, after a time or a
    /// place word at most ("2016年,高新区…", "其中,乐山高新区…"), not as the object of a verb
    /// ("规划建设…智谷科技园").
    private func isTopic(_ mention: ChineseZoneMention, in analyzed: ChineseSentence) -> Bool {
        var clause = mention.tokens.lowerBound
        while clause > analyzed.range.lowerBound, !ChineseQuantityReader.isClauseBreak(text, clause - 1) { clause -= 1 }
        let timeEnd = analyzed.times.last { $0.expression.tokens.upperBound <= mention.tokens.lowerBound && $0.expression.tokens.lowerBound >= clause }?
            .expression.tokens.upperBound ?? clause
        return mention.tokens.lowerBound - max(clause, timeEnd) <= 1
    }

    /// A group of zones as the figures name it: 5家国家高新区 and 国家级经开区 as written, 全省高新区 as
    /// the province's (四川高新区); a class word describing the page's zone (首个国家级开发区) is that zone.
    private func groupName(_ mention: ChineseZoneMention) -> String {
        if mention.isWholeGroup { return province.map { $0 + written(mention.suffix) } ?? focusZone ?? written(mention.tokens) }
        // 6个高新区 with neither level nor members: the province's zones, counted.
        if mention.isCounted, mention.level == nil, !mention.hasMembers, let province { return province + written(mention.suffix) }
        if mention.isCounted || focusZone == nil { return written(mention.tokens) }
        return focusZone ?? written(mention.tokens)
    }

    /// The page's own text of `range`.
    func written(_ range: Range<Int>) -> String {
        evidence.collapsed(range).filter { $0 != " " }
    }

    private static let country = ChinesePhrase.codes("全国")
    private static let ji = ChinesePhrase.codes("级")[0]
    private static let de = ChinesePhrase.codes("的")[0]
    private static let zhi = ChinesePhrase.codes("之")
    /// After a change word: 值 makes it a measure (增加值), 到 / 至 a level reached (增加到).
    private static let levelMarks = CodeSet(ChinesePhrase.codes("值到至"))
    private static let newlyAdded = ChinesePhrase.codes("新增")
    private static let fenZhi = ChinesePhrase.codes("分之")
    /// Verbs of a zone's life, whose dates belong to the event.
    static let eventVerbs: [[UInt32]] = ChinesePhrase.list([
        "成立", "设立", "批准", "获批", "创建", "创办", "升级", "晋升", "更名", "奠基", "开工", "动工", "诞生", "批复", "挂牌", "启动",
    ])
}
