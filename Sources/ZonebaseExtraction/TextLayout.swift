/// Tells hard-wrapped plain text (lines cut at a fixed width, paragraphs separated by blank lines)
/// from text where every line is a paragraph.
enum TextLayout {
    /// Whether most lines of `text` are cut at a similar width.
    static func isHardWrapped(_ text: [UInt8]) -> Bool {
        var lengths: [Int] = []
        var current = 0
        var hasContent = false
        for byte in text {
            if byte == 0x0A {
                if hasContent { lengths.append(current) }
                current = 0
                hasContent = false
            } else {
                current += 1
                if !ByteText.isSpace(byte) { hasContent = true }
            }
            if lengths.count > 2000 { break }
        }
        if hasContent { lengths.append(current) }
        guard lengths.count >= 8 else { return false }
        let wrapped = lengths.filter { (40...100).contains($0) }.count
        let long = lengths.filter { $0 > 120 }.count
        return wrapped * 10 >= lengths.count * 7 && long * 10 < lengths.count
    }
}
