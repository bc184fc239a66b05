/// The windows a long document is read in: about ``windowBytes`` each, cut at a line break, else
/// after the end of a sentence, else at a space, so that a 20 MB page costs what a 1 MB page costs
/// (tokens, sentences and their analysis are held for one window at a time).
enum ReadingWindows {
    /// How much text a window holds at most; a document no longer is read in one.
    static let windowBytes = 1 << 20

    /// The windows of `text`, in order, covering it; one for a document of ``windowBytes`` or less.
    static func windows(of text: [UInt8]) -> [Range<Int>] {
        guard text.count > windowBytes else { return [0..<text.count] }
        var windows: [Range<Int>] = []
        var start = 0
        while start < text.count {
            let end = start + windowBytes >= text.count ? text.count : cut(text, before: start + windowBytes, after: start)
            windows.append(start..<end)
            start = end
        }
        return windows
    }

    /// Where a window from `start` that may reach `limit` ends: after the last line break of its last
    /// quarter, else after the last full stop (". ", "。") there, else after a clause (";", ","),
    /// else after a space, else at the last character boundary.
    private static func cut(_ text: [UInt8], before limit: Int, after start: Int) -> Int {
        let floor = start + windowBytes * 3 / 4
        if let end = lastEnd(in: text, from: floor, to: limit, where: { text[$0 - 1] == 0x0A }) { return end }
        let sentenceEnd = lastEnd(in: text, from: floor, to: limit) { end in
            text[end - 1] == UInt8(ascii: ".") && text[end] == UInt8(ascii: " ")
                || end >= 3 && text[end - 3] == 0xE3 && text[end - 2] == 0x80 && text[end - 1] == 0x82  // 。
        }
        if let sentenceEnd { return sentenceEnd }
        // A run-on line (a table flattened, a page without full stops): after a clause, as the
        // sentence splitter cuts it (";", "；", then ",", "，").
        for (ascii, wide) in [(UInt8(ascii: ";"), UInt8(0x9B)), (UInt8(ascii: ","), UInt8(0x8C))] {
            let clauseEnd = lastEnd(in: text, from: floor, to: limit) { end in
                text[end - 1] == ascii || end >= 3 && text[end - 3] == 0xEF && text[end - 2] == 0xBC && text[end - 1] == wide
            }
            if let clauseEnd { return clauseEnd }
        }
        if let end = lastEnd(in: text, from: floor, to: limit, where: { text[$0 - 1] == UInt8(ascii: " ") }) { return end }
        var end = limit
        while end > start + 1, text[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
        return end
    }

    /// The last `end` in `floor...limit` (going back from `limit`) for which `isEnd` holds.
    private static func lastEnd(in text: [UInt8], from floor: Int, to limit: Int, where isEnd: (Int) -> Bool) -> Int? {
        var end = limit
        while end > floor {
            if isEnd(end) { return end }
            end -= 1
        }
        return nil
    }
}
