import Foundation

/// A one-line progress display on a terminal's standard error: files, megabytes, rate and time left.
/// Silent when standard error is not a terminal, so logs and pipes stay clean.
final class ProgressLine {
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Redraws at most ten times a second.
    func update(done: Int, bytes: Int) {
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = Date()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let megabytes = Double(bytes) / 1_048_576
        let rate = megabytes / elapsed
        let remaining = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        OutputStream.standardError.write(String(
            format: "\r[%@] %d/%d files  %.1f MB  %.2f MB/s  ETA %.0f s ", bar, done, total, megabytes, rate, remaining))
    }

    /// Ends the line.
    func finish() {
        if enabled { OutputStream.standardError.write("\n") }
    }
}
