import Foundation
import ZonebaseAnalysis
import ZonebaseExtraction
import ZonebaseIngest
import ZonebaseModel
import ZonebaseStorage

/// What the API and the pages ask of the knowledge base: the store's answers and the analysis'
/// judgements, with "not found" as a 404.
struct KnowledgeService: Sendable {
    let store: any KnowledgeBase
    /// Where "today" comes from, for judging targets.
    let clock: DayClock

    /// How zones can be ordered.
    enum ZoneOrder: String, CaseIterable {
        case name, documents, province
    }

    /// Zones matching the filter and a part of a name, in the given order.
    func zones(_ filter: ZoneFilter, nameContains name: String?, order: ZoneOrder, descending: Bool) async throws -> [StoredZone] {
        var zones = try await store.zones(filter)
        if let name = name?.lowercased() {
            zones = zones.filter { $0.name.lowercased().contains(name) || ($0.nameZH?.contains(name) ?? false) }
        }
        zones.sort { first, second in
            let ascending: Bool
            switch order {
            case .name: ascending = first.name.lowercased() < second.name.lowercased()
            case .documents: ascending = (first.documentCount, second.name.lowercased()) < (second.documentCount, first.name.lowercased())
            case .province: ascending = (first.province ?? "~", first.name.lowercased()) < (second.province ?? "~", second.name.lowercased())
            }
            return descending ? !ascending : ascending
        }
        return zones
    }

    /// The zone with this id.
    func zone(_ id: String) async throws -> StoredZone {
        guard let number = Int64(id), number > 0, let zone = try await store.findZones(String(number)).first else {
            throw StoreError(.notFound, "no zone with id \(id); list them at /api/v1/zones")
        }
        return zone
    }

    /// The series of one metric of a zone, and what they imply.
    func series(zoneID: Int64, metric: Metric) async throws -> SeriesAnswer {
        let rows = try await store.figures(FigureFilter(zoneID: zoneID, metric: metric))
        let observations = try await ArticleCounting.of(store, figures: rows).observations(rows)
        return SeriesAnswer(series: SeriesBuilder.series(observations), derived: DerivedFigureFinder.derive(observations))
    }

    /// Targets judged as of today, each article counted once.
    func targets(zoneID: Int64?) async throws -> [TargetAssessment] {
        let rows = try await store.figures(FigureFilter(zoneID: zoneID, targetedOnly: true))
        return TargetEvaluator.assess(try await ArticleCounting.of(store, figures: rows).observations(rows), asOf: clock.today)
    }

    /// A page of every zone's targets (only those of `status` when given), judged as of today: the
    /// store's kept judgements, judged again first where figures changed; judged here from the
    /// figures when the store cannot keep them (a read-only database).
    func targetPage(status: TargetAssessment.Status?, limit: Int, offset: Int) async throws -> Page<TargetAssessment> {
        let year = clock.today.year
        let judge = TargetEvaluator.keptJudge
        let filter = TargetJudgementFilter(status: status?.rawValue, limit: limit, offset: offset)
        var kept = try await store.targetJudgements(filter, year: year, judgeVersion: judge.version)
        if kept == nil, (try? await store.refreshTargetJudgements(year: year, judge: judge)) != nil {
            kept = try await store.targetJudgements(filter, year: year, judgeVersion: judge.version)
        }
        if let kept {
            let decoder = JSONDecoder()
            return Page(
                total: kept.total, limit: limit, offset: offset, items: try kept.items.map { try TargetAssessment(kept: $0, decoder: decoder) })
        }
        let all = try await targets(zoneID: nil).filter { status == nil || $0.status == status }
        return Page(total: all.count, limit: limit, offset: offset, items: Array(all.dropFirst(offset).prefix(limit)))
    }

    /// A page of documents, newest first. Every copy names the document that stands for its cluster
    /// (``DocumentSummary/canonical``); without `includingCopies` the copies are left out, so each
    /// article is listed once.
    func documentPage(includingCopies: Bool, limit: Int, offset: Int) async throws -> Page<DocumentSummary> {
        let clusters = CopyCluster.clusters(try await store.copies())
        var standsFor: [String: String] = [:]
        for cluster in clusters { for copy in cluster.copies { standsFor[copy.id] = cluster.canonical.id } }
        let excluded = includingCopies ? [] : Set(standsFor.keys)
        let total = try await store.counts().documents - excluded.count
        var items = try await store.documents(limit: limit, offset: offset, excluding: excluded)
        for index in items.indices { items[index].canonical = standsFor[items[index].id] }
        return Page(total: total, limit: limit, offset: offset, items: items)
    }

    /// Zones ranked by a metric for a period among the zones `filter` lets in.
    func ranking(metric: Metric, period: String, growth: Bool, filter: ZoneFilter) async throws -> [RankingEntry] {
        let filtered = filter.province != nil || filter.level != nil || filter.type != nil
        let peers = filtered ? Set(try await store.zones(filter).map(\.id)) : []
        // Growth needs the year before too: its levels give the derived growth (both read at once).
        let previousYear = growth ? Int(period.prefix(4)).map { String($0 - 1) } : nil
        async let previous: [FigureRow] = {
            guard let previousYear else { return [] }
            return try await store.figures(FigureFilter(metric: metric, period: previousYear, status: .actual))
        }()
        let rows = try await store.figures(FigureFilter(metric: metric, period: period, status: .actual)) + (try await previous)
        return Ranker.rank(try await ArticleCounting.of(store, figures: rows).observations(rows), metric: metric, aspect: growth ? .growth : .level, period: period) {
            $0.zoneID.map { !filtered || peers.contains($0) } ?? false
        }
    }

    /// Disagreeing sources, for one zone or all.
    func conflicts(zoneID: Int64?) async throws -> [Conflict] {
        let figures = try await store.figures(FigureFilter(zoneID: zoneID))
        let events = try await store.allEvents().filter { zoneID == nil || $0.zoneID == zoneID }
        let counting = zoneID == nil ? try await ArticleCounting.of(store) : try await ArticleCounting.of(store, figures: figures, events: events)
        return ConflictFinder.conflicts(figures: counting.observations(figures), events: counting.events(events))
    }

    /// The consistency rules' findings and the claims' verdicts.
    func checks() async throws -> CheckAnswer {
        let counting = try await ArticleCounting.of(store)
        let figures = counting.observations(try await store.figures(FigureFilter()))
        let events = counting.events(try await store.allEvents())
        let provinces = Set(ReferenceRegistry.bundled.entries.map(\.province))
        let claims = try await store.documentTexts(containing: "national").flatMap { ClaimFinder.claims(in: $0, provinces: provinces) }
        return CheckAnswer(
            violations: Checker.check(figures: figures, events: events), claims: ClaimChecker.check(claims, registry: .bundled))
    }

    /// Extracts and stores a posted document.
    func ingest(_ upload: DocumentUpload) async throws -> DocumentStored {
        let ingester = DocumentIngester(store: store, clock: clock)
        let sourceAddress = upload.source.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        let input = try ingester.prepare(
            Array(upload.text.utf8), id: upload.id, source: upload.source ?? "api:\(upload.id)", address: upload.address ?? sourceAddress)
        let omitted = DocumentLimits.omittedFacts(input.facts)
        switch try await ingester.store(input) {
        case .new(let count, _): return DocumentStored(id: upload.id, result: "new", facts: count, factsOmitted: omitted > 0 ? omitted : nil)
        case .updated(let count, _):
            return DocumentStored(id: upload.id, result: "updated", facts: count, factsOmitted: omitted > 0 ? omitted : nil)
        case .unchanged:
            // The same text may be stored under another id: the answer names the one it is stored under.
            let stored = try await store.documentID(withContent: input.contentHash) ?? upload.id
            return DocumentStored(id: stored, result: "unchanged", facts: 0)
        }
    }
}
