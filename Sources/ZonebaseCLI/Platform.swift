#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few C library calls the CLI makes, each behind its platform's guard. The rest of the target
/// names no platform module: `.ci/run` fails when `Glibc.` or `Darwin.` appears outside this file.
enum Platform {
    /// Ends the process with `status` (a qualified call: inside a command, `exit` is ArgumentParser's).
    static func terminate(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #elseif canImport(Darwin)
        Darwin.exit(status)
        #endif
    }

    /// `read(2)`: up to `count` bytes from `descriptor` into `buffer`; the count read, 0 at the end, −1 on error.
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #elseif canImport(Darwin)
        Darwin.read(descriptor, buffer, count)
        #endif
    }
}
