/// A minimal JSON object writer that keeps keys in the order they are added, so output lines are
/// stable and diffable (Foundation's encoder sorts or shuffles keys). It writes UTF-8 bytes and
/// decodes them once at the end: a line is some twenty members, and appending to a `String` member
/// by member cost a twentieth of `zonebase extract`.
struct JSONObjectWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var isFirst = true

    init() {
        bytes.reserveCapacity(256)
    }

    /// Adds a string member, or `null` when the value is `nil`.
    mutating func add(_ key: String, _ value: String?) {
        appendKey(key)
        if let value { Self.appendQuoted(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Adds a number member; a non-finite number becomes `null` because JSON has no spelling for it.
    mutating func add(_ key: String, _ value: Double) {
        appendKey(key)
        bytes.append(contentsOf: Self.format(value).utf8)
    }

    /// Adds a boolean member.
    mutating func add(_ key: String, _ value: Bool) {
        appendKey(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds an already-encoded JSON value.
    mutating func addRaw(_ key: String, _ json: String) {
        appendKey(key)
        bytes.append(contentsOf: json.utf8)
    }

    /// Appends the finished object to `output`.
    func finish(into output: inout [UInt8]) {
        output.append(contentsOf: bytes)
        output.append(UInt8(ascii: "}"))
    }

    /// The finished object.
    func finish() -> String {
        var bytes = bytes
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func appendKey(_ key: String) {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        Self.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Formats integral values without a fraction (`44530000000`, not `4.453e10`) and others with
    /// the shortest representation that reads back as the same double.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters
    /// (every other byte of its UTF-8 is copied as it is).
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs that need no escape are copied whole.
            var run = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                run = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    let digits = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

}
