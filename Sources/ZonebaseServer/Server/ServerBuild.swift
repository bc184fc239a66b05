import Foundation

/// What tells this server's build from another's: the executable's size and modification time, so a
/// kept answer rendered by one release is not served by the next.
enum ServerBuild {
    static let identity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int64(modified * 1000))"
    }()
}
