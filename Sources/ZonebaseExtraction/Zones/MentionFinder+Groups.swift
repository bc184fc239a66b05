import ZonebaseModel

extension MentionFinder {
    /// "Chengdu, Mianyang and Zigong high-tech parks": one zone per listed place, named with the
    /// shared words ("Chengdu High-tech Park").
    func coordinatedZones(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        for end in range where tokens[end].isWord("parks") || tokens[end].isWord("zones") {
            var index = end - 1
            while index >= range.lowerBound, tokens[index].kind == .word && ZoneVocabulary.generic.contains(tokens[index])
                && !tokens[index].isWord("and") || tokens[index].isPunctuation("-")
            {
                index -= 1
            }
            let modifiersStart = index + 1
            guard modifiersStart < end else { continue }
            var places: [(String, Int)] = []
            while index >= range.lowerBound {
                guard let (name, length) = placeEnding(at: index) else { break }
                places.append((name, index - length + 1))
                index -= length
                if index >= range.lowerBound, tokens[index].isPunctuation(",") || tokens[index].isWord("and") {
                    index -= 1
                    if index >= range.lowerBound, tokens[index].isPunctuation(",") { index -= 1 }
                } else {
                    break
                }
            }
            guard places.count >= 2 else { continue }
            let modifiers = surface(modifiersStart..<end)
            let head = tokens[end].hasText("parks") ? "Park" : "Zone"
            let words = (modifiersStart...end).map { tokens[$0].text }
            let type = ZoneVocabulary.type(ofNameWords: words.dropLast() + [head.lowercased()])
            for (place, start) in places.reversed() {
                let name = place + " " + Self.capitalizingWords(modifiers) + " " + head
                var mention = Mention(kind: .zone, tokens: start..<(end + 1), name: name, zoneType: type)
                mention.isFromList = true
                found.append(mention)
            }
        }
        return found
    }

    private func placeEnding(at index: Int) -> (String, Int)? {
        for length in [2, 1] {
            let start = index - length + 1
            guard start >= 0, let (name, _) = place(at: start, length: length) else { continue }
            return (name, length)
        }
        return nil
    }

    static func capitalizingWords(_ text: String) -> String {
        var result = ""
        var atWordStart = true
        for character in text {
            result.append(atWordStart ? Character(character.uppercased()) : character)
            atWordStart = character == " "
        }
        return result
    }

    /// "include the modern pharmaceutical industrial park, machinery and equipment industrial park,
    /// … and big data industrial park": lower-case parks listed together (two or more).
    func subParks(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        for end in range where tokens[end].isWord("park") && !tokens[end].isCapitalized {
            guard end - 1 > range.lowerBound, tokens[end - 1].isWord("industrial") else { continue }
            var start = end - 1
            var index = end - 2
            while index >= range.lowerBound {
                let token = tokens[index]
                guard token.kind == .word, !token.isCapitalized else { break }
                if token.hasText("and"), index > range.lowerBound, tokens[index - 1].isWord("park") { break }
                if ["the", "include", "includes", "including", "of", "a", "and", "with", "are", "is"].contains(token)
                    && !(token.hasText("and") && index - 1 >= range.lowerBound && tokens[index - 1].kind == .word
                        && !tokens[index - 1].isWord("park"))
                {
                    break
                }
                start = index
                index -= 1
            }
            guard start < end - 1 else { continue }
            var mention = Mention(kind: .zone, tokens: start..<(end + 1), name: surface(start..<(end + 1)), zoneType: .industrialPark)
            mention.isSubPark = true
            found.append(mention)
        }
        // Only a list the text introduces as the zone's parts: "include …", "consisting of …", ": …".
        guard found.count >= 2, let first = found.first else { return [] }
        let lead = max(range.lowerBound, first.tokens.lowerBound - 3)..<first.tokens.lowerBound
        let introduced = lead.contains { index in
            ["include", "includes", "including", "comprises", "comprising", "consisting", "composed", "namely", ":"]
                .contains(tokens[index])
        }
        return introduced ? found : []
    }

    /// Groups of zones: "Chenzhou city's industrial parks", "national high-tech industrial development
    /// zones", "state-level economic and technological development zones", "these zones".
    func groups(in range: Range<Int>, excluding taken: [Mention]) -> [Mention] {
        var found: [Mention] = []
        for end in range where tokens[end].isWord("parks") || tokens[end].isWord("zones") {
            guard !taken.contains(where: { $0.tokens.contains(end) }) else { continue }
            var start = end
            var index = end - 1
            while index >= range.lowerBound {
                let token = tokens[index]
                if token.kind == .word && ZoneVocabulary.generic.contains(token) && !token.isWord("the")
                    && !token.isWord("a") && !token.isWord("of")
                    || token.isPunctuation("-")
                {
                    start = index
                    index -= 1
                } else {
                    break
                }
            }
            // "Chenzhou city's …", "Hainan's …": the place that holds the group.
            if index >= range.lowerBound + 2, tokens[index].isWord("s"), tokens[index - 1].isPunctuation("'") {
                var placeEnd = index - 2
                if tokens[placeEnd].isWord("city") || tokens[placeEnd].isWord("province") { placeEnd -= 1 }
                if placeEnd >= range.lowerBound, placeName(endingAt: placeEnd) != nil {
                    var placeStart = placeEnd
                    while placeStart > range.lowerBound, placeName(endingAt: placeStart - 1) != nil,
                        tokens[placeStart - 1].isCapitalized
                    {
                        placeStart -= 1
                    }
                    start = placeStart
                    index = placeStart - 1
                }
            }
            let isBackReference = index >= range.lowerBound && (tokens[index].isWord("these") || tokens[index].isWord("those"))
            let words = (start...end).map { tokens[$0].text }
            guard start < end || isBackReference else { continue }
            var name = surface(start..<(end + 1))
            // The country holding a national group adds nothing to its name.
            for prefix in ["China's ", "China\u{2019}s ", "China’s "] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
            }
            found.append(
                Mention(kind: isBackReference ? .anaphor : .group, tokens: start..<(end + 1),
                        name: isBackReference ? "zones" : name, zoneType: ZoneVocabulary.type(ofNameWords: words)))
        }
        return found
    }

    /// "the zone", "the Zone", "the park", "the ETDZ", "the district", "the province's", "the
    /// 202-square-kilometer zone".
    func anaphors(in range: Range<Int>, excluding taken: [Mention]) -> [Mention] {
        var found: [Mention] = []
        for index in range where tokens[index].isWord("it") || tokens[index].isWord("its") {
            found.append(Mention(kind: .anaphor, tokens: index..<(index + 1), name: "it"))
        }
        for start in range where tokens[start].isWord("the") || tokens[start].isWord("this") {
            var index = start + 1
            var steps = 0
            while index < range.upperBound, steps < 6 {
                let token = tokens[index]
                if token.kind == .word, let referent = Self.anaphorHeads[token] {
                    if index + 1 < range.upperBound, tokens[index + 1].isWord("of") && referent != "zone" { break }
                    if !taken.contains(where: { $0.tokens.contains(index) }) {
                        found.append(Mention(kind: .anaphor, tokens: start..<(index + 1), name: referent))
                    }
                    break
                }
                let isModifier = token.kind == .number || token.isPunctuation("-")
                    || token.kind == .word && (ZoneVocabulary.generic.contains(token) || !token.isCapitalized
                        && ["square", "kilometer", "kilometre", "sq", "km", "whole", "entire"].contains(token))
                guard isModifier else { break }
                index += 1
                steps += 1
            }
        }
        return found
    }

    private static let anaphorHeads: WordTable<String> = [
        "zone": "zone", "park": "zone", "etdz": "zone", "area": "zone", "base": "zone", "district": "district",
        "province": "province", "city": "city", "county": "district", "region": "province",
    ]

    /// Provinces, cities, districts ("Huichuan district") and the country.
    func places(in range: Range<Int>, excluding taken: [Mention]) -> [Mention] {
        var found: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !taken.contains(where: { $0.tokens.contains(index) }) else {
                index += 1
                continue
            }
            var matched = false
            for length in [3, 2, 1] where index + length <= range.upperBound && Gazetteer.firstWords.contains(token) {
                guard let (name, level) = place(at: index, length: length) else { continue }
                // "East Hangzhou Road": a street named after a place is no place of its own.
                if index + length < range.upperBound, Self.streetWords.contains(tokens[index + length]) { continue }
                found.append(Mention(kind: .place, tokens: index..<(index + length), name: name, placeLevel: level))
                index += length
                matched = true
                break
            }
            if matched { continue }
            // "Huichuan district", "Changsha county", "Xingning District": a district by its own name.
            if  !ZoneVocabulary.stopCapitalized.contains(token),
                index + 1 < range.upperBound, tokens[index + 1].isWord("district") || tokens[index + 1].isWord("county"),
                index == range.lowerBound || !tokens[index - 1].isCapitalized
            {
                found.append(Mention(kind: .place, tokens: index..<(index + 2), name: surface(index..<(index + 2)), placeLevel: .district))
                index += 2
                continue
            }
            index += 1
        }
        return found
    }

    /// Words after a place name that make it a street's name.
    static let streetWords: WordSet = ["road", "street", "avenue", "rd", "st", "lu", "boulevard", "highway", "bridge"]
}
