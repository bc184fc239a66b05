import ZonebaseModel

/// A set of character codes as a bitmap over the Basic Multilingual Plane: one shift and one mask
/// per lookup, where a `Set<UInt32>` hashes (the Chinese rules ask for every character of a page).
/// Codes above U+FFFF and the engine's number and word codes are kept in a short list.
struct CodeSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var others: [UInt32] = []

    /// The set of `codes`.
    init<S: Sequence>(_ codes: S) where S.Element == UInt32 {
        for code in codes { insert(code) }
    }

    /// Adds `code`.
    mutating func insert(_ code: UInt32) {
        if code < 0x1_0000 { bits[Int(code >> 6)] |= 1 << UInt64(code & 63) } else if !others.contains(code) { others.append(code) }
    }

    /// Whether the set holds `code`.
    @inline(__always) func contains(_ code: UInt32) -> Bool {
        code < 0x1_0000 ? bits[Int(code >> 6)] & (1 << UInt64(code & 63)) != 0 : others.contains(code)
    }
}
