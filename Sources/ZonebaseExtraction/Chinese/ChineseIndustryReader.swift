import ZonebaseModel

/// Leading industries named for a zone in Chinese: a list after 主导产业 / 支柱产业 / 重点发展 /
/// 着力发展 (主导产业为电子信息、新材料和生物医药), or before 等产业 / 产业集群 / 主导产业 / 两大…产业
/// (形成了电子信息、新材料两大产业). Items are split on 、, 和 and 与 (及 joins the parts of one item), without 产业 and 等.
struct ChineseIndustryReader {
    let text: ChineseText
    let evidence: EvidenceFactory

    /// The industries of `sentences`; `subject` names the zone they belong to.
    func industries(
        _ sentences: [ChineseSentence], zoneNamed: (String) -> String?, subject: (ChineseSentence, Int) -> String?
    ) -> [Industry] {
        var industries: [Industry] = []
        var seen: Set<String> = []
        for analyzed in sentences {
            let range = analyzed.range
            for trigger in Self.listAfter {
                var from = range.lowerBound
                while let at = text.firstIndex(of: trigger, in: from..<range.upperBound) {
                    from = at + trigger.count
                    var start = from
                    while start < range.upperBound, Self.openers.contains(text.codes[start]) || text.isMark(start, ":") { start += 1 }
                    let end = listEnd(from: start, limit: range.upperBound)
                    guard let zone = subject(analyzed, at) else { continue }
                    for item in items(start..<end) {
                        // 南宁的生物工程: the zone named before 的 owns the item.
                        let zone = item.owner.flatMap { zoneNamed(ChineseScript.simplified($0)) } ?? zone
                        guard seen.insert(zone + "|" + item.name).inserted else { continue }
                        industries.append(Industry(zone: zone, name: item.name, evidence: evidence.evidence(item.tokens, in: analyzed.sentence, rule: "industry.zh.after")))
                    }
                }
            }
            // "纺织、食品…等六大产业支柱", "电子信息、新材料两大“千亿级”产业", "新材料…等战略新兴产业": a list
            // closed by 等 or a count of N大 a few characters before 产业.
            var search = range.lowerBound
            while let head = text.firstIndex(of: Self.industryWord, in: search..<range.upperBound) {
                search = head + Self.industryWord.count
                // "通信产业加快集聚", "倉儲、物流、港航産業迅速發展", "汽车零部件及绿色电源产业形成相对完整的产业链":
                // industries the text shows growing as the zone's own.
                let predicateStart = search + (text.matches(Self.chain, at: search, limit: range.upperBound) ? Self.chain.count : 0)
                let grows = Self.developmentPredicates.contains { text.matches($0, at: predicateStart, limit: range.upperBound) }
                guard let end = listClose(before: head, floor: range.lowerBound) ?? (grows ? head : nil) else { continue }
                var start = end
                while start > range.lowerBound, !Self.isListBreak(text, start - 1) { start -= 1 }
                for verb in Self.introducers {
                    if let cut = text.lastIndex(of: verb, in: start..<end) { start = max(start, cut + verb.count) }
                }
                guard end - start >= 2, let zone = subject(analyzed, head) else { continue }
                for item in items(start..<end) {
                    // 南宁的生物工程: the zone named before 的 owns the item.
                    let zone = item.owner.flatMap { zoneNamed(ChineseScript.simplified($0)) } ?? zone
                    guard seen.insert(zone + "|" + item.name).inserted else { continue }
                    industries.append(Industry(zone: zone, name: item.name, evidence: evidence.evidence(item.tokens, in: analyzed.sentence, rule: "industry.zh.counted")))
                }
            }
            for trigger in Self.listBefore {
                var from = range.lowerBound
                while let at = text.firstIndex(of: trigger, in: from..<range.upperBound) {
                    from = at + trigger.count
                    var end = at
                    // 两大, 三大“千亿级”: a count word between the list and its head.
                    while end > range.lowerBound, Self.countTail.contains(text.codes[end - 1]) || text.isMark(end - 1, "\"") { end -= 1 }
                    var start = end
                    while start > range.lowerBound, !Self.isListBreak(text, start - 1) { start -= 1 }
                    guard end - start >= 2, let zone = subject(analyzed, at) else { continue }
                    // Keep the list proper: after a verb that introduces it (形成了, 打造了, 发展).
                    for verb in Self.introducers {
                        if let cut = text.lastIndex(of: verb, in: start..<end) { start = max(start, cut + verb.count) }
                    }
                    for item in items(start..<end) {
                        // 南宁的生物工程: the zone named before 的 owns the item.
                        let zone = item.owner.flatMap { zoneNamed(ChineseScript.simplified($0)) } ?? zone
                        guard seen.insert(zone + "|" + item.name).inserted else { continue }
                        industries.append(Industry(zone: zone, name: item.name, evidence: evidence.evidence(item.tokens, in: analyzed.sentence, rule: "industry.zh.before")))
                    }
                }
            }
        }
        return industries
    }

    /// Where a list closed before 产业 at `head` ends: at 等, or at a count 两大 / 三大 / 六大, within
    /// seven characters of the head (quotes and a qualifier between: 两大“千亿级”产业, 等战略新兴产业).
    private func listClose(before head: Int, floor: Int) -> Int? {
        var position = head
        while position > floor, head - position < 8 {
            position -= 1
            if text.isMark(position, ",") || text.isMark(position, ".") || text.isMark(position, ";") { return nil }
            if text.codes[position] == Self.dengCode { return position }
            if text.codes[position] == Self.da || text.codes[position] == Self.ge, position > floor,
                Self.countNumerals.contains(text.codes[position - 1])
            {
                var start = position - 1
                while start > floor, Self.countNumerals.contains(text.codes[start - 1]) { start -= 1 }
                return start
            }
        }
        return nil
    }

    /// Where a list after its trigger ends: a full stop, semicolon, 等, or a clause that is no item.
    private func listEnd(from start: Int, limit: Int) -> Int {
        var position = start
        while position < limit {
            if text.isMark(position, ".") || text.isMark(position, ";") || text.isMark(position, ":") || text.isMark(position, ",") { break }
            if Self.listEnders.contains(where: { text.matches($0, at: position, limit: limit) }) { break }
            position += 1
        }
        return position
    }

    private static func isListBreak(_ text: ChineseText, _ index: Int) -> Bool {
        text.isMark(index, ".") || text.isMark(index, ";") || text.isMark(index, ":") || text.isMark(index, ",")
    }

    /// The items of a list: split on 、, 和, 与 and 以及, each without 产业 / 行业 / 等 and quotes.
    private func items(_ range: Range<Int>) -> [(name: String, tokens: Range<Int>, owner: String?)] {
        var result: [(name: String, tokens: Range<Int>, owner: String?)] = []
        var start = range.lowerBound
        func close(_ end: Int) {
            var first = start
            var last = end
            while first < last, !text.isHan(first) && text.codes[first] != ChineseText.word { first += 1 }
            while last > first, !text.isHan(last - 1) && text.codes[last - 1] != ChineseText.word { last -= 1 }
            // 南宁的生物工程: the place before 的 is not the industry's name; nor is 一是 / 二是.
            var owner: String?
            if let de = (first..<last).last(where: { text.codes[$0] == Self.de }) {
                owner = text.writtenText(first..<de)
                first = de + 1
            }
            if last - first > 2, text.codes[first + 1] == Self.shi, ChineseNumberReader(text: text).readNumeral(at: first, limit: first + 1) != nil {
                first += 2
            }
            for tail in Self.tails where text.matches(tail, endingAt: last, lowerLimit: first) && last - first > tail.count + 1 {
                last -= tail.count
                break
            }
            let length = last - first
            if length >= 2, length <= 10, !(first..<last).contains(where: { text.codes[$0] == ChineseText.number }) {
                let name = evidence.collapsed(first..<last).filter { $0 != " " }
                if !Self.notIndustries.contains(ChineseScript.simplified(name)) { result.append((name, first..<last, owner)) }
            }
            start = end + 1
        }
        var position = range.lowerBound
        while position < range.upperBound {
            if text.codes[position] == ChineseText.enumerationComma || Self.separators.contains(text.codes[position]) {
                close(position)
            } else if text.matches(Self.yiji, at: position, limit: range.upperBound) {
                close(position)
                start = position + 2
                position += 1
            }
            position += 1
        }
        close(range.upperBound)
        return result
    }

    private static let listAfter = ChinesePhrase.list([
        "主导产业", "支柱产业", "重点发展", "着力发展", "特色产业", "首位产业", "优势产业", "重点产业", "主攻",
    ])
    private static let listBefore = ChinesePhrase.list(["等产业", "产业集群", "等主导产业", "为主导", "为主导产业", "等支柱产业"])
    private static let introducers = ChinesePhrase.list([
        "形成了", "打造了", "形成", "打造", "发展", "培育", "构建", "聚焦", "以", "引进", "建成", "建设", "壮大", "做强", "做大",
    ])
    private static let listEnders = ChinesePhrase.list(["等", "为主", "产业集群", "产业体系", "的产业", "主导产业", "高新技术主导"])
    private static let openers: CodeSet = CodeSet(ChinesePhrase.codes("为是有包括:\"了以"))
    private static let countTail: CodeSet = CodeSet(ChinesePhrase.codes("两三四五六七八九十大个千百亿级"))
    /// 和 and 与 join two items; 及 joins the parts of one (生物工程及制药, 汽车及零部件).
    private static let separators: CodeSet = CodeSet(ChinesePhrase.codes("和与"))
    private static let de = ChinesePhrase.codes("的")[0]
    private static let industryWord = ChinesePhrase.codes("产业")
    private static let dengCode = ChinesePhrase.codes("等")[0]
    private static let da = ChinesePhrase.codes("大")[0]
    private static let ge = ChinesePhrase.codes("个")[0]
    private static let chain = ChinesePhrase.codes("链条")
    /// What the text says an industry of the zone is doing: forming, clustering, growing fast.
    private static let developmentPredicates = ChinesePhrase.list([
        "基本形成", "初具规模", "迅速发展", "快速发展", "蓬勃发展", "加快集聚", "集聚发展", "集聚成势", "集聚", "形成相对完整",
        "形成完整", "链条基本形成",
    ])
    private static let countNumerals = CodeSet(ChinesePhrase.codes("两三四五六七八九十"))
    private static let shi = ChinesePhrase.codes("是")[0]
    private static let yiji = ChinesePhrase.codes("以及")
    private static let tails = ChinesePhrase.list(["产业", "行业", "等"])
    /// Words a list position holds that name no industry: aims and roles (目标, 定位, 方向, 重点).
    private static let notIndustries: Set<String> = ["产业", "主导产业", "新兴产业", "企业", "项目", "目标", "定位", "方向", "重点", "建设"]
}
