/// A minimal JSON object writer that keeps keys in the order they are added, so output lines are
/// stable and diffable (Foundation's encoder sorts or shuffles keys).
struct JSONObjectWriter {
    private var text = "{"
    private var isFirst = true

    /// Adds a string member, or `null` when the value is `nil`.
    mutating func add(_ key: String, _ value: String?) {
        appendKey(key)
        if let value { Self.appendQuoted(value, to: &text) } else { text += "null" }
    }

    /// Adds a number member; a non-finite number becomes `null` because JSON has no spelling for it.
    mutating func add(_ key: String, _ value: Double) {
        appendKey(key)
        text += Self.format(value)
    }

    /// Adds a boolean member.
    mutating func add(_ key: String, _ value: Bool) {
        appendKey(key)
        text += value ? "true" : "false"
    }

    /// Adds an already-encoded JSON value.
    mutating func addRaw(_ key: String, _ json: String) {
        appendKey(key)
        text += json
    }

    /// The finished object.
    func finish() -> String { text + "}" }

    private mutating func appendKey(_ key: String) {
        if !isFirst { text += "," }
        isFirst = false
        Self.appendQuoted(key, to: &text)
        text += ":"
    }

    /// Formats integral values without a fraction (`44530000000`, not `4.453e10`) and others with
    /// the shortest representation that reads back as the same double.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    static func appendQuoted(_ value: String, to text: inout String) {
        text += "\""
        // Most values need no escaping: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
