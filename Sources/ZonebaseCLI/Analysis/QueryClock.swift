import Foundation

/// Measures a query (reading the store and judging) for benchmarks: with `ZONEBASE_TIMING=1` set,
/// prints `timing: NAME N ms` on standard error.
enum QueryClock {
    static func measure<Value>(_ name: String, _ work: () async throws -> Value) async rethrows -> Value {
        let start = ContinuousClock.now
        let value = try await work()
        if ProcessInfo.processInfo.environment["ZONEBASE_TIMING"] == "1" {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            OutputStream.standardError.write(String(format: "timing: %@ %.1f ms\n", name, milliseconds))
        }
        return value
    }
}
