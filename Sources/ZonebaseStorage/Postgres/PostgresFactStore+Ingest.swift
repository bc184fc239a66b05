#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

extension PostgresFactStore {
    public func ingest(_ document: DocumentInput) async throws -> IngestResult {
        try await serialized { connection, logger in
            try await Self.transaction(connection, logger) { connection in
                try await Self.ingest(document, on: connection, logger: logger)
            }
        }
    }

    public func revision() async throws -> Int64 {
        try await serialized { connection, logger in
            // A sequence's last value counts the changes committed or in flight: enough to invalidate caches.
            for try await value in try await connection.query(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM store_revision", logger: logger).decode(Int64.self)
            {
                return value
            }
            return 0
        }
    }

    public func containsContent(_ contentHash: String) async throws -> Bool {
        try await serialized { connection, logger in
            try await Self.exists("SELECT 1 FROM document WHERE content_hash = \(contentHash)", connection, logger)
        }
    }

    static func exists(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger) async throws -> Bool {
        for try await _ in try await connection.query(query, logger: logger).decode(Int32.self) { return true }
        return false
    }

    static func ingest(_ document: DocumentInput, on connection: PostgresConnection, logger: Logger) async throws -> IngestResult {
        // Another process may be storing the same document: wait for it, then see what it stored.
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("document:" + document.id)))", logger: logger)
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("content:" + document.contentHash)))", logger: logger)
        if try await exists("SELECT 1 FROM document WHERE content_hash = \(document.contentHash)", connection, logger) {
            return .unchanged
        }
        let existed = try await exists("SELECT 1 FROM document WHERE id = \(document.id)", connection, logger)
        if existed { try await connection.query("DELETE FROM document WHERE id = \(document.id)", logger: logger) }
        let facts = document.facts
        try await connection.query("""
            INSERT INTO document (id, content_hash, source, title, language, published_date, text, extractor_version)
            VALUES (\(document.id), \(document.contentHash), \(document.source), \(facts.title), \(facts.language),
                    \(facts.publishedDate?.description), \(document.text), \(document.extractorVersion))
            """, logger: logger)
        try await connection.query(
            "INSERT INTO document_text (document_id, title, body) VALUES (\(document.id), \(facts.title ?? ""), \(facts.plainText ?? document.text))",
            logger: logger)

        var zoneIDs: [String: Int64] = [:]
        for case .zone(let zone) in facts.facts {
            zoneIDs[zone.name] = try await PostgresZoneResolver.resolve(zone, documentID: document.id, on: connection, logger: logger)
        }
        for case .zone(let zone) in facts.facts {
            guard let parent = zone.parent, let parentID = zoneIDs[parent], let id = zoneIDs[zone.name] else { continue }
            try await connection.query("UPDATE zone SET parent_id = \(parentID) WHERE id = \(id)", logger: logger)
        }
        let localKeys = zoneIDs.map { (key: ZoneKey($0.key), id: $0.value) }
        func zoneID(named name: String, create: Bool) async throws -> Int64? {
            if let id = zoneIDs[name] { return id }
            let key = ZoneKey(name)
            if let local = localKeys.first(where: { $0.key.matches(key) })?.id { return local }
            guard create else { return nil }
            let stub = Zone(name: name, type: .other, evidence: Evidence(
                span: TextSpan(start: 0, end: 0), quote: name, sentence: "", sentenceSpan: TextSpan(start: 0, end: 0), rule: "store.stub"))
            let id = try await PostgresZoneResolver.resolve(stub, documentID: document.id, on: connection, logger: logger)
            zoneIDs[name] = id
            return id
        }
        var stored = 0
        var figures = FigureColumns()
        for fact in facts.facts {
            let evidence = fact.evidence
            let start = evidence.span.start
            let end = evidence.span.end
            switch fact {
            case .zone:
                continue
            case .event(let event):
                let zone = try await zoneID(named: event.zone, create: true)
                try await connection.query("""
                    INSERT INTO event (document_id, zone_id, kind, date, authority, span_start, span_end, quote, sentence, rule)
                    VALUES (\(document.id), \(zone), \(event.kind.rawValue), \(event.date.description), \(event.authority),
                            \(start), \(end), \(evidence.quote), \(evidence.sentence), \(evidence.rule))
                    """, logger: logger)
            case .industry(let industry):
                let zone = try await zoneID(named: industry.zone, create: true)
                try await connection.query("""
                    INSERT INTO industry (document_id, zone_id, name, span_start, span_end, quote)
                    VALUES (\(document.id), \(zone), \(industry.name), \(start), \(end), \(evidence.quote))
                    """, logger: logger)
            case .figure(let figure):
                figures.append(figure, zone: try await zoneID(named: figure.subject, create: false))
            }
            stored += 1
        }
        if !figures.subjects.isEmpty {
            // All of a document's figures in one statement: one round trip instead of one per figure.
            // Arrays cannot hold NULL here, so -1 and "" stand for it and NULLIF turns them back.
            try await connection.query("""
                INSERT INTO figure (document_id, zone_id, subject, metric, value, unit, aspect, status, bound, period,
                                    is_conversion, span_start, span_end, quote, sentence, rule, measure)
                SELECT \(document.id), NULLIF(zone, -1), subject, metric, value, unit, aspect, status, bound, NULLIF(period, ''),
                       conversion, span_start, span_end, quote, sentence, rule, NULLIF(measure, '')
                FROM unnest(\(figures.zones)::bigint[], \(figures.subjects)::text[], \(figures.metrics)::text[], \(figures.values)::float8[],
                            \(figures.units)::text[], \(figures.aspects)::text[], \(figures.statuses)::text[], \(figures.bounds)::text[],
                            \(figures.periods)::text[], \(figures.conversions)::bool[], \(figures.starts)::int4[], \(figures.ends)::int4[],
                            \(figures.quotes)::text[], \(figures.sentences)::text[], \(figures.rules)::text[],
                            \(figures.measures)::text[])
                     AS f(zone, subject, metric, value, unit, aspect, status, bound, period, conversion, span_start, span_end,
                          quote, sentence, rule, measure)
                """, logger: logger)
        }
        if existed {
            try await connection.query("""
                DELETE FROM zone WHERE id NOT IN (SELECT zone_id FROM zone_alias)
                  AND id NOT IN (SELECT zone_id FROM event) AND id NOT IN (SELECT zone_id FROM industry)
                  AND id NOT IN (SELECT zone_id FROM figure WHERE zone_id IS NOT NULL)
                  AND id NOT IN (SELECT target_zone_id FROM zone_correction WHERE target_zone_id IS NOT NULL)
                """, logger: logger)
        }
        try await connection.query("SELECT nextval('store_revision')", logger: logger)
        return existed ? .updated(facts: stored + zoneIDs.count) : .new(facts: stored + zoneIDs.count)
    }
}

/// A document's figures as columns, for one multi-row insert.
struct FigureColumns {
    var zones: [Int64] = [], subjects: [String] = [], metrics: [String] = [], values: [Double] = [], units: [String] = []
    var aspects: [String] = [], statuses: [String] = [], bounds: [String] = [], periods: [String] = []
    var conversions: [Bool] = [], starts: [Int32] = [], ends: [Int32] = [], quotes: [String] = [], sentences: [String] = []
    var rules: [String] = [], measures: [String] = []

    mutating func append(_ figure: Figure, zone: Int64?) {
        let evidence = figure.evidence
        zones.append(zone ?? -1)
        subjects.append(figure.subject)
        metrics.append(figure.metric.rawValue)
        values.append(figure.value.isFinite ? figure.value : 0)
        units.append(figure.unit.rawValue)
        aspects.append(figure.aspect.rawValue)
        statuses.append(figure.status.rawValue)
        bounds.append(figure.bound.rawValue)
        periods.append(figure.period?.description ?? "")
        conversions.append(figure.isConversion)
        starts.append(Int32(clamping: evidence.span.start))
        ends.append(Int32(clamping: evidence.span.end))
        quotes.append(evidence.quote)
        sentences.append(evidence.sentence)
        rules.append(evidence.rule)
        measures.append(figure.measure ?? "")
    }
}

/// ``ZoneResolver``'s rules on PostgreSQL, under a lock on the name's words so that two processes
/// resolving "Leshan …" at once create one zone.
enum PostgresZoneResolver {
    static func resolve(_ zone: Zone, documentID: String, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let lowered = zone.name.lowercased()
        for try await (kind, target) in try await connection.query(
            "SELECT kind, target_zone_id FROM zone_correction WHERE alias = \(lowered)", logger: logger
        ).decode((String, Int64?).self) {
            if kind == "merge", let target {
                try await addAlias(zone, to: target, documentID: documentID, on: connection, logger: logger)
                return target
            }
        }
        let isSplit = try await PostgresFactStore.exists(
            "SELECT 1 FROM zone_correction WHERE alias = \(lowered) AND kind = 'split'", connection, logger)
        let key = ReferenceRegistry.bundled.key(for: zone.name, city: zone.city)
        let storedKey = isSplit ? "split:\(lowered)" : key.words.isEmpty ? "doc:\(documentID):\(lowered)" : key.description
        let words = key.words.isEmpty || isSplit ? storedKey : key.words.joined(separator: " ")
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("zone:" + words)))", logger: logger)
        var match: (id: Int64, key: String, name: String, type: String, level: String?)?
        for try await row in try await connection.query(
            "SELECT id, zone_key, name, type, level FROM zone WHERE zone_words = \(words) ORDER BY id", logger: logger
        ).decode((Int64, String, String, String, String?).self) where match == nil {
            let stored = row.1
            let fits: Bool
            if key.words.isEmpty || isSplit || stored.hasPrefix("split:") {
                fits = stored == storedKey
            } else {
                let kind = stored.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                fits = key.kind == nil || kind.isEmpty || kind == key.kind?.rawValue
            }
            if fits { match = (row.0, row.1, row.2, row.3, row.4) }
        }
        let id: Int64
        if let match {
            id = match.id
            let storedType = ZoneType(rawValue: match.type) ?? .other
            let betterType = [.other, .industrialPark].contains(storedType) && zone.type != .other ? zone.type : storedType
            let level = zone.level == .national ? "national" : match.level ?? zone.level?.rawValue
            let name = zone.name.count > match.name.count ? zone.name : match.name
            let newKey = key.kind != nil && !match.key.hasPrefix("split:") && !match.key.hasPrefix("doc:") ? key.description : match.key
            try await connection.query("""
                UPDATE zone SET name = \(name), type = \(betterType.rawValue), level = \(level), zone_key = \(newKey),
                                province = COALESCE(province, \(zone.province)), city = COALESCE(city, \(zone.city))
                WHERE id = \(id)
                """, logger: logger)
        } else {
            var created: Int64?
            for try await value in try await connection.query("""
                INSERT INTO zone (name, zone_key, zone_words, type, level, province, city)
                VALUES (\(zone.name), \(storedKey), \(words), \(zone.type.rawValue), \(zone.level?.rawValue), \(zone.province), \(zone.city))
                RETURNING id
                """, logger: logger).decode(Int64.self) { created = value }
            guard let created else { throw StoreError("the database did not return the new zone's id") }
            id = created
        }
        try await addAlias(zone, to: id, documentID: documentID, on: connection, logger: logger)
        return id
    }

    static func addAlias(_ zone: Zone, to id: Int64, documentID: String, on connection: PostgresConnection, logger: Logger) async throws {
        if let entry = ReferenceRegistry.bundled.entry(for: zone.name, city: zone.city) {
            try await connection.query("""
                UPDATE zone SET name_zh = \(entry.nameZH), registry_name = \(entry.nameEN), registry_national_date = \(entry.nationalDate),
                                province = COALESCE(province, \(entry.province)), city = COALESCE(city, \(entry.city))
                WHERE id = \(id)
                """, logger: logger)
        }
        try await connection.query("""
            INSERT INTO zone_alias (zone_id, alias, document_id, level) VALUES (\(id), \(zone.name), \(documentID), \(zone.level?.rawValue))
            ON CONFLICT DO NOTHING
            """, logger: logger)
        if zone.level == .national {
            try await connection.query("UPDATE zone SET level = 'national' WHERE id = \(id)", logger: logger)
        }
    }
}
#endif
