import Foundation

/// How far a source is trusted when sources disagree: an official government site over a newspaper,
/// a newspaper over an investment portal, and any of them over a copy of unknown origin.
public enum SourceKind: Int, Sendable, Hashable, Codable, Comparable, CaseIterable, CustomStringConvertible {
    case copy = 0
    case investmentPortal = 1
    case newspaper = 2
    case government = 3

    /// Classifies a path or URL by its host (or, for a saved file, by words of its path).
    public init(location: String) {
        let text = location.lowercased()
        let host = Self.host(of: text)
        if host.hasSuffix(".gov.cn") || host.hasSuffix(".gov") || host.contains(".gov.") || text.contains("/gov/") {
            self = .government
        } else if Self.newspapers.contains(where: { host.contains($0) }) || text.contains("/news/") {
            self = .newspaper
        } else if Self.portals.contains(where: { host.contains($0) }) {
            self = .investmentPortal
        } else {
            self = .copy
        }
    }

    /// Whether `self` is preferred to `other`.
    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .copy: "copy"
        case .investmentPortal: "investment portal"
        case .newspaper: "newspaper"
        case .government: "government"
        }
    }

    private static let newspapers = [
        "chinadaily", "xinhuanet", "news.cn", "people.com.cn", "peopledaily", "ecns", "globaltimes", "cctv", "cgtn",
        "chinanews", "scmp", "reuters", "china.org.cn", "gmw.cn", "ce.cn",
    ]
    private static let portals = ["invest", "china-briefing", "fdi", "cipa", "trade", "business", "yicai", "hktdc"]

    private static func host(of text: String) -> String {
        guard let scheme = text.range(of: "://") else { return "" }
        let rest = text[scheme.upperBound...]
        return String(rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" })
    }
}
