import Foundation

/// Standard output or standard error, written to without buffering surprises.
struct OutputStream: Sendable {
    private let descriptor: Int32

    /// Standard output.
    static let standardOutput = OutputStream(descriptor: STDOUT_FILENO)
    /// Standard error.
    static let standardError = OutputStream(descriptor: STDERR_FILENO)

    /// Whether the stream is a terminal (then output is a table, not JSON Lines).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Writes `text` as UTF-8.
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        write(bytes: Data(text.utf8))
    }

    /// Writes bytes as they are (UTF-8 text the caller put together).
    func write(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        write(bytes: Data(bytes))
    }

    /// Writes bytes as they are (UTF-8 text the caller put together).
    func write(bytes: Data) {
        let handle = descriptor == STDOUT_FILENO ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(bytes)
    }
}
