/// A document's text as UTF-8 bytes, with the way back to the original bytes' offsets.
public struct DecodedText: Sendable {
    /// The text, UTF-8 encoded.
    public var utf8: [UInt8]
    /// The encoding the original bytes were in.
    public var encoding: SourceEncoding
    /// For each byte of ``utf8``, the offset of the original byte it came from; `nil` when the
    /// original was UTF-8 and offsets are the same.
    var originalOffsets: [Int32]?
    /// The number of bytes of the original document.
    var originalLength: Int

    /// The original-document offset of a byte offset into ``utf8``.
    public func originalOffset(_ offset: Int) -> Int {
        guard let originalOffsets else { return offset }
        return offset < originalOffsets.count ? Int(originalOffsets[offset]) : originalLength
    }
}

/// The encodings a document may arrive in.
public enum SourceEncoding: String, Sendable, Hashable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-16 little-endian with a byte-order mark.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16 big-endian with a byte-order mark.
    case utf16BigEndian = "UTF-16BE"
    /// GB18030, the superset of GBK and GB2312 used by Chinese pages.
    case gb18030 = "GB18030"
}
