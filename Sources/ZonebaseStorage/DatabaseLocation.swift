import Foundation

/// Names of databases as shown to people: a PostgreSQL URL without its password.
public enum DatabaseLocation {
    /// `postgres://user:***@host/db` for `postgres://user:secret@host/db`; other locations unchanged.
    public static func redacted(_ location: String) -> String {
        guard let scheme = location.range(of: "://"), let at = location.lastIndex(of: "@"), scheme.upperBound < at else {
            return location
        }
        let credentials = location[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return location }
        return String(location[..<colon]) + ":***" + String(location[at...])
    }
}
