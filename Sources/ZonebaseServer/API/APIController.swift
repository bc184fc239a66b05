import Foundation
import Hummingbird
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// The JSON API under `/api/v1`, described by `/api/v1/openapi.json`. Reads are public; writes
/// need `Authorization: Bearer $ZONEBASE_TOKEN`.
struct APIController<Context: RequestContext>: Sendable {
    let service: KnowledgeService
    let configuration: ServerConfiguration
    let cache: ResponseCache

    /// A GET route answering JSON, through the cache.
    private func get(_ group: RouterGroup<Context>, _ path: RouterPath, _ handler: @escaping @Sendable (Request, Context) async throws -> some Encodable) {
        group.get(path) { request, context in
            try await cache.respond(to: request) { try Rendered.json(try await handler(request, context)) }
        }
    }

    func register(on router: Router<Context>) {
        let api = router.group("api/v1")
        api.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        for endpoint in APIEndpoint.allCases {
            let route = RouterPath(endpoint.route)
            switch endpoint {
            case .health: continue  // the application's own, beside /metrics
            case .zones: get(api, route, zones)
            case .zone:
                api.get(route) { request, context in
                    try await cache.respond(to: request) {
                        try await service.keptAnswer(
                            zone: try context.parameters.require("id"), kind: .detail, contentType: Rendered.jsonType
                        ) { zone in try Rendered.json(try await detail(of: zone)) }
                    }
                }
            case .zoneFigures: get(api, route, figures)
            case .zoneSeries: get(api, route, series)
            case .zoneEvents: get(api, route, events)
            case .zoneTargets: get(api, route, targets)
            case .targets: get(api, route, targetPage)
            case .documents: get(api, route, documents)
            case .storeDocument: api.post(route, use: postDocument)
            case .document: get(api, route, document)
            case .documentFacts: get(api, route, documentFacts)
            case .search: get(api, route, search)
            case .rankings: get(api, route, rankings)
            case .conflicts: get(api, route, conflicts)
            case .checks: get(api, route, checks)
            }
        }
        // Anything else under the API is a JSON 404, not a page.
        api.get("**") { request, _ -> Response in
            throw HTTPError(.notFound, message: "no such endpoint: \(request.uri.path); see /api/v1/openapi.json")
        }
    }

    @Sendable func zones(_ request: Request, context: Context) async throws -> Page<StoredZone> {
        let query = QueryParameters(request: request)
        let filter = try zoneFilter(query)
        let order = try query.value("sort", KnowledgeService.ZoneOrder.self, allowed: KnowledgeService.ZoneOrder.allCases.map(\.rawValue)) ?? .name
        let descending = try query.value("order", SortOrder.self, allowed: SortOrder.allCases.map(\.rawValue)) == .desc
        let limit = try query.integer("limit", in: 1...configuration.maximumPageSize, default: 20)
        let offset = try query.integer("offset", in: 0...1_000_000, default: 0)
        let all = try await service.zones(
            filter, nameContains: try query.text("q").flatMap { $0.isEmpty ? nil : $0 }, order: order, descending: descending)
        return Page(total: all.count, limit: limit, offset: offset, items: Array(all.dropFirst(offset).prefix(limit)))
    }

    /// The zone's detail: its names, events, industries and newest actual figure of each measure.
    func detail(of zone: StoredZone) async throws -> ZoneDetail {
        ZoneDetail(try await service.store.profile(of: zone, figures: .latestActual))
    }

    @Sendable func figures(_ request: Request, context: Context) async throws -> List<FigureRow> {
        let query = QueryParameters(request: request)
        let zone = try await service.zone(try context.parameters.require("id"))
        return List(items: try await service.store.figures(FigureFilter(
            zoneID: zone.id, metric: try query.value("metric", Metric.self, allowed: Metric.allCases.map(\.rawValue)),
            period: try query.period("period"),
            status: try query.value("status", FigureStatus.self, allowed: FigureStatus.allCases.map(\.rawValue)))))
    }

    @Sendable func series(_ request: Request, context: Context) async throws -> SeriesAnswer {
        let query = QueryParameters(request: request)
        let zone = try await service.zone(try context.parameters.require("id"))
        guard let metric = try query.value("metric", Metric.self, allowed: Metric.allCases.map(\.rawValue)) else {
            throw HTTPError(.badRequest, message: "metric is required: one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return try await service.series(zoneID: zone.id, metric: metric)
    }

    @Sendable func events(_ request: Request, context: Context) async throws -> List<StoredEvent> {
        let zone = try await service.zone(try context.parameters.require("id"))
        return List(items: try await service.store.profile(of: zone, figures: .latestActual).events)
    }

    @Sendable func targets(_ request: Request, context: Context) async throws -> List<TargetAssessment> {
        let zone = try await service.zone(try context.parameters.require("id"))
        return List(items: try await service.targets(zoneID: zone.id))
    }

    @Sendable func targetPage(_ request: Request, context: Context) async throws -> Page<TargetAssessment> {
        let query = QueryParameters(request: request)
        let status = try query.value("status", TargetAssessment.Status.self, allowed: TargetAssessment.Status.allCases.map(\.rawValue))
        let limit = try query.integer("limit", in: 1...configuration.maximumPageSize, default: 20)
        let offset = try query.integer("offset", in: 0...1_000_000, default: 0)
        return try await service.targetPage(status: status, limit: limit, offset: offset)
    }

    @Sendable func documents(_ request: Request, context: Context) async throws -> Page<DocumentSummary> {
        let query = QueryParameters(request: request)
        let limit = try query.integer("limit", in: 1...configuration.maximumPageSize, default: 20)
        let offset = try query.integer("offset", in: 0...1_000_000, default: 0)
        return try await service.documentPage(includingCopies: try query.flag("copies", default: true), limit: limit, offset: offset)
    }

    @Sendable func document(_ request: Request, context: Context) async throws -> StoredDocument {
        try await storedDocument(try context.parameters.require("id"))
    }

    @Sendable func documentFacts(_ request: Request, context: Context) async throws -> List<LocatedFact> {
        List(items: try await storedDocument(try context.parameters.require("id")).facts)
    }

    @Sendable func search(_ request: Request, context: Context) async throws -> List<SearchHit> {
        let query = QueryParameters(request: request)
        guard let words = try query.text("q"), !words.isEmpty else { throw HTTPError(.badRequest, message: "q is required: the words to find") }
        return List(items: try await service.store.search(words, limit: try query.integer("limit", in: 1...configuration.maximumPageSize, default: 20)))
    }

    @Sendable func rankings(_ request: Request, context: Context) async throws -> List<RankingEntry> {
        let query = QueryParameters(request: request)
        guard let metric = try query.value("metric", Metric.self, allowed: Metric.allCases.map(\.rawValue)) else {
            throw HTTPError(.badRequest, message: "metric is required: one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let period = try query.period("period") else { throw HTTPError(.badRequest, message: "period is required, e.g. 2011") }
        return List(items: try await service.ranking(
            metric: metric, period: period, growth: try query.flag("growth"), filter: try zoneFilter(query)))
    }

    @Sendable func conflicts(_ request: Request, context: Context) async throws -> List<Conflict> {
        List(items: try await service.conflicts(zoneID: nil))
    }

    @Sendable func checks(_ request: Request, context: Context) async throws -> CheckAnswer {
        try await service.checks()
    }

    @Sendable func postDocument(_ request: Request, context: Context) async throws -> Response {
        guard let token = configuration.writeToken, !token.isEmpty,
              let given = request.headers[.authorization], Self.constantTimeEqual(given, "Bearer " + token)
        else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "writes need Authorization: Bearer <ZONEBASE_TOKEN>")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: configuration.maximumBodyBytes)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the body is larger than \(configuration.maximumBodyBytes) bytes")
        }
        let data = Data(body.readableBytesView)
        let upload: DocumentUpload
        do {
            upload = try JSONDecoder().decode(DocumentUpload.self, from: data)
        } catch {
            throw HTTPError(.badRequest, message: "the body must be JSON {\"id\": …, \"text\": …, \"source\": …}: \(error)")
        }
        let fields = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        let keys = Set(fields.keys)
        let known: Set<String> = ["id", "text", "source", "address"]
        guard keys.isSubset(of: known) else {
            throw HTTPError(.badRequest, message: "unknown fields \(keys.subtracting(known).sorted()); send id, text, source and address")
        }
        guard !fields.values.contains(where: { $0 is NSNull }) else {
            throw HTTPError(.badRequest, message: "fields are strings; leave out source rather than sending null")
        }
        // Text, not binary: tab, line feed, form feed and carriage return are the only control
        // characters text may hold (the rule the document decoder applies to files).
        guard !upload.text.unicodeScalars.contains(where: { ($0.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0.value)) || $0.value == 0x7F }) else {
            throw HTTPError(.badRequest, message: "text holds control characters; send the document's text, not binary data")
        }
        guard !upload.id.isEmpty, upload.id.count <= 200,
              upload.id.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 || $0 == 46 })
        else {
            throw HTTPError(.badRequest, message: "id must be 1 to 200 letters, digits, '-', '_' or '.'")
        }
        let stored = try await service.ingest(upload)
        cache.invalidate()
        var response = try stored.response(from: request, context: context)
        if stored.id != upload.id {
            // The same text is stored under another id: nothing is created at the id posted, so the
            // answer points to where the text is (303 See Other), rather than 200 for a document
            // that cannot then be read at its own id.
            response.status = .seeOther
            response.headers[.location] = "/api/v1/documents/" + stored.id
            return response
        }
        return response.with(status: stored.result == "new" ? .created : .ok)
    }

    private func storedDocument(_ id: String) async throws -> StoredDocument {
        guard let document = try await service.store.document(id) else {
            throw HTTPError(.notFound, message: "no document with id \(id); list them at /api/v1/documents")
        }
        return document
    }

    private func zoneFilter(_ query: QueryParameters) throws -> ZoneFilter {
        ZoneFilter(
            province: try query.text("province").flatMap { $0.isEmpty ? nil : $0 },
            level: try query.value("level", ZoneLevel.self, allowed: ZoneLevel.allCases.map(\.rawValue)),
            type: try query.value("type", ZoneType.self, allowed: ZoneType.allCases.map(\.rawValue)))
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func constantTimeEqual(_ first: String, _ second: String) -> Bool {
        let a = Array(first.utf8), b = Array(second.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<min(a.count, b.count) { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

extension Response {
    func with(status: HTTPResponse.Status) -> Response {
        var response = self
        response.status = status
        return response
    }
}
