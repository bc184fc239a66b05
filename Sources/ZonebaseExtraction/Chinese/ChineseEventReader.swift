import ZonebaseModel

/// Dated steps of a zone's life in Chinese: 成立 / 设立 / 创建 (established), 开工 / 奠基 / 动工
/// (construction start), 国务院批准…国家级 / 升级为国家级 / 晋升 (national approval), 省政府批准…省级
/// (provincial approval); 批准设立 is both the founding and the approval. 设区四周年 on a 2017 page
/// dates the founding in 2013.
struct ChineseEventReader {
    let text: ChineseText
    let evidence: EvidenceFactory
    let documentYear: Int?

    /// The events of `sentences`; `zoneName` names a mention, `focus` is the page's zone.
    func events(_ sentences: [ChineseSentence], focus: String?, zoneName: (ChineseZoneMention) -> String) -> [ZoneEvent] {
        var events: [ZoneEvent] = []
        var seen: Set<String> = []
        func add(_ event: ZoneEvent) {
            let key = "\(event.zone)|\(event.kind.rawValue)|\(event.date)"
            if seen.insert(key).inserted { events.append(event) }
        }
        var lastYear: Int?
        for analyzed in sentences {
            let range = analyzed.range
            // One pass over the sentence: only characters that start a trigger are looked at.
            for at in range where Self.triggerStarts.contains(text.codes[at]) {
                for (trigger, kinds) in Self.triggers where text.matches(trigger, at: at, limit: range.upperBound) {
                    let from = at + trigger.count
                    let dates = analyzed.times.filter { !$0.expression.isComparisonBase && !$0.isVague && $0.expression.tokens.upperBound <= at && !$0.expression.isDeadline }
                    // 创建于1988年6月22日, 成立於1993年4月: the date after the verb.
                    let after = analyzed.times.first { time in
                        let start = time.expression.tokens.lowerBound
                        return start == from + 1 && Self.at.contains(text.codes[from]) || start == from && Self.at.contains(text.codes[start])
                    }
                    guard let dated = after ?? dates.last, let date = dated.date ?? (dated.expression.period.end == nil ? dated.expression.period.start : nil) else { continue }
                    let zone = analyzed.zones.last { $0.tokens.upperBound <= at && !$0.isBare && !$0.isGroup }
                        ?? analyzed.zones.first { $0.tokens.lowerBound >= at && !$0.isBare && !$0.isGroup }
                    guard let name = zone.map(zoneName) ?? focus else { continue }
                    // 设立北川、中江两个省级经济开发区: the event of every zone of the list.
                    let names = zone.flatMap { member in
                        member.listedName == nil ? nil
                            : analyzed.zones.filter { $0.listedName != nil && $0.suffix == member.suffix }.map(zoneName)
                    } ?? [name]
                    let window = at..<min(range.upperBound, max(at, dated.expression.tokens.upperBound) + trigger.count + 12)
                    let before = min(dated.expression.tokens.lowerBound, at)..<at
                    let national = Self.nationalWords.contains { text.contains($0, in: window) || text.contains($0, in: before) }
                    let provincial = Self.provincialWords.contains { text.contains($0, in: window) || text.contains($0, in: before) }
                    let quote = evidence.evidence(at..<(at + trigger.count), in: analyzed.sentence, rule: "event.zh")
                    let authority = authority(in: before.lowerBound..<window.upperBound, floor: range.lowerBound)
                    for name in names {
                        for kind in kinds {
                            switch kind {
                            case .nationalApproval where !national, .provincialApproval where !provincial:
                                continue
                            default:
                                add(ZoneEvent(zone: name, kind: kind, date: date, authority: authority, evidence: quote))
                            }
                        }
                        if kinds.contains(.established), national || provincial, trigger.count > 2 {
                            add(ZoneEvent(zone: name, kind: national ? .nationalApproval : .provincialApproval, date: date, authority: authority, evidence: quote))
                        }
                    }
                    lastYear = date.year
                }
            }
            // 设区四周年, 建区十周年: the founding so many years before the page.
            if let year = documentYear, let (count, at) = anniversary(in: range) {
                let name = analyzed.zones.first { !$0.isBare && !$0.isGroup }.map(zoneName) ?? focus
                if let name {
                    add(ZoneEvent(zone: name, kind: .established, date: PartialDate(year: year - count),
                                  evidence: evidence.evidence(at, in: analyzed.sentence, rule: "event.zh.anniversary")))
                }
            }
        }
        _ = lastYear
        return events
    }

    /// The approving body named in `range`, as written with its place: 国务院, 四川省人民政府, 市政府.
    private func authority(in range: Range<Int>, floor: Int) -> String? {
        for body in Self.authorities {
            guard let at = text.firstIndex(of: body, in: range) else { continue }
            var start = at
            // 四川省人民政府: the place just before 省 / 市 belongs to the body.
            for length in [4, 3, 2] where start == at && at - length >= floor {
                if let (_, found) = ChinesePlaces.place(in: text, at: at - length, limit: at), found == length { start = at - length }
            }
            return text.writtenText(start..<(at + body.count))
        }
        return nil
    }

    /// 设区四周年 / 建区10周年: the number of years and the tokens.
    private func anniversary(in range: Range<Int>) -> (Int, Range<Int>)? {
        for prefix in Self.anniversaryPrefixes {
            var from = range.lowerBound
            while let at = text.firstIndex(of: prefix, in: from..<range.upperBound) {
                from = at + prefix.count
                let reader = ChineseNumberReader(text: text)
                guard let reading = reader.read(at: from, limit: range.upperBound), text.matches(Self.years, at: reading.end, limit: range.upperBound)
                else { continue }
                return (Int(reading.value), at..<(reading.end + Self.years.count))
            }
        }
        return nil
    }

    /// Approving bodies: provincial and municipal governments, the State Council.
    private static let authorities = ChinesePhrase.list(["省人民政府", "省政府", "自治区人民政府", "自治区政府", "市人民政府", "市政府", "国务院"])
    private static let at = CodeSet(ChinesePhrase.codes("于"))
    private static let anniversaryPrefixes = ChinesePhrase.list(["设区", "建区", "成立", "开发建设"])
    private static let years = ChinesePhrase.codes("周年")
    /// Trigger words, longest first, and the events they report.
    private static let triggers: [([UInt32], [EventKind])] = ([
        ("批准设立", [.established, .nationalApproval, .provincialApproval]), ("批复设立", [.established, .provincialApproval]),
        ("同意设立", [.established, .provincialApproval]), ("成立", [.established]), ("设立", [.established]),
        ("创建", [.established]), ("创办", [.established]), ("诞生", [.established]), ("始建", [.established]),
        ("动工兴建", [.constructionStart]), ("开工建设", [.constructionStart]), ("开工", [.constructionStart]),
        ("奠基", [.constructionStart]), ("动工", [.constructionStart]), ("破土", [.constructionStart]),
        ("升级为", [.nationalApproval, .provincialApproval]), ("晋升为", [.nationalApproval, .provincialApproval]),
        ("批准为", [.nationalApproval, .provincialApproval]), ("获批", [.nationalApproval, .provincialApproval]),
        ("迈入", [.nationalApproval]), ("批准", [.nationalApproval, .provincialApproval]), ("批复", [.nationalApproval, .provincialApproval]), ("认定为", [.nationalApproval, .provincialApproval]),
    ] as [(String, [EventKind])]).map { (ChinesePhrase.codes($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    private static let triggerStarts = CodeSet(triggers.map { $0.0[0] })
    private static let nationalWords = ChinesePhrase.list(["国家级", "国务院", "国家高新"])
    private static let provincialWords = ChinesePhrase.list(["省级", "省政府", "省人民政府", "自治区级", "自治区人民政府", "自治区政府"])
}
