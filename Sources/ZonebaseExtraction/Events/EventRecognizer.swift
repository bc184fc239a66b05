import ZonebaseModel

/// Finds the dated steps of zones' lives: founded, construction started, approved as a provincial
/// zone, upgraded to national level. An event needs a date; a date the text gives without a year is
/// completed from the text ("After 16 years" since a 1996 founding) or from the context.
struct EventRecognizer {
    let tokens: [Token]
    let context: DocumentContext
    let evidence: EvidenceFactory

    private struct Trigger {
        var kind: EventKind
        var index: Int
    }

    /// The events of the document.
    func events(in analyzed: [AnalyzedSentence]) -> [ZoneEvent] {
        var events: [ZoneEvent] = []
        var yearless: [(event: Int, sentence: Int)] = []
        for (sentenceIndex, sentence) in analyzed.enumerated() {
            let triggers = self.triggers(in: sentence)
            guard !triggers.isEmpty else { continue }
            let dates = sentence.times.enumerated().filter { !$0.element.isComparisonBase && !$0.element.isDeadline }
            var used = Set<Int>()
            var assigned: [Int: Int] = [:]
            // A date after its trigger (and before the next one) belongs to it …
            for (position, trigger) in triggers.enumerated() {
                let nextTrigger = position + 1 < triggers.count ? triggers[position + 1].index : sentence.range.upperBound
                if let date = dates.first(where: { $0.element.tokens.lowerBound > trigger.index
                    && $0.element.tokens.lowerBound < nextTrigger && !used.contains($0.offset) })
                {
                    assigned[position] = date.offset
                    used.insert(date.offset)
                }
            }
            // … else the nearest unused date before it ("In March 2013 the ETDZ was registered …").
            for (position, trigger) in triggers.enumerated() where assigned[position] == nil {
                let previousTrigger = position > 0 ? triggers[position - 1].index : sentence.range.lowerBound - 1
                if let date = dates.last(where: { $0.element.tokens.upperBound <= trigger.index
                    && $0.element.tokens.lowerBound > previousTrigger && !used.contains($0.offset) })
                {
                    assigned[position] = date.offset
                    used.insert(date.offset)
                }
            }
            for (position, trigger) in triggers.enumerated() {
                var dateIndex = assigned[position]
                // "established in 1996, approving by the provincial government": set up by the approval.
                if dateIndex == nil, trigger.kind != .established, trigger.kind != .constructionStart,
                    let founding = triggers.indices.first(where: { triggers[$0].kind == .established && assigned[$0] != nil }),
                    let foundingDate = assigned[founding],
                    trigger.index - sentence.times[foundingDate].tokens.upperBound <= 6
                {
                    dateIndex = foundingDate
                }
                guard let dateIndex else { continue }
                let time = sentence.times[dateIndex]
                let quoteRange = min(trigger.index, time.tokens.lowerBound)..<max(trigger.index + 1, time.tokens.upperBound)
                let event = ZoneEvent(
                    zone: zone(for: trigger, in: sentence),
                    kind: trigger.kind,
                    date: time.period.start,
                    authority: authority(for: trigger, in: sentence),
                    evidence: evidence.evidence(quoteRange, in: sentence.sentence, rule: "event.\(trigger.kind.rawValue)"))
                if !time.hasStatedYear { yearless.append((events.count, sentenceIndex)) }
                events.append(event)
            }
        }
        completeYears(&events, yearless: yearless, analyzed: analyzed)
        return deduplicated(events)
    }

    private func triggers(in sentence: AnalyzedSentence) -> [Trigger] {
        var found: [Trigger] = []
        let range = sentence.range
        let mentionsStateCouncil = tokens.containsPhrase(["state", "council"], in: range)
        for index in range where tokens[index].kind == .word && Self.triggerWords.contains(tokens[index]) {
            let word = tokens[index].text
            let next = index + 1 < range.upperBound ? tokens[index + 1].text : ""
            switch word {
            case "established", "founded", "initiated", "initiative", "inaugurated", "created", "launched":
                if isAboutZone(index, in: sentence) { found.append(Trigger(kind: .established, index: index)) }
            case "set" where next == "up":
                if isAboutZone(index, in: sentence) { found.append(Trigger(kind: .established, index: index)) }
            case "upgraded", "promoted", "elevated":
                // "upgraded to a national-level zone"; "promoted 141 projects" is no approval.
                let window = (index + 1)..<min(range.upperBound, index + 8)
                if window.contains(where: { ["national", "state", "level"].contains(tokens[$0]) }) || mentionsStateCouncil {
                    found.append(Trigger(kind: .nationalApproval, index: index))
                }
            case "approved", "approving", "approval", "registered", "ratified":
                let window = max(range.lowerBound, index - 3)..<min(range.upperBound, index + 12)
                let nearby = window.map { tokens[$0].text }
                if nearby.contains("provincial") && !nearby.contains("council") {
                    found.append(Trigger(kind: .provincialApproval, index: index))
                } else if mentionsStateCouncil || nearby.contains("national") || nearby.contains("state") {
                    if !found.contains(where: { $0.kind == .nationalApproval && index - $0.index < 8 }) {
                        found.append(Trigger(kind: .nationalApproval, index: index))
                    }
                }
            case "construction", "groundbreaking":
                let window = (index + 1)..<min(range.upperBound, index + 12)
                if window.contains(where: { ["started", "began", "begun", "commenced", "kicked", "starts", "begins"].contains(tokens[$0]) }) {
                    found.append(Trigger(kind: .constructionStart, index: index))
                }
            default:
                break
            }
        }
        return found
    }

    /// Whether a founding verb is said of a zone: a zone or "it" shortly before it, or a sentence that
    /// opens with the verb and names a zone ("Established in 2001, Lhasa …").
    private func isAboutZone(_ index: Int, in sentence: AnalyzedSentence) -> Bool {
        if index - sentence.range.lowerBound <= 1 {
            return sentence.mentions.contains { $0.kind == .zone || $0.kind == .anaphor && $0.name == "zone" }
        }
        // "Approved by the State Council in 1994 and launched in May 1994, SIP covers …": an opening
        // participle clause is said of the zone after it.
        let opener = tokens[sentence.range.lowerBound]
        if opener.isCapitalized, Self.triggerWords.contains(opener),
            !(sentence.range.lowerBound..<index).contains(where: { tokens[$0].isPunctuation(",") })
        {
            return sentence.mentions.contains { $0.kind == .zone || $0.kind == .anaphor && $0.name == "zone" }
        }
        // "launched the China (Shanghai) Pilot Free Trade Zone on …": the zone is the verb's object.
        if sentence.mentions.contains(where: { $0.kind == .zone && $0.tokens.lowerBound > index && $0.tokens.lowerBound - index <= 2 }) {
            return true
        }
        let window = max(sentence.range.lowerBound, index - 10)..<index
        if window.contains(where: { tokens[$0].isWord("it") || tokens[$0].isWord("which") }) { return true }
        // The sentence is about a zone: it opens with one ("Baiyin … Zone, in the south of …, grew out
        // of an initiative …").
        if let first = sentence.mentions.first, first.tokens.upperBound <= index,
            first.kind == .zone || first.kind == .anaphor && first.name == "zone"
        {
            return true
        }
        return sentence.mentions.contains { mention in
            (mention.kind == .zone || mention.kind == .anaphor && mention.name == "zone")
                && mention.tokens.upperBound <= index && index - mention.tokens.upperBound <= 10
        }
    }

    /// Words that may trigger an event; others are skipped with one lookup.
    private static let triggerWords: WordSet = [
        "established", "founded", "initiated", "initiative", "inaugurated", "created", "launched", "set", "upgraded",
        "promoted",
        "elevated", "approved", "approving", "approval", "registered", "ratified", "construction", "groundbreaking",
    ]

    /// The zone an event belongs to: the zone named nearest before the trigger, else the first zone
    /// named in the sentence, else the document's zone.
    private func zone(for trigger: Trigger, in sentence: AnalyzedSentence) -> String {
        let zones = sentence.mentions.filter { $0.kind == .zone }
        if trigger.kind == .constructionStart, let first = zones.first {
            return context.zones.canonicalName(first.name)
        }
        let anaphorBefore = sentence.mentions.last { $0.kind == .anaphor && $0.tokens.upperBound <= trigger.index }
        if let before = zones.last(where: { $0.tokens.upperBound <= trigger.index }),
            anaphorBefore.map({ $0.tokens.lowerBound < before.tokens.lowerBound }) ?? true
        {
            return context.zones.canonicalName(before.name)
        }
        if anaphorBefore == nil, let after = zones.first(where: { $0.tokens.lowerBound > trigger.index }) {
            return context.zones.canonicalName(after.name)
        }
        return context.focusZone ?? zones.first.map { context.zones.canonicalName($0.name) } ?? "unknown zone"
    }

    private func authority(for trigger: Trigger, in sentence: AnalyzedSentence) -> String? {
        let range = sentence.range
        let window = max(range.lowerBound, trigger.index - 8)..<min(range.upperBound, trigger.index + 18)
        for index in window where index + 1 < range.upperBound {
            if tokens[index].isWord("state"), tokens[index + 1].isWord("council") { return "State Council" }
        }
        guard trigger.kind == .provincialApproval || trigger.kind == .established else { return nil }
        for index in window where index + 1 < range.upperBound {
            guard tokens[index].isWord("provincial"), tokens[index + 1].isWord("government") else { continue }
            if index > range.lowerBound, let province = Gazetteer.provinces[tokens[index - 1].text] {
                return province + " provincial government"
            }
            return "provincial government"
        }
        return nil
    }
}
