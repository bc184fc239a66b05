import Foundation
import Hummingbird
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// The server-rendered pages: home, zones, a zone's profile, a document, compare and search.
/// They work without JavaScript; `app.js` only adds sorting and filtering to tables.
struct PagesController<Context: RequestContext>: Sendable {
    let service: KnowledgeService
    let templates: Templates
    let configuration: ServerConfiguration
    let cache: ResponseCache

    func register(on router: Router<Context>) {
        /// A GET route through the cache.
        func route(_ path: RouterPath, _ render: @escaping @Sendable (Request, Context) async throws -> Rendered) {
            router.get(path) { request, context in try await cache.respond(to: request) { try await render(request, context) } }
        }
        route("/") { _, _ in page("home", "Zonebase", try await home()) }
        route("zones") { request, _ in page("zones", "Zones", try await zones(request)) }
        route("zones/:id") { _, context in
            // Targets are judged as of today: a page kept yesterday is rendered again.
            try await service.keptAnswer(
                zone: try context.parameters.require("id"), kind: .page, basis: service.clock.today.description,
                contentType: Rendered.htmlType
            ) { zone in
                let view = try await zoneView(of: zone)
                return page("zone", view.name, view)
            }
        }
        route("documents") { _, _ in page("documents", "Documents", try await documents()) }
        route("documents/:id") { _, context in
            let view = try await document(try context.parameters.require("id"))
            return page("document", view.title, view)
        }
        route("compare") { request, _ in page("compare", "Compare zones", try await compare(request)) }
        route("search") { request, _ in page("search", "Search", try await search(request)) }
        route("export/zones.csv") { request, _ in try await zonesCSV(request) }
        route("export/compare.csv") { request, _ in
            let view = try await compare(request)
            return CSV.response(header: ["period"] + view.zones.map(\.name), rows: view.rows.map { [$0.period] + $0.cells.map(\.value) },
                                filename: "compare-\(view.metric).csv")
        }
        route("export/search.csv") { request, _ in
            let view = try await search(request)
            return CSV.response(header: ["document", "title", "snippet"], rows: view.hits.map { [$0.document, $0.title, $0.snippet] },
                                filename: "search.csv")
        }
        route("export/documents.csv") { _, _ in
            let view = try await documents()
            return CSV.response(header: ["id", "title", "published", "facts", "source"],
                                rows: view.documents.map { [$0.id, $0.title, $0.published, String($0.facts), $0.source] }, filename: "documents.csv")
        }
        route("export/zones/:id/figures.csv") { _, context in try await figuresCSV(try context.parameters.require("id")) }
    }

    private func page(_ name: String, _ title: String, _ context: Any) -> Rendered {
        .html(templates.render(name, title: title, context: context))
    }

    // MARK: Home and lists

    func home() async throws -> HomeView {
        let counts = try await service.store.counts()
        let zones = try await service.store.zones(ZoneFilter())
        func tally(_ key: (StoredZone) -> String) -> [HomeView.Tally] {
            Dictionary(grouping: zones, by: key).map { HomeView.Tally(name: $0.key, count: $0.value.count) }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        }
        return HomeView(
            documents: counts.documents, zones: counts.zones, figures: counts.figures, events: counts.events,
            provinces: tally { $0.province ?? "not stated" }, levels: tally { $0.level?.rawValue ?? "not stated" },
            recent: try await service.documentPage(includingCopies: false, limit: 10, offset: 0).items.map(DocumentItem.init))
    }

    func zones(_ request: Request) async throws -> ZonesView {
        let query = QueryParameters(request: request)
        let filter = ZoneFilter(
            province: try query.text("province").flatMap { $0.isEmpty ? nil : $0 },
            level: try query.text("level") == "" ? nil : try query.value("level", ZoneLevel.self, allowed: ZoneLevel.allCases.map(\.rawValue)),
            type: try query.text("type") == "" ? nil : try query.value("type", ZoneType.self, allowed: ZoneType.allCases.map(\.rawValue)))
        let name = try query.text("q").flatMap { $0.isEmpty ? nil : $0 }
        let zones = try await service.zones(filter, nameContains: name, order: .name, descending: false)
        let provinces = Set(try await service.store.zones(ZoneFilter()).compactMap(\.province)).sorted()
        var export = "/export/zones.csv"
        let parameters = [("q", name), ("province", filter.province), ("level", filter.level?.rawValue), ("type", filter.type?.rawValue)]
            .compactMap { key, value in value.map { "\(key)=\(HTML.pathSegment($0))" } }
        if !parameters.isEmpty { export += "?" + parameters.joined(separator: "&") }
        return ZonesView(
            zones: zones.map(ZoneItem.init), count: zones.count, q: name ?? "",
            provinces: provinces.map { Option(value: $0, selected: $0 == filter.province) },
            levels: ZoneLevel.allCases.map { Option(value: $0.rawValue, selected: $0 == filter.level) },
            types: ZoneType.allCases.map { Option(value: $0.rawValue, selected: $0 == filter.type) },
            exportCSV: export)
    }

    /// The document list: copies of an article hidden behind the document that stands for it.
    func documents() async throws -> DocumentsView {
        let listed = try await service.documentPage(includingCopies: false, limit: configuration.maximumPageSize, offset: 0)
        let hidden = try await service.store.counts().documents - listed.total
        return DocumentsView(documents: listed.items.map(DocumentItem.init), hiddenCopies: hidden, hasHiddenCopies: hidden > 0)
    }

    // MARK: A zone

    func zoneView(of zone: StoredZone) async throws -> ZoneView {
        let profile = try await service.store.profile(of: zone)
        // The profile holds the zone's figures and events already: series, targets and conflicts
        // need no other query than the clusters of copies, so that each article counts once.
        let figureRows = profile.figures.map { FigureRow(zone: zone.name, zoneID: zone.id, figure: $0) }
        let eventRows = profile.events.map { EventRow(zone: zone.name, zoneID: zone.id, event: $0) }
        let counting = try await ArticleCounting.of(service.store, figures: figureRows, events: eventRows)
        let observations = counting.observations(figureRows)
        let events = counting.events(eventRows)
        // Targets are judged by actuals of their own measure only: the zone's other figures change nothing.
        let targets = TargetEvaluator.assess(observations, asOf: service.clock.today)
        let conflicts = ConflictFinder.conflicts(figures: observations, events: events)
        return ZoneView(profile: profile, observations: observations, targets: targets, conflicts: conflicts)
    }

    // MARK: A document

    func document(_ id: String) async throws -> DocumentView {
        guard let document = try await service.store.document(id) else {
            throw HTTPError(.notFound, message: "no document with id \(id)")
        }
        // The readable text (markup blanked, offsets unchanged), not the page's HTML source, as a reading view.
        let reading = ReadingView(page: document.text, readable: document.readableText, facts: document.facts)
        var seen = Set<Int64>()
        let zones = document.facts.compactMap { fact -> ZoneLink? in
            guard let id = fact.zoneID, let name = fact.zone, seen.insert(id).inserted else { return nil }
            return ZoneLink(id: id, name: name)
        }
        let cluster = try await copyCluster(of: document.summary)
        let address = DocumentView.webAddress(document.summary.address)
        let omitted = document.summary.factsOmitted.map {
            "\($0) more facts were not stored: a document stores its first \(DocumentLimits.factsPerDocument)"
        } ?? ""
        return DocumentView(
            id: document.summary.id, title: document.summary.title ?? document.summary.id,
            source: DocumentView.fileName(document.summary.source), address: address, hasAddress: !address.isEmpty,
            published: document.summary.published ?? "not stated", facts: document.facts.count, marked: reading.marked,
            omitted: omitted, hasOmitted: !omitted.isEmpty,
            html: reading.html, chrome: reading.chrome, hasChrome: !reading.chrome.isEmpty, zones: zones, hasZones: !zones.isEmpty,
            copies: DocumentView.Copies(cluster, of: document.summary))
    }

    /// The cluster of copies `summary` is in, if any.
    private func copyCluster(of summary: DocumentSummary) async throws -> CopyCluster? {
        guard let id = summary.cluster else { return nil }
        return CopyCluster.clusters(try await service.store.copies().filter { $0.cluster == id }).first
    }

    // MARK: Compare and search

    func compare(_ request: Request) async throws -> CompareView {
        let query = QueryParameters(request: request)
        let metric = try query.value("metric", Metric.self, allowed: Metric.allCases.map(\.rawValue)) ?? .outputValue
        // Zones by name (the form's search boxes) or by id (`zones=3,7`, as links and the CSV export give them).
        let ids = (try query.text("zones") ?? "").split(separator: ",").compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        let names = try query.texts("zone")
        guard ids.count + names.count <= 5 else { throw HTTPError(.badRequest, message: "compare takes two to five zones") }
        let allZones = try await service.store.zones(ZoneFilter())
        var chosen: [StoredZone] = []
        var notices: [String] = []
        for id in ids { chosen.append(try await service.zone(String(id))) }
        for name in names {
            let found = try await service.store.findZones(name)
            if found.count == 1, let zone = found.first {
                chosen.append(zone)
            } else if found.isEmpty {
                let close = NameSuggestions.closest(to: name, among: allZones.flatMap { [$0.name] + ($0.nameZH.map { [$0] } ?? []) })
                notices.append("No zone is named “\(name)”" + (close.isEmpty ? "." : "; did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "?"))
            } else {
                notices.append("“\(name)” names \(found.count) zones: " + found.map(\.name).joined(separator: "; ") + ". Pick one by its full name.")
            }
        }
        var columns: [(zone: StoredZone, unit: FigureUnit?, points: [Series.Point])] = []
        for zone in chosen where !columns.contains(where: { $0.zone.id == zone.id }) {
            let answer = try await service.series(zoneID: zone.id, metric: metric)
            let annual = answer.series.first { $0.status == .actual && $0.aspect == .level && ($0.shape == .year || $0.shape == .point) }
            columns.append((zone, annual?.unit, annual?.points ?? []))
        }
        return CompareView(metric: metric, columns: columns, allZones: allZones, notices: notices)
    }

    func search(_ request: Request) async throws -> SearchView {
        let words = try QueryParameters(request: request).text("q").flatMap { $0.isEmpty ? nil : $0 }
        var hits: [SearchHit] = []
        if let words { hits = try await service.store.search(words, limit: 50) }
        return SearchView(q: words ?? "", searched: words != nil, hits: hits.map {
            SearchView.Hit(document: $0.document, href: "/documents/" + HTML.pathSegment($0.document), title: $0.title, snippet: $0.snippet)
        }, resultCount: hits.count, exportCSV: "/export/search.csv?q=" + HTML.pathSegment(words ?? ""),
           exportJSON: "/api/v1/search?q=" + HTML.pathSegment(words ?? ""))
    }

    // MARK: Exports

    func zonesCSV(_ request: Request) async throws -> Rendered {
        let view = try await zones(request)
        let rows = view.zones.map { [String($0.id), $0.name, $0.type, $0.level, $0.province, $0.city, String($0.documents)] }
        return CSV.response(header: ["id", "name", "type", "level", "province", "city", "documents"], rows: rows, filename: "zones.csv")
    }

    func figuresCSV(_ id: String) async throws -> Rendered {
        let zone = try await service.zone(id)
        let rows = try await service.store.figures(FigureFilter(zoneID: zone.id)).map { row in
            let figure = row.figure
            return [figure.subject, figure.metric.rawValue, String(figure.value), figure.unit.rawValue, figure.aspect.rawValue,
                    figure.status.rawValue, figure.bound.rawValue, figure.period ?? "", figure.document, figure.quote,
                    String(figure.spanStart), String(figure.spanEnd)]
        }
        return CSV.response(
            header: ["subject", "metric", "value", "unit", "aspect", "status", "bound", "period", "document", "quote", "span_start", "span_end"],
            rows: rows, filename: "zone-\(zone.id)-figures.csv")
    }
}

/// CSV answers (``CSVTable``: RFC 4180, formulas defused).
enum CSV {
    static func response(header: [String], rows: [[String]], filename: String) -> Rendered {
        Rendered(body: ByteBuffer(string: CSVTable.encode(header: header, rows: rows)), contentType: "text/csv; charset=utf-8",
                 filename: filename)
    }
}
