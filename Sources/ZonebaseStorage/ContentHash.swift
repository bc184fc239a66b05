import Crypto

/// SHA-256 of a document's bytes, as 64 lower-case hex digits: the identity of a document's content.
/// Re-ingesting the same bytes under any name finds them by this hash. The digest is swift-crypto's
/// (BoringSSL on Linux, CryptoKit on Apple's systems).
public enum ContentHash {
    /// The hex SHA-256 digest of `bytes`.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
