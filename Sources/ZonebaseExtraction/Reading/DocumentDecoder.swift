/// Turns a document's raw bytes into UTF-8 text, or refuses them with a one-line reason.
///
/// Accepted: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and GB18030/GBK.
/// A UTF-8 text with a few stray invalid bytes keeps its offsets: each bad byte becomes a space.
public struct DocumentDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes`.
    /// - Throws: ``DocumentRefusal`` for binary data and for text in no supported encoding.
    public func decode(_ bytes: [UInt8]) throws(DocumentRefusal) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // The BOM becomes three spaces, so offsets stay those of the original file.
            var text = bytes
            text.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20])
            return try decodeUTF8(text)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, littleEndian: false) }
        try refuseBinary(bytes)
        return try decodeUTF8(bytes)
    }

    private func refuseBinary(_ bytes: [UInt8]) throws(DocumentRefusal) {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for (offset, byte) in sample.enumerated() {
            if byte == 0 {
                throw DocumentRefusal(.binary, "binary data (a NUL byte at offset \(offset)); give a text or HTML file")
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        if controls * 20 > sample.count {
            throw DocumentRefusal(.binary, "binary data (\(controls) control bytes in the first \(sample.count)); give a text or HTML file")
        }
    }

    private func decodeUTF8(_ bytes: [UInt8]) throws(DocumentRefusal) -> DecodedText {
        let invalid = UTF8Validation.invalidOffsets(in: bytes, limit: bytes.count / 100 + 1)
        if invalid.isEmpty {
            return DecodedText(utf8: bytes, encoding: .utf8, originalOffsets: nil, originalLength: bytes.count)
        }
        if let chinese = GB18030Decoding.decode(bytes) {
            return chinese
        }
        if invalid.count <= bytes.count / 100 {
            var repaired = bytes
            for offset in invalid { repaired[offset] = 0x20 }
            return DecodedText(utf8: repaired, encoding: .utf8, originalOffsets: nil, originalLength: bytes.count)
        }
        throw DocumentRefusal(
            .undecodable,
            "not UTF-8 (invalid byte at offset \(invalid[0])) and not GB18030/GBK; convert it to UTF-8, e.g. `iconv -f ENCODING -t UTF-8`"
        )
    }

    private func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(DocumentRefusal) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var utf8: [UInt8] = []
        var offsets: [Int32] = []
        utf8.reserveCapacity(units.count)
        var unitIndex = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            let startUnit = unitIndex
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                unitIndex += scalar.value > 0xFFFF ? 2 : 1
                let encoded = Array(String(scalar).utf8)
                utf8 += encoded
                offsets += Array(repeating: Int32(2 + startUnit * 2), count: encoded.count)
            case .emptyInput:
                break decoding
            case .error:
                throw DocumentRefusal(.undecodable, "invalid UTF-16 at offset \(2 + startUnit * 2); re-save the file as UTF-8")
            }
        }
        if utf8.contains(0) {
            throw DocumentRefusal(.binary, "binary data in a UTF-16 file (a NUL character); give a text or HTML file")
        }
        let encoding: SourceEncoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        return DecodedText(utf8: utf8, encoding: encoding, originalOffsets: offsets, originalLength: bytes.count)
    }
}
