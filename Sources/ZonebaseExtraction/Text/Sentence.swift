/// A sentence (or a heading line) of a document, as a range of tokens.
struct Sentence: Sendable {
    /// The tokens of the sentence, as indices into the document's token array.
    var tokens: Range<Int>
    /// The index of the paragraph the sentence belongs to; sentences of one paragraph share it.
    var paragraph: Int
    /// Whether the sentence is the first of its paragraph.
    var opensParagraph: Bool
}

/// Groups tokens into sentences and paragraphs.
///
/// A sentence ends at `.`, `!` or `?` (not after an abbreviation such as `Dec.` or `U.S.`) and at
/// a blank line. A single line break ends the sentence and the paragraph too, unless it only wraps a
/// long line that stopped mid-sentence (hard-wrapped text: "… by the State Council in⏎February 2015.").
struct SentenceSplitter {
    /// The sentences of `tokens`.
    func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        var opensParagraph = true
        func close(_ end: Int) {
            if end > start {
                sentences.append(Sentence(tokens: start..<end, paragraph: paragraph, opensParagraph: opensParagraph))
                opensParagraph = false
            }
            start = end
        }
        var lineStart = tokens.first?.start ?? 0
        for index in tokens.indices {
            let breaks = tokens[index].lineBreaksBefore
            if index > 0, breaks >= 1 {
                let previous = tokens[index - 1]
                // Chinese text wrapped at a fixed width breaks between characters, even inside a number
                // ("…完成国内生产总值20⏎02亿元").
                let wrapsChinese = previous.kind == .other
                    || previous.kind == .number && tokens[index].kind == .number && index >= 2 && tokens[index - 2].kind == .other
                let wrapsLine = breaks == 1 && previous.end - lineStart >= 50
                    && (previous.kind == .word || previous.isPunctuation(",") || wrapsChinese) && !startsListItem(tokens, at: index)
                if !wrapsLine {
                    close(index)
                    paragraph += 1
                    opensParagraph = true
                }
                lineStart = tokens[index].start
            }
            // A run-on "sentence" (a table flattened into one line, a 20 MB page without a full stop)
            // is cut so that rules looking around a number stay local and linear.
            if endsSentence(tokens, at: index) || index + 1 - start >= Self.maximumTokens && isSoftBreak(tokens[index]) {
                close(index + 1)
            } else if index + 1 - start >= Self.maximumTokens * 2 {
                close(index + 1)
            }
        }
        close(tokens.count)
        return sentences
    }

    /// A line that starts a list item, heading or table row: "- …", "* …", "# …", "| …", "1. …".
    private func startsListItem(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation, ["-", "*", "#", "|", ">", "+"].contains(token) { return true }
        if token.kind == .number, index + 1 < tokens.count, tokens[index + 1].isPunctuation(".") || tokens[index + 1].isPunctuation(")") {
            return true
        }
        return token.kind == .word && token.isCapitalized && token.end - token.start <= 1
    }

    private func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, token.hasText(".") || token.hasText("!") || token.hasText("?") else {
            return false
        }
        guard index + 1 < tokens.count else { return true }
        // A full-width 。！？ always ends a sentence: Chinese puts no space after it.
        if token.end - token.start > 1 { return true }
        let next = tokens[index + 1]
        if token.hasText(".") {
            if index > 0, tokens[index - 1].kind == .word, !tokens[index - 1].hasSpaceBefore || index == 1 {
                let previous = tokens[index - 1]
                if previous.text.count == 1 || Self.abbreviations.contains(previous) { return false }
            } else if index > 0, tokens[index - 1].kind == .word, Self.abbreviations.contains(tokens[index - 1]) {
                return false
            }
            if !next.hasSpaceBefore && next.lineBreaksBefore == 0 { return false }
            if next.kind == .word && !next.isCapitalized { return false }
        }
        return true
    }

    /// The length after which a sentence is cut at the next `;` or `,`.
    static let maximumTokens = 250

    private func isSoftBreak(_ token: Token) -> Bool {
        token.isPunctuation(";") || token.isPunctuation(",") || token.isPunctuation(":")
    }

    /// Words that end with a full stop without ending the sentence.
    static let abbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "co", "ltd",
        "inc", "mr", "mrs", "ms", "dr", "st", "sq", "approx", "vs", "etc", "e", "i", "u", "s", "jr", "gov", "corp",
        "dept", "est", "nos", "vol", "fig",
    ]
}
