import Testing
@testable import ZonebaseExtraction

@Suite struct DocumentDecoderTests {
    let decoder = DocumentDecoder()

    @Test func utf8ByteOrderMarkKeepsOffsets() throws {
        let decoded = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Leshan".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.utf8.count == 9)
        #expect(Array(decoded.utf8[3...]) == Array("Leshan".utf8))
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsDecodedWithOriginalOffsets(littleEndian: Bool) throws {
        // "Leshan 乐山": 乐 U+4E50 is the 8th UTF-16 unit, at byte 2 + 7 * 2 = 16.
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "Leshan 乐山".utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let decoded = try decoder.decode(bytes)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "Leshan 乐山")
        #expect(decoded.originalOffset(7) == 16)
        #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
    }

    @Test func gbkChineseIsDecodedWithOriginalOffsets() throws {
        // "乐山高新区" in GBK, after three ASCII bytes.
        let bytes: [UInt8] = Array("ab ".utf8) + [192, 214, 201, 189, 184, 223, 208, 194, 199, 248]
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "ab 乐山高新区")
        #expect(decoded.originalOffset(3) == 3)  // 乐 starts at byte 3 of the original
        #expect(decoded.originalOffset(6) == 5)  // 山 at byte 5
    }

    @Test func binaryDataIsRefusedWithItsOffset() {
        #expect(throws: DocumentRefusal.self) { try decoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]) }
        do {
            _ = try decoder.decode(Array("PNG".utf8) + [0x00])
        } catch {
            #expect(error.reason == .binary)
            #expect(error.message.contains("offset 3"))
        }
    }

    @Test func aStrayInvalidByteBecomesASpace() throws {
        var bytes = Array(String(repeating: "Baiyin covers 8.05 square kilometers. ", count: 10).utf8)
        bytes[5] = 0xFF
        let decoded = try decoder.decode(bytes)
        #expect(decoded.utf8.count == bytes.count)
        #expect(decoded.utf8[5] == 0x20)
    }

    @Test func mostlyInvalidTextIsRefusedSayingWhatToDo() {
        let bytes = (0..<400).map { UInt8(0x80 + ($0 % 2) * 0x7F) } + Array("text".utf8)
        do {
            _ = try decoder.decode(bytes)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.reason == .undecodable)
            #expect(error.message.contains("iconv"))
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        #expect(try decoder.decode([]).utf8.isEmpty)
    }
}
