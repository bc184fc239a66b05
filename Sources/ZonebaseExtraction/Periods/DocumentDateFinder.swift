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
                index + 5 < tokens.count, tokens[index + 1].text == "年", tokens[index + 2].kind == .number,
                tokens[index + 3].text == "月", tokens[index + 4].kind == .number, tokens[index + 5].text == "日",
                let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text), (1...12).contains(month),
                (1...31).contains(day)
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
}
