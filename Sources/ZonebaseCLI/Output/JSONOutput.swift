import Foundation

/// JSON output of query results: pretty-printed, keys sorted, one document per command.
enum JSONOutput {
    /// How every JSON answer is written.
    static let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]

    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The JSON array of values already encoded with ``formatting``, as ``encode(_:)`` would write
    /// the array of the values themselves (each element indented one level), as UTF-8 bytes.
    static func array(ofEncoded elements: [String]) -> Data {
        guard !elements.isEmpty else { return Data("[\n\n]\n".utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(elements.reduce(0) { $0 + $1.utf8.count } * 9 / 8 + 16)
        output += "[\n".utf8
        for (index, element) in elements.enumerated() {
            output += "  ".utf8
            var element = element
            element.withUTF8 { bytes in
                // Pretty-printed JSON breaks lines only between tokens (a string's are escaped):
                // each line after the first gets the indent, copied a line at a time.
                var start = 0
                while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...newline]))
                    output += "  ".utf8
                    start = newline + 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            }
            output += (index == elements.count - 1 ? "\n" : ",\n").utf8
        }
        output += "]\n".utf8
        return Data(output)
    }
}
