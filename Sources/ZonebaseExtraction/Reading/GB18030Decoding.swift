#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GB18030 (a superset of GBK and GB2312) with the C library's `iconv`, keeping for every
/// output byte the offset of the original character it came from.
enum GB18030Decoding {
    /// The decoded text, or `nil` when the bytes are not valid GB18030 or hold no Chinese at all
    /// (then they were more likely a broken single-byte encoding).
    static func decode(_ bytes: [UInt8]) -> DecodedText? {
        guard let utf8 = convert(bytes) else { return nil }
        // Walk source characters and output scalars in step: GB18030 maps one character to one
        // scalar; a character is 1 byte (ASCII), 4 bytes (second byte 0x30...0x39) or 2 bytes.
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count)
        var source = 0
        var output = 0
        var sawHan = false
        while output < utf8.count, source < bytes.count {
            let lead = bytes[source]
            let sourceLength: Int
            if lead < 0x80 {
                sourceLength = 1
            } else if source + 1 < bytes.count, (0x30...0x39).contains(bytes[source + 1]) {
                sourceLength = 4
            } else {
                sourceLength = 2
            }
            let outputLead = utf8[output]
            let outputLength = outputLead < 0x80 ? 1 : outputLead < 0xE0 ? 2 : outputLead < 0xF0 ? 3 : 4
            if outputLength == 3 && outputLead >= 0xE4 && outputLead <= 0xE9 { sawHan = true }
            for _ in 0..<outputLength { offsets.append(Int32(source)) }
            source += sourceLength
            output += outputLength
        }
        guard sawHan, offsets.count == utf8.count else { return nil }
        return DecodedText(utf8: utf8, encoding: .gb18030, originalOffsets: offsets, originalLength: bytes.count)
    }

    private static func convert(_ bytes: [UInt8]) -> [UInt8]? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let capacity = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outLeft = capacity
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return capacity - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output.prefix(written))
    }
}
