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
        let (documentProvince, documentCity) = dominantPlaces(analyzed)
        return context.zones.entries.map { entry in
            let key = ZoneRegistry.key(entry.name).0
            let hasNationalEvent = events.contains { $0.kind == .nationalApproval && ZoneRegistry.key($0.zone).0 == key }
            let nameSaysNational = entry.name.lowercased().contains("national") || entry.name.lowercased().contains("state-level")
            let isNational = !entry.isSubPark && (hasNationalEvent || nameSaysNational || nationalByText.contains(entry.name))
            let city = cityInName(entry.name) ?? (entry.isSubPark || entry.name == context.focusZone ? documentCity : nil)
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
    private func dominantPlaces(_ analyzed: [AnalyzedSentence]) -> (String?, String?) {
        var provinces: [String: Int] = [:]
        var cities: [String: Int] = [:]
        for sentence in analyzed {
            for mention in sentence.mentions where mention.kind == .place {
                if mention.placeLevel == .province { provinces[mention.name, default: 0] += 1 }
                if mention.placeLevel == .city { cities[mention.name, default: 0] += 1 }
            }
        }
        for entry in context.zones.entries {
            if let city = cityInName(entry.name) { cities[city, default: 0] += entry.mentionCount }
        }
        let province = provinces.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        let city = cities.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        return (province ?? city.flatMap { Gazetteer.cities[$0.lowercased()]?.province }, city)
    }

    private func nameWords(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
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
