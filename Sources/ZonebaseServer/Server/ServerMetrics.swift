import Prometheus

/// Request counts and latencies, and the store's row counts, in the Prometheus text format at
/// `/metrics`: swift-prometheus's registry, one for each application (no process-wide state).
final class ServerMetrics: Sendable {
    /// Upper bounds of the latency histogram.
    static let buckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500),
    ]

    private let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram

    init() {
        latency = registry.makeDurationHistogram(
            name: "zonebase_http_request_duration_seconds", buckets: Self.buckets, help: "Time to answer a request.")
    }

    /// Records one answered request.
    func record(status: Int, duration: Duration) {
        registry.makeCounter(
            name: "zonebase_http_requests_total", labels: [("status", String(status))], help: "HTTP requests answered, by status."
        ).increment()
        latency.record(duration)
    }

    /// The Prometheus exposition text, with the store's row counts as gauges.
    func text(gauges: [(name: String, help: String, value: Int)]) -> String {
        for gauge in gauges { registry.makeGauge(name: gauge.name, help: gauge.help).set(Double(gauge.value)) }
        return registry.emitToString()
    }
}
