public import ZonebaseAnalysis

/// How the server listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// The address to bind; the default keeps the server on this machine.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The bearer token writes need (`ZONEBASE_TOKEN`); without one, writes are refused.
    public var writeToken: String?
    /// The largest request body accepted (a posted document), in bytes.
    public var maximumBodyBytes: Int
    /// The largest page of a listing.
    public var maximumPageSize: Int
    /// Where "today" comes from, for judging targets.
    public var clock: DayClock
    /// Whether answers are kept and reused while the store is unchanged (off: every request is
    /// answered from the store, as for requests that never repeat; for measuring).
    public var cachesResponses: Bool

    /// Creates a configuration; the defaults suit a local analyst.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, writeToken: String? = nil, maximumBodyBytes: Int = 4 << 20,
        maximumPageSize: Int = 100, clock: DayClock = .utc, cachesResponses: Bool = true
    ) {
        self.cachesResponses = cachesResponses
        self.host = host
        self.port = port
        self.writeToken = writeToken
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumPageSize = maximumPageSize
        self.clock = clock
    }
}
