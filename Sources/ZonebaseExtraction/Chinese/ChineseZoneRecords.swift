import ZonebaseModel

/// One record per zone a Chinese page names: mentions with the same place part and type are one
/// zone (乐山高新区 and 乐山高新技术产业开发区, 鄭州經濟技術開發區 and 郑州经济技术开发区), named as the
/// page first writes it; the level is the one a word states (国家级, 省级) or the approval the
/// sentence reports (被国务院批准为国家级高新区).
struct ChineseZoneRecords {
    let text: ChineseText
    let evidence: EvidenceFactory

    /// A zone found on the page, with how often it is named.
    struct Entry {
        var zone: Zone
        var identity: String
        var mentions: Int
        /// Whether the name starts with a known place, or came from a list sharing a suffix.
        var isPlaced: Bool
    }

    /// The zones of `sentences`, in order of first mention.
    func entries(_ sentences: [ChineseSentence]) -> [Entry] {
        var entries: [Entry] = []
        var byIdentity: [String: Int] = [:]
        for analyzed in sentences {
            for (position, mention) in analyzed.zones.enumerated() where !mention.isBare && !mention.isGroup {
                guard mention.stem.unicodeScalars.count >= 2 else { continue }
                let level = mention.level ?? (position == 0 ? statedLevel(after: mention, in: analyzed) : nil)
                let identity = Self.identity(of: mention)
                if let index = byIdentity[identity] {
                    entries[index].mentions += 1
                    if entries[index].zone.level == nil { entries[index].zone.level = level }
                    continue
                }
                let zone = Zone(
                    name: mention.listedName ?? written(mention.tokens), type: mention.type, level: level,
                    evidence: evidence.evidence(mention.tokens, in: analyzed.sentence, rule: "zone.zh.suffix"))
                byIdentity[identity] = entries.count
                entries.append(Entry(zone: zone, identity: identity, mentions: 1, isPlaced: mention.province != nil || mention.listedName != nil))
            }
        }
        return entries
    }

    /// What makes two mentions one zone: the place part and the type (the suffix's long or short form).
    static func identity(of mention: ChineseZoneMention) -> String { mention.stem + "|" + mention.type.rawValue }

    /// 国家级 or an approval by the State Council (国务院) after the zone in its sentence: national;
    /// 省级 or the provincial government (省政府, 省人民政府): provincial.
    private func statedLevel(after mention: ChineseZoneMention, in analyzed: ChineseSentence) -> ZoneLevel? {
        let rest = mention.tokens.upperBound..<analyzed.range.upperBound
        if Self.nationalWords.contains(where: { text.contains($0, in: rest) }) { return .national }
        if Self.provincialWords.contains(where: { text.contains($0, in: rest) }) { return .provincial }
        return nil
    }

    private func written(_ range: Range<Int>) -> String { evidence.collapsed(range).filter { $0 != " " } }

    static let nationalWords = ChinesePhrase.list(["国家级", "国务院", "国家高新", "国家经济技术"])
    static let provincialWords = ChinesePhrase.list(["省级", "省政府", "省人民政府", "自治区级", "自治区人民政府"])
}
