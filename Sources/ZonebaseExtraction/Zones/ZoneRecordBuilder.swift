import ZonebaseModel

/// Builds one ``Zone`` record per zone in the registry: its level from the text (national when
/// the name, a national approval, or a sentence about it says so), its city and province from the
/// gazetteer, and the parent of listed sub-parks.
struct ZoneRecordBuilder {
    let tokens: [Token]
    let context: DocumentContext
    let evidence: EvidenceFactory

    /// Phrases that say a zone is national.
    private static let nationalCues: [[String]] = [
        ["national", "-", "level"], ["state", "-", "level"], ["national", "level"], ["state", "council"],
        ["nationally", "designated"], ["national", "high", "-", "tech"], ["national", "hi", "-", "tech"],
        ["national", "economic"], ["state", "level"],
    ]


    /// The zone records, in the order the zones are first named.
    func zones(analyzed: [AnalyzedSentence], events: [ZoneEvent]) -> [Zone] {
        let nationalByText = zonesCalledNational(analyzed)
        // Each name's city and each approval's key read once, not once per pair.
        let citiesInNames = context.zones.entries.map { cityInName($0.name) }
        let (documentProvince, documentCity) = dominantPlaces(analyzed, citiesInNames: citiesInNames)
        let approvedKeys = Set(events.lazy.filter { $0.kind == .nationalApproval }.map { context.zones.key(of: $0.zone).words })
        return zip(context.zones.entries, citiesInNames).map { entry, cityInName in
            let hasNationalEvent = approvedKeys.contains(entry.key.words)
            let name = Array(entry.name.utf8)
            let nameSaysNational = ByteText.findCaseInsensitive(name, "national", from: 0) != nil
                || ByteText.findCaseInsensitive(name, "state-level", from: 0) != nil
            let isNational = !entry.isSubPark && (hasNationalEvent || nameSaysNational || nationalByText.contains(entry.name))
            let city = cityInName ?? (entry.isSubPark || entry.name == context.focusZone ? documentCity : nil)
            let province = city.flatMap { Gazetteer.province(ofCity: $0, preferring: documentProvince) }
                ?? provinceInName(entry.name) ?? documentProvince
            let sentence = analyzed[entry.sentenceIndex].sentence
            return Zone(
                name: entry.name, type: entry.type, level: isNational ? .national : nil, province: province,
                city: city, parent: entry.isSubPark || entry.name.hasPrefix("Area ") ? context.focusZone : nil,
                evidence: evidence.evidence(entry.tokens, in: sentence, rule: entry.isFromList ? "zone.list" : "zone.name"))
        }
    }

    /// Zones a sentence calls national: the first zone it names (or the document's zone when the
    /// sentence refers back to it), and zones listed beside a national cue.
    private func zonesCalledNational(_ analyzed: [AnalyzedSentence]) -> Set<String> {
        var names = Set<String>()
        for sentence in analyzed {
            guard sentence.cues.hasNationalWord, Self.nationalCues.contains(where: { tokens.containsPhrase($0, in: sentence.range) }) else {
                continue
            }
            let zones = sentence.mentions.filter { $0.kind == .zone && !$0.isSubPark }
            for listed in zones where listed.isFromList { names.insert(context.zones.canonicalName(listed.name)) }
            if let first = zones.first(where: { !$0.isFromList }) {
                let anaphor = sentence.mentions.first { $0.kind == .anaphor && $0.name == "zone" }
                if let anaphor, anaphor.tokens.lowerBound < first.tokens.lowerBound, let focus = context.focusZone {
                    names.insert(focus)
                } else {
                    names.insert(context.zones.canonicalName(first.name))
                }
            } else if sentence.mentions.contains(where: { $0.kind == .anaphor && $0.name == "zone" }),
                let focus = context.focusZone
            {
                names.insert(focus)
            }
        }
        return names
    }

    /// The province and city the document names most.
    private func dominantPlaces(_ analyzed: [AnalyzedSentence], citiesInNames: [String?]) -> (String?, String?) {
        var provinces: [String: Int] = [:]
        var cities: [String: Int] = [:]
        for sentence in analyzed {
            for mention in sentence.mentions where mention.kind == .place {
                if mention.placeLevel == .province { provinces[mention.name, default: 0] += 1 }
                if mention.placeLevel == .city { cities[mention.name, default: 0] += 1 }
            }
        }
        for (entry, city) in zip(context.zones.entries, citiesInNames) {
            if let city { cities[city, default: 0] += entry.mentionCount }
        }
        let province = provinces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        let city = cities.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        return (province ?? city.flatMap { Gazetteer.cities[$0.lowercased()]?.province }, city)
    }

    private func nameWords(_ name: String) -> [String] {
        // Over the bytes, ASCII lower-cased: the gazetteer's keys are pinyin.
        name.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
            .map { String(decoding: $0.map(ByteText.lowercase), as: UTF8.self) }
    }

    private func cityInName(_ name: String) -> String? {
        let words = nameWords(name)
        for length in [2, 1] where words.count >= length {
            for start in 0...(words.count - length) {
                let key = words[start..<(start + length)].joined(separator: " ")
                if let city = Gazetteer.cities[key] { return city.city }
            }
        }
        return nil
    }

    private func provinceInName(_ name: String) -> String? {
        nameWords(name).lazy.compactMap { Gazetteer.provinces[$0] }.first
    }
}
