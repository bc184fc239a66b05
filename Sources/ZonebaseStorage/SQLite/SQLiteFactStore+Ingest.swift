import GRDB
import ZonebaseModel

extension SQLiteFactStore {
    /// Counts one more committed change (see ``revision()``).
    static func bumpRevision(in db: Database) throws {
        try db.cachedExecute(sql: "UPDATE store_revision SET value = value + 1 WHERE id = 1")
    }

    public func revision() async throws -> Int64 {
        try await writer.read { db in try Int64.fetchOne(try db.cachedStatement(sql: "SELECT value FROM store_revision WHERE id = 1")) ?? 0 }
    }

    /// Stores one document in the caller's transaction. Same content → unchanged; same id with new
    /// content → its old facts are deleted (cascading) and the new ones stored.
    static func ingest(_ document: DocumentInput, in db: Database) throws -> IngestResult {
        if try db.cachedExists(sql: "SELECT 1 FROM document WHERE content_hash = ?", arguments: [document.contentHash]) {
            return .unchanged
        }
        let existed = try db.cachedExists(sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document.id])
        if existed {
            try db.cachedExecute(sql: "DELETE FROM document_text WHERE document_id = ?", arguments: [document.id])
            try db.cachedExecute(sql: "DELETE FROM document_trigram WHERE document_id = ?", arguments: [document.id])
            try db.cachedExecute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
        }
        let facts = document.facts
        try db.cachedExecute(
            sql: """
                INSERT INTO document (id, content_hash, source, title, language, published_date, text, extractor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [document.id, document.contentHash, document.source, facts.title, facts.language,
                        facts.publishedDate?.description, document.text, document.extractorVersion])
        try db.cachedExecute(
            sql: "INSERT INTO document_text (document_id, title, body) VALUES (?, ?, ?)",
            arguments: [document.id, facts.title ?? "", facts.plainText ?? document.text])
        try db.cachedExecute(
            sql: "INSERT INTO document_trigram (document_id, body) VALUES (?, ?)", arguments: [document.id, facts.plainText ?? document.text])

        var zoneIDs: [String: Int64] = [:]
        for case .zone(let zone) in facts.facts {
            zoneIDs[zone.name] = try ZoneResolver.resolve(zone, documentID: document.id, in: db)
        }
        for case .zone(let zone) in facts.facts {
            guard let parent = zone.parent, let parentID = zoneIDs[parent], let id = zoneIDs[zone.name] else { continue }
            try db.cachedExecute(sql: "UPDATE zone SET parent_id = ? WHERE id = ?", arguments: [parentID, id])
        }
        // Subjects and zone names repeat within a document: resolve each once.
        let localKeys = zoneIDs.map { (key: ZoneKey($0.key), id: $0.value) }
        var resolvedNames: [String: Int64?] = [:]
        func zoneID(named name: String, create: Bool) throws -> Int64? {
            if let id = zoneIDs[name] { return id }
            if let known = resolvedNames[name], known != nil || !create { return known }
            let key = ZoneKey(name)
            let local = localKeys.first { $0.key.matches(key) }?.id
            resolvedNames[name] = local
            if let local { return local }
            guard create else { return nil }
            let stub = Zone(name: name, type: .other, evidence: Evidence(
                span: TextSpan(start: 0, end: 0), quote: name, sentence: "", sentenceSpan: TextSpan(start: 0, end: 0), rule: "store.stub"))
            let id = try ZoneResolver.resolve(stub, documentID: document.id, in: db)
            zoneIDs[name] = id
            return id
        }
        var stored = 0
        var figureZones: Set<Int64> = []
        for fact in facts.facts {
            let evidence = fact.evidence
            switch fact {
            case .zone:
                continue
            case .event(let event):
                try db.cachedExecute(
                    sql: """
                        INSERT INTO event (document_id, zone_id, kind, date, authority, span_start, span_end, quote, sentence, rule)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [document.id, try zoneID(named: event.zone, create: true), event.kind.rawValue,
                                event.date.description, event.authority, evidence.span.start, evidence.span.end,
                                evidence.quote, evidence.sentence, evidence.rule])
            case .industry(let industry):
                try db.cachedExecute(
                    sql: "INSERT INTO industry (document_id, zone_id, name, span_start, span_end, quote) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [document.id, try zoneID(named: industry.zone, create: true), industry.name,
                                evidence.span.start, evidence.span.end, evidence.quote])
            case .figure(let figure):
                let zone = try zoneID(named: figure.subject, create: false)
                figureZones.insert(zone ?? 0)
                try db.cachedExecute(
                    sql: """
                        INSERT INTO figure (document_id, zone_id, subject, metric, value, unit, aspect, status, bound, period,
                                            is_conversion, span_start, span_end, quote, sentence, rule, measure)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [document.id, zone, figure.subject,
                                figure.metric.rawValue, figure.value.isFinite ? figure.value : 0, figure.unit.rawValue,
                                figure.aspect.rawValue, figure.status.rawValue, figure.bound.rawValue,
                                figure.period?.description, figure.isConversion ? 1 : 0, evidence.span.start,
                                evidence.span.end, evidence.quote, evidence.sentence, evidence.rule, figure.measure])
            }
            stored += 1
        }
        // New figures make their zones' kept target judgements stale (0: subjects with no zone).
        // Marked here, once per zone, rather than by a trigger run for every figure inserted;
        // moves and deletions are marked by triggers (see the v8 migration).
        for zone in figureZones {
            try db.cachedExecute(sql: "INSERT OR IGNORE INTO target_judgement_stale (zone_key) VALUES (?)", arguments: [zone])
        }
        if existed {
            // Zones only the replaced version of the document named are gone with it.
            try db.cachedExecute(sql: """
                DELETE FROM zone WHERE id NOT IN (SELECT zone_id FROM zone_alias)
                  AND id NOT IN (SELECT zone_id FROM event) AND id NOT IN (SELECT zone_id FROM industry)
                  AND id NOT IN (SELECT zone_id FROM figure WHERE zone_id IS NOT NULL)
                """)
        }
        try bumpRevision(in: db)
        return existed ? .updated(facts: stored + zoneIDs.count) : .new(facts: stored + zoneIDs.count)
    }
}
