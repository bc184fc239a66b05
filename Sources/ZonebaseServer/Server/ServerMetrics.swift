import Foundation
import Synchronization

/// Request counts and latencies, in the Prometheus text format at `/metrics`.
final class ServerMetrics: Sendable {
    /// Upper bounds of the latency histogram, in seconds.
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private struct State {
        var requests: [Int: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: ServerMetrics.buckets.count)
        var count = 0
        var sum = 0.0
    }

    private let state = Mutex(State())

    /// Records one answered request.
    func record(status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[status, default: 0] += 1
            state.count += 1
            state.sum += seconds
            for (index, bound) in Self.buckets.enumerated() where seconds <= bound { state.bucketCounts[index] += 1 }
        }
    }

    /// The Prometheus exposition text, with the store's row counts as gauges.
    func text(gauges: [(name: String, help: String, value: Int)]) -> String {
        let snapshot = state.withLock { $0 }
        var lines = [
            "# HELP zonebase_http_requests_total HTTP requests answered, by status.",
            "# TYPE zonebase_http_requests_total counter",
        ]
        for status in snapshot.requests.keys.sorted() {
            lines.append("zonebase_http_requests_total{status=\"\(status)\"} \(snapshot.requests[status] ?? 0)")
        }
        lines += [
            "# HELP zonebase_http_request_duration_seconds Time to answer a request.",
            "# TYPE zonebase_http_request_duration_seconds histogram",
        ]
        for (index, bound) in Self.buckets.enumerated() {
            lines.append("zonebase_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(snapshot.bucketCounts[index])")
        }
        lines.append("zonebase_http_request_duration_seconds_bucket{le=\"+Inf\"} \(snapshot.count)")
        lines.append("zonebase_http_request_duration_seconds_sum \(snapshot.sum)")
        lines.append("zonebase_http_request_duration_seconds_count \(snapshot.count)")
        for gauge in gauges {
            lines += ["# HELP \(gauge.name) \(gauge.help)", "# TYPE \(gauge.name) gauge", "\(gauge.name) \(gauge.value)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
