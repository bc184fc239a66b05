#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into bytes with `open`/`fstat`/`read`: one allocation, no Foundation
/// buffering, which matters when a corpus is thousands of 2 kB pages.
enum FileReader {
    /// The bytes of the file at `path`.
    /// - Throws: ``CLIError`` saying why the file cannot be read, or that it is too large.
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIError("cannot be opened (\(String(cString: strerror(errno)))); check that it exists and is readable")
        }
        defer { close(descriptor) }
        // The size by seeking to the end (not `fstat`: with SwiftNIO linked in, the C `stat` type is
        // attributed to another module on Linux and cannot be named here).
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw CLIError("cannot be examined (\(String(cString: strerror(errno))))")
        }
        let size = Int(end)
        guard size <= limit else {
            throw CLIError("too large (\(size / 1_048_576) MB, the limit is \(limit / 1_048_576) MB); split it")
        }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Platform.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 { throw CLIError("cannot be read (\(String(cString: strerror(failure))))") }
        return bytes
    }
}
