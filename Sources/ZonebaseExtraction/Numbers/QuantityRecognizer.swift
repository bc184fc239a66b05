import ZonebaseModel

/// Finds the quantities of one sentence: money, areas, percentages and counts of enterprises,
/// projects, jobs, people and zones. Years, ranks, record numbers and bare numbers are not quantities.
struct QuantityRecognizer {
    let tokens: [Token]

    /// The quantities in `range`, in text order.
    func quantities(in range: Range<Int>) -> [Quantity] {
        let reader = NumberReader(tokens: tokens)
        var found: [Quantity] = []
        var index = range.lowerBound
        let limit = range.upperBound
        while index < limit {
            let (prefixUnit, numberIndex) = currencyPrefix(at: index, limit: limit)
            guard numberIndex < limit, let reading = reader.read(at: numberIndex, limit: limit) else {
                index += 1
                continue
            }
            if isLabel(numberIndex, reading: reading, range: range) {
                index = reading.end
                continue
            }
            if let quantity = quantity(
                reading: reading, numberIndex: numberIndex, start: index, prefixUnit: prefixUnit, range: range,
                previous: found.last { $0.unit == .count })
            {
                found.append(quantity)
                index = max(quantity.tokens.upperBound, reading.end)
            } else {
                index = max(index + 1, reading.end)
            }
        }
        return found
    }

    /// A currency sign or code before a number (`$`, `US$`, `RMB`, `USD`, `¥`): its unit and where the
    /// number starts; otherwise `(nil, index)`.
    private func currencyPrefix(at index: Int, limit: Int) -> (FigureUnit?, Int) {
        let token = tokens[index]
        if token.isPunctuation("$") { return (.usd, index + 1) }
        if token.kind == .punctuation, token.hasText("\u{A5}") { return (.cny, index + 1) }
        if token.kind == .word {
            if token.hasText("us"), index + 1 < limit, tokens[index + 1].isPunctuation("$") { return (.usd, index + 2) }
            if token.hasText("rmb") || token.hasText("cny") { return (.cny, index + 1) }
            if token.hasText("usd") { return (.usd, index + 1) }
        }
        return (nil, index)
    }

    /// Numbers that only label a class: "top 500", "the 500 largest", "No. 1".
    private func isLabel(_ index: Int, reading: NumberReader.Reading, range: Range<Int>) -> Bool {
        if index > range.lowerBound {
            let previous = tokens[index - 1]
            let beforePrevious = index - 2 >= range.lowerBound ? tokens[index - 2] : previous
            if previous.isWord("top") || previous.isWord("fortune") || previous.isWord("no")
                || previous.isWord("global") && beforePrevious.isWord("fortune")
                || previous.isPunctuation("#")
            {
                return true
            }
            if previous.isPunctuation("."), index >= 2, tokens[index - 2].isWord("no") { return true }
        }
        if reading.end < range.upperBound {
            let next = tokens[reading.end]
            if next.isWord("largest") || next.isWord("biggest") || next.isWord("strongest") { return true }
        }
        return false
    }

    private func quantity(
        reading: NumberReader.Reading, numberIndex: Int, start: Int, prefixUnit: FigureUnit?, range: Range<Int>,
        previous: Quantity?
    ) -> Quantity? {
        let limit = range.upperBound
        if reading.isFraction {
            return Quantity(
                value: reading.value, unit: .percent, tokens: start..<reading.end, numberToken: numberIndex,
                isFraction: true)
        }
        if let (unit, factor, end) = unit(at: reading.end, limit: limit) {
            if unit == .percent, end < limit, tokens[end].isWord("points") || tokens[end].isWord("point") {
                return nil  // percentage points are differences, not figures
            }
            if reading.isYearLike && unit == .count { return nil }
            let value = reading.value * factor
            guard value.isFinite else { return nil }
            return Quantity(value: value, unit: unit, tokens: start..<end, numberToken: numberIndex)
        }
        if let prefixUnit {
            return Quantity(value: reading.value, unit: prefixUnit, tokens: start..<reading.end, numberToken: numberIndex)
        }
        if reading.isYearLike { return nil }
        // "will grow to 1 million", "a population of 1.2 million": people are counted in millions too.
        if reading.hasScale { return populationOrNumberOf(reading: reading, numberIndex: numberIndex, range: range) }
        guard reading.value == reading.value.rounded() else { return nil }
        return count(reading: reading, numberIndex: numberIndex, range: range, previous: previous)
    }

    /// A unit after a number: the unit, the factor to base units, and the index after the unit words.
    private func unit(at index: Int, limit: Int) -> (FigureUnit, Double, Int)? {
        var position = index
        if position < limit, tokens[position].isPunctuation("-") { position += 1 }
        guard position < limit else { return nil }
        let token = tokens[position]
        func word(_ offset: Int) -> String? {
            let target = position + offset
            guard target < limit else { return nil }
            return tokens[target].kind == .word ? tokens[target].text : nil
        }
        func skipDotAndHyphen(_ at: Int) -> Int {
            var next = at
            while next < limit, tokens[next].isPunctuation(".") || tokens[next].isPunctuation("-") { next += 1 }
            return next
        }
        if token.isPunctuation("%") { return (.percent, 1, position + 1) }
        if token.kind == .other {
            switch token.text {
            case "\u{5143}": return (.cny, 1, position + 1)  // 元
            case "\u{7F8E}" where position + 1 < limit && tokens[position + 1].hasText("\u{5143}"):
                return (.usd, 1, position + 2)  // 美元
            default: return nil
            }
        }
        guard token.kind == .word else { return nil }
        switch token.text {
        case "yuan", "rmb", "cny": return (.cny, 1, position + 1)
        case "dollars", "dollar", "usd": return (.usd, 1, position + 1)
        case "us":
            if word(1) == "dollars" || word(1) == "dollar" { return (.usd, 1, position + 2) }
            return nil
        case "u":
            // "U.S. dollars"
            let afterU = skipDotAndHyphen(position + 1)
            if afterU < limit, tokens[afterU].isWord("s") {
                let afterS = skipDotAndHyphen(afterU + 1)
                if afterS < limit, tokens[afterS].isWord("dollars") || tokens[afterS].isWord("dollar") {
                    return (.usd, 1, afterS + 1)
                }
            }
            return nil
        case "percent": return (.percent, 1, position + 1)
        case "per":
            return word(1) == "cent" ? (.percent, 1, position + 2) : nil
        case "square", "sq":
            let next = skipDotAndHyphen(position + 1)
            guard next < limit, tokens[next].kind == .word else { return nil }
            switch tokens[next].text {
            case "kilometers", "kilometres", "kilometer", "kilometre", "km", "kms":
                return (.squareKilometres, 1, next + 1)
            case "meters", "metres", "meter", "metre", "m":
                return (.squareKilometres, 1e-6, next + 1)
            default: return nil
            }
        case "sqkm": return (.squareKilometres, 1, position + 1)
        case "km":
            if position + 1 < limit, tokens[position + 1].kind == .number, tokens[position + 1].hasText("2"),
                !tokens[position + 1].hasSpaceBefore
            {
                return (.squareKilometres, 1, position + 2)
            }
            return nil
        case "hectares", "hectare", "ha": return (.squareKilometres, 0.01, position + 1)
        // One mu is a fifteenth of a hectare (666.67 square metres), so 1,500 mu make a square kilometre.
        case "mu": return (.squareKilometres, 1.0 / 1500, position + 1)
        default: return nil
        }
    }

    /// A count: the number followed by a counted noun ("28 intelligent terminal enterprises"), a
    /// partitive ("32 of them being national hi-tech enterprises", "three of which"), or a number
    /// continuing a list of counts ("11 over 1 billion yuan").
    private func count(
        reading: NumberReader.Reading, numberIndex: Int, range: Range<Int>, previous: Quantity?
    ) -> Quantity? {
        let limit = range.upperBound
        var position = reading.end
        var partitive = false
        // "one of the three high-tech zones" states membership; the count is the "three".
        if reading.value == 1, tokens[numberIndex].isWord("one") || tokens[numberIndex].hasText("1"),
            position < limit, tokens[position].isWord("of")
        {
            return nil
        }
        // "01" is a day or a code, not a count.
        if tokens[numberIndex].kind == .number, tokens[numberIndex].text.hasPrefix("0") { return nil }
        if position + 1 < limit, tokens[position].isWord("of") {
            let next = tokens[position + 1].text
            if ["them", "which", "these", "those", "the", "its"].contains(next) {
                partitive = true
                position += 2
            }
        }
        var qualifiers: [String] = []
        var steps = 0
        // "21 state-level economic and technological development zones": a zone's generic name words
        // may run longer before the counted noun than other modifiers.
        var onlyZoneWords = true
        while position < limit, steps < (partitive ? 9 : onlyZoneWords ? 10 : 6) {
            let token = tokens[position]
            if token.kind == .word {
                // "11,000 patent applications": applications count only as patents.
                if token.hasText("applications"), qualifiers.contains(where: { ["patent", "pct", "invention"].contains($0) }) {
                    return Quantity(
                        value: reading.value, unit: .count, tokens: numberIndex..<(position + 1), numberToken: numberIndex,
                        countMetric: .patents)
                }
                if let metric = UnitLexicon.countNouns[token] {
                    // "the 1525 project": a singular noun after a number other than one is a name.
                    if !token.text.hasSuffix("s"), reading.value != 1, !token.hasText("people") { return nil }
                    var resolved = metric
                    if metric == .enterprises, UnitLexicon.isHighTechQualifier(qualifiers) { resolved = .hitechEnterprises }
                    // "employs 350,000 people": people employed are jobs.
                    if metric == .population, (max(range.lowerBound, numberIndex - 3)..<numberIndex).contains(where: {
                        UnitLexicon.employingVerbs.contains(tokens[$0])
                    }) {
                        resolved = .jobs
                    }
                    let end = partitive && steps > 3 ? reading.end + 2 : position + 1
                    return Quantity(
                        value: reading.value, unit: .count, tokens: numberIndex..<end, numberToken: numberIndex,
                        countMetric: resolved, countsZones: UnitLexicon.zoneNouns.contains(token))
                }
                if !partitive, UnitLexicon.phraseBreakers.contains(token) { break }
                // "will reach 7,000 and publicly listed companies will reach 200": right after the
                // number, "and" starts another clause.
                if !partitive, steps == 0, token.isWord("and") { break }
                if partitive, ["yuan", "percent", "of", "in"].contains(token) { break }
                qualifiers.append(token.text)
                if onlyZoneWords, !ZoneVocabulary.generic.contains(token) { onlyZoneWords = false }
            } else if token.kind == .number {
                // "35 Fortune Global 500 companies": the 500 is part of a label.
                let isLabel = position > 0 && ["fortune", "global", "top"].contains(tokens[position - 1])
                if !partitive && !isLabel { break }
            } else if token.isPunctuation("'"), position + 1 < limit, tokens[position + 1].isWord("s") {
                // "the world's top 500 enterprises"
            } else if !(token.isPunctuation("-") || token.isPunctuation("'")) {
                break
            }
            position += 1
            steps += 1
        }
        // "three of which had annual revenue over …", "11 over 1 billion yuan": the list's noun.
        if let previous, let metric = previous.countMetric {
            let next = reading.end < limit ? tokens[reading.end] : nil
            if partitive || next?.isWord("over") == true || next?.isWord("above") == true {
                let end = partitive ? reading.end + 2 : reading.end + 1
                return Quantity(
                    value: reading.value, unit: .count, tokens: numberIndex..<min(end, limit), numberToken: numberIndex,
                    countMetric: metric)
            }
        }
        return populationOrNumberOf(reading: reading, numberIndex: numberIndex, range: range)
            ?? countedBeforeTheVerb(reading: reading, numberIndex: numberIndex, range: range)
    }

    /// "State-level high-tech enterprises will reach 7,000", "listed companies rose to 31": a bare
    /// number after a verb of reaching counts the noun its clause began with.
    private func countedBeforeTheVerb(reading: NumberReader.Reading, numberIndex: Int, range: Range<Int>) -> Quantity? {
        var index = numberIndex - 1
        if index > range.lowerBound, tokens[index].isWord("to") { index -= 1 }
        guard index > range.lowerBound, tokens[index].kind == .word, UnitLexicon.reachingVerbs.contains(tokens[index])
        else { return nil }
        index -= 1
        if index > range.lowerBound, tokens[index].isWord("will") || tokens[index].isWord("has") || tokens[index].isWord("have") {
            index -= 1
        }
        guard index >= range.lowerBound, tokens[index].kind == .word, let metric = UnitLexicon.countNouns[tokens[index]],
            tokens[index].text.hasSuffix("s"), !UnitLexicon.zoneNouns.contains(tokens[index])
        else { return nil }
        var qualifiers: [String] = []
        var back = index - 1
        while back >= range.lowerBound, index - back <= 5, tokens[back].kind == .word || tokens[back].isPunctuation("-") {
            qualifiers.insert(tokens[back].text, at: 0)
            back -= 1
        }
        let resolved = metric == .enterprises && UnitLexicon.isHighTechQualifier(qualifiers) ? .hitechEnterprises : metric
        return Quantity(
            value: reading.value, unit: .count, tokens: numberIndex..<reading.end, numberToken: numberIndex, countMetric: resolved)
    }

    /// "a population of about 167,000", "the total number of registered enterprises … exceeded 38,200".
    private func populationOrNumberOf(reading: NumberReader.Reading, numberIndex: Int, range: Range<Int>) -> Quantity? {
        // "a population of about 167,000", "the population of the new area will grow to 1.5 million":
        // within the clause (no punctuation between).
        var back = numberIndex - 1
        var steps = 0
        while back >= range.lowerBound, steps < 10 {
            let token = tokens[back]
            if token.isWord("population") {
                return Quantity(
                    value: reading.value, unit: .count, tokens: numberIndex..<reading.end, numberToken: numberIndex,
                    countMetric: .population)
            }
            if token.kind != .word { break }
            back -= 1
            steps += 1
        }
        // "number of X … reached N": scan back in the sentence for "number of" and its noun.
        var index = numberIndex - 1
        while index > range.lowerBound {
            if tokens[index].isWord("of"), tokens[index - 1].isWord("number") {
                var position = index + 1
                var qualifiers: [String] = []
                while position < numberIndex, position < index + 9 {
                    let token = tokens[position]
                    if token.kind == .word, let metric = UnitLexicon.countNouns[token] {
                        var resolved = metric
                        if metric == .enterprises, UnitLexicon.isHighTechQualifier(qualifiers) {
                            resolved = .hitechEnterprises
                        }
                        return Quantity(
                            value: reading.value, unit: .count, tokens: numberIndex..<reading.end,
                            numberToken: numberIndex, countMetric: resolved,
                            countsZones: UnitLexicon.zoneNouns.contains(token))
                    }
                    qualifiers.append(token.text)
                    position += 1
                }
                return nil
            }
            index -= 1
        }
        return nil
    }
}
