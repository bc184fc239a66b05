import Foundation
import ZonebaseModel

/// The Chinese rules over the shared engine: the same tokens, sentences, document date, evidence
/// and deduplication as English, with Chinese tables for numbers, units, times, measures, zone
/// names, events and industries.
struct ChineseExtractor {
    let tokens: [Token]
    let evidence: EvidenceFactory
    let documentDate: PartialDate?

    /// The facts of the document's `sentences`.
    func facts(_ sentences: [Sentence]) -> [Fact] {
        let text = ChineseText(tokens: tokens, text: evidence.cleaned)
        let analyzed = analyze(sentences, text: text)
        let records = ChineseZoneRecords(text: text, evidence: evidence).entries(analyzed)
        // The page's zone: the one named most often (first named on a tie).
        let focusEntry = records.enumerated().max { $0.element.mentions < $1.element.mentions || $0.element.mentions == $1.element.mentions && $0.offset > $1.offset }?.element
        // A page about a province's zones (全省高新区 named more often than any one zone) is about the group.
        let wholeGroupMentions = analyzed.reduce(0) { $0 + $1.zones.filter(\.isWholeGroup).count }
        let province = province(of: analyzed)
        let group = groupFocus(of: analyzed, province: province, text: text)
        let focus = group != nil && wholeGroupMentions > (focusEntry?.mentions ?? 0) ? group : focusEntry?.zone.name
        let reader = ChineseFigureReader(
            text: text, evidence: evidence, focusZone: focus, province: province,
            groupFocus: group, holder: prefecture(of: analyzed, text: text) ?? province)
        var state = ChineseFigureReader.State()
        var figures: [Figure] = []
        for (index, sentence) in analyzed.enumerated() {
            figures += reader.figures(for: sentence, isHeading: isHeading(sentence, index: index, text: text), state: &state)
        }
        let recordName: [String: String] = Dictionary(records.map { ($0.identity, $0.zone.name) }, uniquingKeysWith: { first, _ in first })
        func zoneName(_ mention: ChineseZoneMention) -> String {
            recordName[ChineseZoneRecords.identity(of: mention)] ?? mention.listedName ?? reader.written(mention.tokens)
        }
        let events = ChineseEventReader(text: text, evidence: evidence, documentYear: documentDate?.year)
            .events(analyzed, focus: focus, zoneName: zoneName)
        // A zone by its place part (南宁 → 南宁高新区), for lists that name each item's zone.
        var byStem: [String: String] = [:]
        for entry in records where entry.isPlaced {
            let stem = String(entry.identity.prefix { $0 != "|" })
            if byStem[stem] == nil { byStem[stem] = entry.zone.name }
        }
        let industries = ChineseIndustryReader(text: text, evidence: evidence).industries(analyzed, zoneNamed: { byStem[$0] }) { sentence, at in
            // "浏阳重点发展装备制造…": a clause opened by a zone's place is about that zone.
            var clause = at
            while clause > sentence.range.lowerBound, !ChineseQuantityReader.isClauseBreak(text, clause - 1) { clause -= 1 }
            if let (_, length) = ChinesePlaces.place(in: text, at: clause, limit: at),
                let zone = byStem[ChineseScript.simplified(text.writtenText(clause..<(clause + length)))]
            {
                return zone
            }
            return
                sentence.zones.last { $0.tokens.upperBound <= at && !$0.isBare && !$0.isGroup && $0.listedName == nil }.map(zoneName) ?? focus
        }
        var facts: [Fact] = records.map { .zone($0.zone) }
        facts += events.map(Fact.event)
        facts += industries.map(Fact.industry)
        facts += FigureDeduplication.deduplicated(Self.withoutMilestones(figures)).map(Fact.figure)
        return facts
    }

    /// "营收突破千亿元大关 … 实现营业收入1120亿元", "首破1000亿元 … 1041亿元": a round threshold passed
    /// (at least, one significant digit) restates the exact amount the page also gives, a little
    /// above it, for the same measure: only the amount is a figure.
    static func withoutMilestones(_ figures: [Figure]) -> [Figure] {
        figures.filter { milestone in
            guard milestone.bound == .atLeast, milestone.status == .actual, milestone.value > 0, milestone.aspect == .level else { return true }
            let scale = pow(10, (log10(milestone.value)).rounded(.down))
            guard (milestone.value / scale).rounded() == milestone.value / scale else { return true }
            return !figures.contains { other in
                other.metric == milestone.metric && other.unit == milestone.unit && other.aspect == milestone.aspect
                    && other.bound != .atLeast && other.value > milestone.value && other.value <= milestone.value * 1.6
            }
        }
    }

    /// The province the page is about: the one its zone names start in most often.
    private func province(of analyzed: [ChineseSentence]) -> String? {
        var counts: [String: Int] = [:]
        for sentence in analyzed {
            for mention in sentence.zones { if let code = mention.province { counts[code, default: 0] += 1 } }
            // 安徽省, 河北省: a province named outright counts too.
            var index = sentence.range.lowerBound
            while index + 2 < sentence.range.upperBound {
                if let (place, length) = ChinesePlaces.province(in: sentence.text, at: index, limit: sentence.range.upperBound) {
                    counts[place.province, default: 0] += 1
                    index += length
                } else {
                    index += 1
                }
            }
        }
        guard let code = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key else { return nil }
        return ChinesePlaces.provinceName(code)
    }

    /// The province's group the page speaks of most (全省高新区 → 河北高新区), for pages about a
    /// province's zones that name none of them most.
    private func groupFocus(of analyzed: [ChineseSentence], province: String?, text: ChineseText) -> String? {
        guard let province else { return nil }
        var counts: [String: Int] = [:]
        for sentence in analyzed {
            for mention in sentence.zones where mention.isWholeGroup { counts[text.writtenText(mention.suffix), default: 0] += 1 }
        }
        guard let suffix = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key else { return nil }
        return province + suffix
    }

    /// The prefecture the page's zones are in, when most of them name the same one (呼和浩特 for the
    /// parks of Hohhot): it holds the zones a count counts.
    private func prefecture(of analyzed: [ChineseSentence], text: ChineseText) -> String? {
        var counts: [String: Int] = [:]
        var placed = 0
        for sentence in analyzed {
            for mention in sentence.zones where mention.province != nil {
                placed += 1
                let start = mention.suffix.lowerBound - mention.stem.unicodeScalars.count
                // The place may follow a province (内蒙古呼和浩特…): look at each start in the stem.
                for position in max(start, mention.tokens.lowerBound)..<mention.suffix.lowerBound {
                    guard let (place, length) = ChinesePlaces.place(in: text, at: position, limit: mention.suffix.lowerBound) else { continue }
                    if place.level == "c" {
                        counts[evidence.collapsed(position..<(position + length)), default: 0] += 1
                        break
                    }
                }
            }
        }
        guard let (name, count) = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
            count >= 2, count * 2 >= placed
        else { return nil }
        return name
    }

    private func analyze(_ sentences: [Sentence], text: ChineseText) -> [ChineseSentence] {
        let quantities = ChineseQuantityReader(text: text)
        let times = ChineseTimeReader(text: text, documentYear: documentDate?.year)
        let zones = ChineseZoneFinder(text: text)
        let metrics = ChineseMetricReader(text: text)
        var contextYear: Int?
        var paragraph = -1
        return sentences.map { sentence in
            // 上半年 or 1-9月 without a year take the year stated before in the paragraph, else the
            // page's; on an undated page, the year stated last.
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                if documentDate != nil { contextYear = nil }
            }
            return ChineseSentence(
                sentence: sentence, text: text, quantities: quantities.quantities(in: sentence.tokens),
                times: times.times(in: sentence.tokens, contextYear: &contextYear), zones: zones.mentions(in: sentence.tokens),
                metrics: metrics.metrics(in: sentence.tokens))
        }
    }

    /// A title or heading: a line of its own, short, without a full stop, among the page's lines.
    private func isHeading(_ analyzed: ChineseSentence, index: Int, text: ChineseText) -> Bool {
        let range = analyzed.range
        guard analyzed.sentence.opensParagraph, range.count <= 40 else { return false }
        let last = range.upperBound - 1
        if text.isMark(last, ".") || text.isMark(last, ",") || text.isMark(last, ";") { return false }
        return range.upperBound == tokens.count || tokens[range.upperBound].lineBreaksBefore > 0
    }
}
