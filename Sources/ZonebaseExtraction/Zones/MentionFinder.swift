import ZonebaseModel

/// Finds the zones, places, groups of zones and references back ("the zone") named in a sentence.
struct MentionFinder {
    let tokens: [Token]
    let text: [UInt8]

    /// The mentions in `range`, in text order, not overlapping.
    func mentions(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        found += namedZones(in: range)
        found += coordinatedZones(in: range)
        found += subParks(in: range)
        found += groups(in: range, excluding: found)
        found += anaphors(in: range, excluding: found)
        found += places(in: range, excluding: found)
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return found
    }

    /// The text of tokens `range`, as written, with whitespace runs collapsed to one space.
    func surface(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        var result = ""
        for index in range {
            let token = tokens[index]
            if index != first && token.hasSpaceBefore { result += " " }
            result += String(decoding: text[token.start..<token.end], as: UTF8.self)
        }
        return result
    }

    // MARK: Named zones

    private func namedZones(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        for end in range where tokens[end].kind == .word && ZoneVocabulary.heads.contains(tokens[end]) {
            guard isHead(at: end, range: range) else { continue }
            var start = end
            var index = end - 1
            while index >= range.lowerBound {
                let token = tokens[index]
                let continuesApostrophe = token.kind == .word && !token.hasSpaceBefore && index > range.lowerBound
                    && tokens[index - 1].isPunctuation("'") && !tokens[index - 1].hasSpaceBefore && !token.isWord("s")
                if continuesApostrophe {
                    // the "an" of "Xi'an"
                } else if token.isPunctuation(")"), index - 2 > range.lowerBound, tokens[index - 1].kind == .word,
                    tokens[index - 1].isCapitalized, tokens[index - 2].isPunctuation("("), tokens[index - 3].isWord("china")
                {
                    // "China (Shanghai) Pilot Free Trade Zone": the place in brackets belongs to the name.
                    start = index - 3
                    index -= 4
                    continue
                } else if token.kind == .word {
                    if Self.nameBreakers.contains(token) && !token.isCapitalized { break }
                    let isGeneric = ZoneVocabulary.generic.contains(token)
                    if token.isCapitalized && ZoneVocabulary.stopCapitalized.contains(token) && !isGeneric { break }
                    // "… Development Zone and Chengdu Economic … Zone": another zone's head ends this name.
                    if index < end, ZoneVocabulary.heads.contains(token), token.isCapitalized, isHead(at: index, range: range),
                        tokens[index + 1].isWord("and") || tokens[index + 1].isPunctuation(",")
                    {
                        break
                    }
                    if token.isCapitalized && token.hasText("national") || token.isCapitalized && token.hasText("state") {
                        start = index  // "Kunming National Hi-Tech …" keeps "National"; a leading one is trimmed below
                    } else if token.isCapitalized || isGeneric {
                        start = index
                    } else {
                        break
                    }
                } else if token.isPunctuation("'"), !token.hasSpaceBefore, index > range.lowerBound,
                    tokens[index - 1].kind == .word, tokens[index + 1].kind == .word, !tokens[index + 1].hasSpaceBefore,
                    !tokens[index + 1].isWord("s")
                {
                    // "Xi'an", "Huai'an": an apostrophe inside a place name.
                } else if token.isPunctuation("-") || token.isPunctuation("&") {
                    // joins words: "Hi-tech", "Guangxi-ASEAN", "Economy & Technology"
                } else {
                    break
                }
                index -= 1
            }
            // Trim leading generic and lower-case words: "national-level Xianyang …" is not a name start.
            while start < end, !isProperStart(start) { start += 1 }
            guard start < end, containsProperWord(start..<end) else { continue }
            // "Time zone", "Demo zone": a sentence's capitalized first word alone is no name, unless it
            // names a place.
            if start == range.lowerBound, !(start + 1..<end).contains(where: { tokens[$0].isCapitalized }),
                placeName(endingAt: start) == nil, tokens[start].end - tokens[start].start > 1,
                !(tokens[start].start + 1 < tokens[start].end && ByteText.isUppercase(text[tokens[start].start + 1]))
            {
                continue
            }
            if tokens[end].isWord("park"), end > start,
                ZoneVocabulary.nonIndustrialParks.contains(tokens[end - 1])
            {
                continue
            }
            let words = (start...end).compactMap { tokens[$0].kind == .punctuation ? tokens[$0].text : tokens[$0].text }
            found.append(
                Mention(kind: .zone, tokens: start..<(end + 1), name: surface(start..<(end + 1)),
                        zoneType: ZoneVocabulary.type(ofNameWords: words)))
        }
        // "Area A", "Area B": lettered parts of a zone.
        for index in range where tokens[index].isWord("area") && tokens[index].isCapitalized {
            guard index + 1 < range.upperBound else { continue }
            let next = tokens[index + 1]
            if next.kind == .word, next.text.count == 1, next.isCapitalized, next.hasSpaceBefore {
                found.append(Mention(kind: .zone, tokens: index..<(index + 2), name: surface(index..<(index + 2)), zoneType: .other))
            }
        }
        // "Hainan's free trade port": a place's own free trade zone or port.
        for index in range where tokens[index].isWord("free") {
            guard index + 2 < range.upperBound, tokens[index + 1].isWord("trade"),
                tokens[index + 2].isWord("port") || tokens[index + 2].isWord("zone"), index >= range.lowerBound + 3,
                tokens[index - 1].isWord("s"), tokens[index - 2].isPunctuation("'"),
                let place = placeName(endingAt: index - 3), place != "China"
            else { continue }
            let name = place + " free trade " + tokens[index + 2].text
            found.append(Mention(kind: .zone, tokens: (index - 3)..<(index + 3), name: name, zoneType: .freeTrade))
        }
        return found
    }

    /// Lower-case words a zone's name never runs back across.
    private static let nameBreakers: WordSet = ["the", "a", "an", "of"]

    /// Whether the head word at `index` ends a zone's name ("Area" only after "New", "Base" only
    /// after "Industry", "Port" only after "Trade").
    private func isHead(at index: Int, range: Range<Int>) -> Bool {
        let word = tokens[index].text
        guard index > range.lowerBound else { return false }
        let previous = tokens[index - 1].text
        switch word {
        case "area": return ["new", "demonstration", "development", "pilot", "processing", "cooperation"].contains(previous)
        case "base": return previous == "industry" || previous == "industrial"
        case "district": return previous == "development" || previous == "new"
        // "Guangzhou Science City", "Sino-Singapore Knowledge City", "Electronics City": planned
        // districts named as cities; "Sanya City" is a city.
        case "city": return ["science", "knowledge", "technology", "electronics", "innovation", "software"].contains(previous)
        case "port": return previous == "trade"
        default: return true
        }
    }

    private func isProperStart(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        if token.hasText("china"), index + 1 < tokens.count, tokens[index + 1].isPunctuation("(") { return true }
        // "New North Zone": a capitalized "New" opens a name when a proper word follows it.
        if token.hasText("new"), index + 1 < tokens.count, tokens[index + 1].isCapitalized,
            !ZoneVocabulary.generic.contains(tokens[index + 1])
        {
            return true
        }
        return !ZoneVocabulary.generic.contains(token) && !ZoneVocabulary.stopCapitalized.contains(token)
    }

    private func containsProperWord(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word && tokens[$0].isCapitalized && !ZoneVocabulary.generic.contains(tokens[$0]) }
    }

    /// A gazetteer place whose last token is at `index` (1 to 3 tokens: "Sichuan", "Xi'an", "Inner Mongolia").
    func placeName(endingAt index: Int) -> String? {
        for length in [3, 2, 1] {
            let start = index - length + 1
            guard start >= 0 else { continue }
            if let (name, _) = place(at: start, length: length) { return name }
        }
        return nil
    }

    /// The place named by `length` tokens at `start`, with its level.
    func place(at start: Int, length: Int) -> (String, PlaceLevel)? {
        guard start + length <= tokens.count, tokens[start].kind == .word, tokens[start].isCapitalized else { return nil }
        var key = ""
        for index in start..<(start + length) {
            let token = tokens[index]
            if index > start && token.hasSpaceBefore { key += " " }
            guard token.kind == .word || token.isPunctuation("'") else { return nil }
            key += token.text
        }
        if let province = Gazetteer.provinces[key] { return (province, .province) }
        if let city = Gazetteer.cities[key] { return (city.city, .city) }
        if key == "china" { return ("China", .country) }
        return nil
    }
}
