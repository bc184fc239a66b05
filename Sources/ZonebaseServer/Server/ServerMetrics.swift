import Prometheus

/// Request counts and latencies, and the store's row counts, in the Prometheus text format at
/// `/metrics`: swift-prometheus's registry, one for each application (no process-wide state).
final class ServerMetrics: Sendable {
    /// Upper bounds of the latency histogram.
    static let buckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500),
    ]

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "zonebase", subsystem: "http", metricName: "requests", unitName: "total", helpText: "HTTP requests answered, by status.")
    }

    private let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram

    init() {
        latency = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "zonebase", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "Time to answer a request."),
            buckets: Self.buckets)
    }

    /// Records one answered request.
    func record(status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("status", String(status))]).increment()
        latency.record(duration)
    }

    /// The Prometheus exposition text, with the store's row counts as gauges.
    func text(gauges: [(name: String, help: String, value: Int)]) -> String {
        for gauge in gauges {
            registry.makeGauge(descriptor: MetricNameDescriptor(metricName: gauge.name, unitName: "", helpText: gauge.help))
                .set(Double(gauge.value))
        }
        return registry.emitToString()
    }
}
