import Foundation
import Hummingbird
import Logging
import Mustache
import ZonebaseStorage

/// Builds the web application: pages, the JSON API, static files, `/healthz` and `/metrics`.
public enum ZonebaseApplication {
    /// The application serving `store` as `configuration` says.
    /// - Throws: when the bundled templates cannot be loaded.
    public static func make(store: any KnowledgeBase, configuration: ServerConfiguration) async throws -> some ApplicationProtocol {
        let router = try await router(store: store, configuration: configuration)
        var logger = Logger(label: "zonebase")
        logger.logLevel = .notice
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "zonebase"),
            logger: logger)
    }

    /// The router alone, for in-process tests.
    public static func router(store: any KnowledgeBase, configuration: ServerConfiguration) async throws -> Router<BasicRequestContext> {
        let metrics = ServerMetrics()
        let service = KnowledgeService(store: store, clock: configuration.clock)
        let templates = try await Templates.load()
        let cache = ResponseCache(store: store, capacity: configuration.cachesResponses ? 2_000 : 0)
        // HEAD answers every GET route with the GET's headers and no body.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: ObservingMiddleware(metrics: metrics))
        // Liveness only: counting rows here would make every probe scan the largest tables.
        router.get("healthz") { _, _ in Health(status: "ok") }
        router.get("metrics") { _, _ in
            let counts = try await store.counts()
            let text = metrics.text(gauges: [
                ("zonebase_documents", "Documents stored.", counts.documents), ("zonebase_zones", "Zones stored.", counts.zones),
                ("zonebase_figures", "Figures stored.", counts.figures), ("zonebase_events", "Events stored.", counts.events),
            ])
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        StaticFiles.register(on: router)
        APIController<BasicRequestContext>(service: service, configuration: configuration, cache: cache).register(on: router)
        PagesController<BasicRequestContext>(service: service, templates: templates, configuration: configuration, cache: cache)
            .register(on: router)
        return router
    }
}
