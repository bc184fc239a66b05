/// How far a source is trusted when sources disagree: an official government site over a newspaper,
/// a newspaper over an investment portal, and any of them over a copy of unknown origin.
public enum SourceKind: String, Sendable, Hashable, Codable, Comparable, CaseIterable, CustomStringConvertible {
    case copy
    case investmentPortal = "investment_portal"
    case newspaper
    case government

    /// Higher is more trusted.
    var trust: Int {
        switch self {
        case .copy: 0
        case .investmentPortal: 1
        case .newspaper: 2
        case .government: 3
        }
    }

    /// Classifies a path or URL by its host (or, for a saved file, by words of its path). Runs for
    /// every figure read, so it looks at bytes: only the host is lower-cased.
    public init(location: String) {
        let bytes = Array(location.utf8)
        let host = Self.host(of: bytes)
        if host.reversed().starts(with: Array(".gov.cn".utf8).reversed()) || host.reversed().starts(with: Array(".gov".utf8).reversed())
            || Self.firstIndex(of: Self.governmentInfix, in: host) != nil || Self.firstIndex(of: Self.governmentFolder, in: bytes) != nil
        {
            self = .government
        } else if Self.newspapers.contains(where: { Self.firstIndex(of: $0, in: host) != nil })
            || Self.firstIndex(of: Self.newsFolder, in: bytes) != nil
        {
            self = .newspaper
        } else if Self.portals.contains(where: { Self.firstIndex(of: $0, in: host) != nil }) {
            self = .investmentPortal
        } else {
            self = .copy
        }
    }

    /// Whether `self` is preferred to `other`.
    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool { lhs.trust < rhs.trust }

    public var description: String {
        switch self {
        case .copy: "copy"
        case .investmentPortal: "investment portal"
        case .newspaper: "newspaper"
        case .government: "government"
        }
    }

    private static let governmentInfix = Array(".gov.".utf8)
    private static let governmentFolder = Array("/gov/".utf8)
    private static let newsFolder = Array("/news/".utf8)
    private static let newspapers = [
        "chinadaily", "xinhuanet", "news.cn", "people.com.cn", "peopledaily", "ecns", "globaltimes", "cctv", "cgtn",
        "chinanews", "scmp", "reuters", "china.org.cn", "gmw.cn", "ce.cn",
    ].map { Array($0.utf8) }
    private static let portals = ["invest", "china-briefing", "fdi", "cipa", "trade", "business", "yicai", "hktdc"].map { Array($0.utf8) }

    /// The host of a URL in lower case ASCII (empty for a file path).
    private static func host(of bytes: [UInt8]) -> [UInt8] {
        guard let scheme = firstIndex(of: schemeSeparator, in: bytes) else { return [] }
        var host: [UInt8] = []
        for byte in bytes[(scheme + 3)...] {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") { break }
            host.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)  // ASCII A-Z to a-z
        }
        return host
    }

    private static let schemeSeparator = Array("://".utf8)

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
