import ZonebaseModel

/// A zone named in Chinese text, found by the grammar of zone names: a place and a specific part
/// before a type suffix (乐山 + 高新区, 呼和浩特 + 经济技术开发区, 生物医药 + 产业园区), with a level
/// word before it (国家级, 省级).
struct ChineseZoneMention: Sendable {
    /// The tokens of the name, suffix included.
    var tokens: Range<Int>
    /// The name with characters mapped to simplified form: the key that joins 乐山高新区 and
    /// 樂山高新區, and, with ``type``, a short form with its full one.
    var key: String
    /// The place-and-name part of ``key`` (乐山 of 乐山高新区).
    var stem: String
    /// The zone type its suffix gives.
    var type: ZoneType
    /// The level a word before it states.
    var level: ZoneLevel?
    /// Whether the suffix stands alone (高新区, 开发区, 园区): a reference to a zone named elsewhere.
    var isBare: Bool
    /// Whether a group is meant: 全省高新区, 5家国家高新区, 各开发区.
    var isGroup: Bool
    /// The province of the place the name starts with (51 for 成都高新区).
    var province: String?
    /// The tokens of the suffix (高新区 of 乐山高新区).
    var suffix: Range<Int>
    /// Whether the group is named by 全 / 各 / 全省 (the zones of the page's province).
    var isWholeGroup: Bool = false
    /// Whether the group is counted (5家国家高新区).
    var isCounted: Bool = false
    /// Whether the group is the country's (全国高新区, 全国146个高新区): a field of comparison.
    var isNationwide: Bool = false
    /// Whether places listed before it name its members (石家庄、保定…5家国家高新区).
    var hasMembers: Bool = false
    /// The name when it is not the text of ``tokens``: a member of a list sharing one suffix
    /// (南宁 of 南宁、桂林4个国家高新区 is 南宁高新区).
    var listedName: String? = nil
}

/// Finds the zones a Chinese sentence names.
struct ChineseZoneFinder {
    let text: ChineseText

    /// The zone mentions in `range`, in text order.
    func mentions(in range: Range<Int>) -> [ChineseZoneMention] {
        var found: [ChineseZoneMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard Self.suffixStarts.contains(text.codes[index]), let (suffix, type) = Self.suffixes.first(where: { text.matches($0.0, at: index, limit: range.upperBound) })
            else {
                index += 1
                continue
            }
            let end = index + suffix.count
            // A longer suffix may start inside this one's run (高新技术产业开发区 holds 开发区); the
            // table is longest first, so the first match at a position is the one to take.
            let floor = found.last?.tokens.upperBound ?? range.lowerBound
            let isSpecific = type == .highTech || type == .economicTechnological || type == .freeTrade
            let isSubPark = type == .industrialPark
            let start = nameStart(before: index, floor: floor, isSpecific: isSpecific, isSubPark: isSubPark)
            var (level, levelEnd) = level(before: start, floor: floor, upTo: index)
            let nameStart = max(start, levelEnd)
            var stemEnd = index
            // 南宁国家高新区, 梧州自治区高新区: a level word between the place and the suffix.
            if level == nil, let (word, wordLevel) = Self.levelWords.first(where: { text.matches($0.0, endingAt: index, lowerLimit: nameStart) }) {
                level = wordLevel
                stemEnd = index - word.count
            }
            let stem = string(nameStart..<stemEnd)
            let counted = countStart(before: start, floor: floor)
            // 全省高新区, 全省27家高新区: the zones of the page's province.
            let isGroupWord = Self.groupPhrases.contains { phrase in
                text.matches(phrase, endingAt: nameStart, lowerLimit: floor) || counted.map { text.matches(phrase, endingAt: $0, lowerLimit: floor) } == true
            } || Self.groupStems.contains(stem)
            // 四川高新区, 广东省开发区: a province with a suffix is the province's zones, not one zone.
            let isProvince = !stem.isEmpty && ChinesePlaces.place(in: text, at: nameStart, limit: stemEnd).map { $0.0.level == "p" && $0.1 == stemEnd - nameStart } == true
            let isBare = stem.isEmpty || Self.groupStems.contains(stem)
            found.append(
                ChineseZoneMention(
                    // A counted group is named with its count: 5家国家高新区.
                    tokens: (counted ?? (isBare ? index : start))..<end, key: stem + string(index..<end), stem: stem, type: type,
                    // 国家级经开区, 省级高新区 without a name: the class of zones.
                    level: level, isBare: isBare, isGroup: isGroupWord || isProvince || isBare && level != nil || counted != nil,
                    province: ChinesePlaces.place(in: text, at: nameStart, limit: index)?.0.province, suffix: index..<end,
                    isWholeGroup: isGroupWord || isProvince, isCounted: counted != nil,
                    isNationwide: text.lastIndex(of: Self.country, in: max(floor, nameStart - 8)..<nameStart) != nil))
            if let group = found.last, group.isCounted || group.isBare {
                let members = listMembers(before: group.tokens.lowerBound, floor: floor, of: group)
                found.insert(contentsOf: members, at: found.count - 1)
                if !members.isEmpty { found[found.count - 1].hasMembers = true }
            }
            index = end
        }
        return found
    }

    /// "南宁、桂林、柳州、北海4个国家高新区", "成都金牛、绵阳游仙等3个省级高新区": places listed before a
    /// shared suffix are zones of their own, with the group's type and level.
    private func listMembers(before start: Int, floor: Int, of group: ChineseZoneMention) -> [ChineseZoneMention] {
        var end = start
        if end > floor, text.codes[end - 1] == Self.deng { end -= 1 }
        var members: [ChineseZoneMention] = []
        var placed = 0
        while end > floor {
            var itemStart = end
            while itemStart > floor, text.isHan(itemStart - 1), end - itemStart < 7 { itemStart -= 1 }
            // The item begins with a place (cut any words before it: 共有南宁 → 南宁); a short item
            // between list marks stands too (燕郊, a town the table does not hold).
            let first = (itemStart..<end).first(where: { ChinesePlaces.place(in: text, at: $0, limit: end) != nil })
            let isListed = itemStart > floor && text.codes[itemStart - 1] == ChineseText.enumerationComma
            guard let first = first ?? (end - itemStart <= 3 && (isListed || !members.isEmpty) ? itemStart : nil), end - first >= 2 else { break }
            let place = ChinesePlaces.place(in: text, at: first, limit: end)?.0
            if place != nil { placed += 1 }
            let stem = string(first..<end)
            var member = ChineseZoneMention(
                tokens: first..<end, key: stem + string(group.suffix), stem: stem, type: group.type, level: group.level,
                isBare: false, isGroup: false, province: place?.province, suffix: group.suffix)
            member.listedName = text.writtenText(first..<end) + text.writtenText(group.suffix)
            members.insert(member, at: 0)
            guard first == itemStart, first > floor, text.codes[first - 1] == ChineseText.enumerationComma
                || Self.listJoiners.contains(text.codes[first - 1])
            else { break }
            end = first - 1
        }
        if placed == 0 { return [] }
        return members.count >= 2 ? members : []
    }

    /// Where the name before a suffix at `index` starts: back over Han characters and bracketed
    /// places (中韩(盐城)产业园), up to a punctuation mark, a number or a word that never starts a
    /// name, at most twelve characters.
    private func nameStart(before index: Int, floor: Int, isSpecific: Bool, isSubPark: Bool) -> Int {
        var start = index
        while start > floor, index - start < 12 {
            let previous = start - 1
            if text.isMark(previous, ")"), let open = (max(floor, previous - 8)..<previous).last(where: { text.isMark($0, "(") }) {
                start = open
                continue
            }
            guard text.isHan(previous), !Self.stopCharacters.contains(text.codes[previous]) else { break }
            start = previous
        }
        // Cut after the last verb or function phrase inside the run: 召开|高新区, 推动|园区.
        var cut = start
        for position in start..<index {
            for phrase in Self.boundaryPhrases where text.matches(phrase, at: position, limit: index) {
                cut = max(cut, position + phrase.count)
            }
        }
        // A name starts with a place (乐山, 宁波 of 如宁波江北高新区): the first province or prefecture in
        // the run, else the first county (定南宁高新区 is 南宁's, not 定南's).
        var county: Int?
        for position in cut..<index {
            guard let (place, _) = ChinesePlaces.place(in: text, at: position, limit: index) else { continue }
            if place.level != "x" { return position }
            if county == nil { county = position }
        }
        if let county { return county }
        // Without a place, a short specific name stays (仲恺高新区, 智谷科技园, 生物医药产业园区); a
        // generic suffix alone (开发区, 园区, 新区) is the page's zone.
        var first = cut
        while first < index, Self.leadingJoiners.contains(text.codes[first]) { first += 1 }
        return index - first <= (isSpecific ? 4 : isSubPark ? 6 : 0) ? first : index
    }

    /// A level word at the start of the name (国家级, 省级, 自治区级, 市级) or just before it.
    private func level(before start: Int, floor: Int, upTo end: Int) -> (ZoneLevel?, Int) {
        for (word, level) in Self.levelWords {
            if text.matches(word, at: start, limit: end) { return (level, start + word.count) }
            if text.matches(word, endingAt: start, lowerLimit: floor) { return (level, start) }
        }
        return (nil, start)
    }

    /// 5家国家高新区, 14个开发区: where the count of a counted group starts.
    private func countStart(before start: Int, floor: Int) -> Int? {
        var position = start
        while position > floor, position > start - 5 {
            position -= 1
            let code = text.codes[position]
            if code == ChineseText.number { return position }
            // 两个省级经济开发区, 三个专业化工园: a count in numerals.
            if Self.numerals.contains(code) {
                while position > floor, Self.numerals.contains(text.codes[position - 1]) { position -= 1 }
                return position
            }
            if !Self.countWords.contains(code) { return nil }
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        for index in range {
            if let scalar = Unicode.Scalar(text.codes[index]) { result.append(scalar) }
        }
        return String(result)
    }

    /// Type suffixes, longest first: the grammar of ``ChineseZoneNames``, read into codes.
    static let suffixes: [([UInt32], ZoneType)] = ChineseZoneNames.suffixes.map { (ChinesePhrase.codes($0.suffix), $0.type) }

    private static let suffixStarts = CodeSet(suffixes.map { $0.0[0] })

    private static let levelWords: [([UInt32], ZoneLevel)] = ([
        ("国家级", .national), ("国家", .national), ("自治区级", .provincial), ("自治区", .provincial), ("省级", .provincial),
        ("市级", .municipal),
    ] as [(String, ZoneLevel)]).map { (ChinesePhrase.codes($0.0), $0.1) }

    /// Characters that end a name going backwards: function words and measure words.
    private static let stopCharacters: CodeSet = CodeSet(ChinesePhrase.codes(
        "的在与及是为了对向从把被将由于至到等个家各该这其年月日并以之也都让给但而或共有已又再即就所使称座批级入驻"))
    /// Phrases that end a name going backwards: verbs and place words of the whole (全省, 我市).
    private static let boundaryPhrases: [[UInt32]] = ChinesePhrase.list([
        "召开", "位于", "依托", "推动", "推进", "建设", "打造", "成为", "落户", "支持", "批准", "获批", "设立", "成立",
        "申报", "创建", "加快", "围绕", "全国", "全省", "我省", "我市", "本市", "全市", "全区", "其中", "以及", "包括",
        "作为", "升级", "晋升", "更名", "命名", "认定", "同意", "新设", "简介", "发布", "来源", "实现",
        "强化", "提升", "发展", "组织", "参加", "举办", "开展", "评价", "排名", "综合", "考评", "进入", "迈入", "跻身",
        "一批", "两个", "三个", "多个", "部分", "所有", "全部", "区内", "境内", "园内", "首家", "唯一",
        "制定", "推出", "出台", "印发", "鼓励", "引导", "提出", "要求", "指导", "明确", "调整", "优化", "授权", "决定",
        "划归", "整合", "很多", "许多", "一些", "主要", "本报讯", "讯", "据悉", "发挥", "增强", "确立", "根据", "彰显",
        "充分", "努力", "走出", "一条", "赋予", "季度", "年度",
    ])
    private static let country = ChinesePhrase.codes("全国")
    private static let numerals = CodeSet(ChinesePhrase.codes("一二两三四五六七八九十"))
    private static let deng = ChinesePhrase.codes("等")[0]
    private static let listJoiners = CodeSet(ChinesePhrase.codes("和及与"))
    private static let leadingJoiners: CodeSet = CodeSet(ChinesePhrase.codes("和与及同"))
    private static let groupPhrases: [[UInt32]] = ChinesePhrase.list(["各", "全", "全省", "我省", "全市", "全国", "各级", "省内"])
    private static let groupStems: Set<String> = ["全省", "我省", "全市", "全国", "各", "全", "本省", "该省", "省内", "全区"]
    private static let countWords: CodeSet = CodeSet(ChinesePhrase.codes("家个座国级省"))
}
