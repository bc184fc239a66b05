import ZonebaseModel

/// Finds a document's own date near its top: "Updated: 2019-02-28", "date 2023-12-12",
/// "Updated: Jan 7, 2019", "NANNING, China, Feb. 6, 2017 /PRNewswire/".
struct DocumentDateFinder {
    let tokens: [Token]

    /// The first full date among the first `window` tokens.
    func documentDate(window: Int = 300) -> PartialDate? {
        let limit = min(tokens.count, window)
        var index = 0
        while index < limit {
            let token = tokens[index]
            if token.kind == .number, token.text.count == 4, let year = Int(token.text), (1990...2100).contains(year),
                index + 4 < tokens.count, tokens[index + 1].isPunctuation("-"), tokens[index + 2].kind == .number,
                tokens[index + 3].isPunctuation("-"), tokens[index + 4].kind == .number,
                let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
                (1...12).contains(month), (1...31).contains(day)
            {
                return PartialDate(year: year, month: month, day: day)
            }
            // 2023年2月8日: a Chinese date.
            if token.kind == .number, token.text.count == 4, let year = Int(token.text), (1990...2100).contains(year),
                index + 5 < tokens.count, tokens[index + 1].hasText("年"), tokens[index + 2].kind == .number,
                tokens[index + 3].hasText("月"), tokens[index + 4].kind == .number, tokens[index + 5].hasText("日"),
                let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text), (1...12).contains(month),
                (1...31).contains(day), standsApart(after: index + 5)
            {
                return PartialDate(year: year, month: month, day: day)
            }
            if let month = MonthNames.month(tokens, at: index) {
                var position = index + 1
                if position < tokens.count, tokens[position].isPunctuation(".") { position += 1 }
                if position + 1 < tokens.count, tokens[position].kind == .number, let day = Int(tokens[position].text),
                    (1...31).contains(day)
                {
                    position += 1
                    if position < tokens.count, tokens[position].isPunctuation(",") { position += 1 }
                    if position < tokens.count, tokens[position].kind == .number, tokens[position].text.count == 4,
                        let year = Int(tokens[position].text), (1990...2100).contains(year)
                    {
                        return PartialDate(year: year, month: month, day: day)
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether a date ending at `index` stands apart as a page's date ("2006年02月24日10:34", a line
    /// of its own, a label) rather than opening a clause of the text ("2002年6月18日,…与…合署办公").
    private func standsApart(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.lineBreaksBefore > 0 || next.hasSpaceBefore || next.kind == .number { return true }
        return !(next.kind == .other || next.isPunctuation(","))
    }
}
