import Foundation
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

    private static let markZoneStatement = ZoneAnswerMarks.markZones(selectedBy: "SELECT ? AS zone_id")

    /// Stores one document in the caller's transaction, as its ``DocumentPlan`` says.
    static func ingest(_ document: DocumentInput, in db: Database) throws -> IngestResult {
        let state: IngestPolicy.DocumentState =
            try db.cachedExists(sql: "SELECT 1 FROM document WHERE content_hash = ?", arguments: [document.contentHash]) ? .sameContent
            : try db.cachedExists(sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document.id]) ? .otherContent : .absent
        switch state {
        case .sameContent:
            return .unchanged
        case .otherContent:
            try db.cachedExecute(sql: "DELETE FROM document_text WHERE document_id = ?", arguments: [document.id])
            try db.cachedExecute(sql: "DELETE FROM document_trigram WHERE document_id = ?", arguments: [document.id])
            try db.cachedExecute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
        case .absent:
            break
        }
        var copies = CopyPlan(document)
        copies.place(among: try copyCandidates(copies.hashes, in: db))
        try insertDocument(document, copies: copies, in: db)
        let plan = DocumentPlan(document, lookups: try SQLiteZoneRows.lookups(for: document.facts, in: db))
        let zoneID = try SQLiteZoneRows.write(plan.zones, documentID: document.id, in: db)
        for (child, parent) in plan.parents {
            try db.cachedExecute(sql: "UPDATE zone SET parent_id = ? WHERE id = ?", arguments: [zoneID(parent), zoneID(child)])
        }
        try insertFacts(of: plan, documentID: document.id, zoneID: zoneID, in: db)
        // The answers kept about every zone the document names or states facts of are out of date.
        for zone in Set(plan.touchedZones.map(zoneID)) {
            try db.cachedExecute(sql: markZoneStatement, arguments: [zone])
        }
        if state == .otherContent { try db.cachedExecute(sql: IngestPolicy.deleteOrphanZones) }
        try bumpRevision(in: db)
        return IngestPolicy.result(state, facts: plan.factCount, copyOf: copies.copyOf)
    }

    /// The stored documents that share a band with `hashes`, most bands shared first, with their texts.
    private static func copyCandidates(_ hashes: [Int64], in db: Database) throws -> [CopyPlan.Candidate] {
        guard !hashes.isEmpty else { return [] }
        // One bounded lookup a band (its first documents), then the documents most bands name.
        let perBand = Array(
            repeating: "SELECT * FROM (SELECT document_id FROM document_band WHERE hash = ? ORDER BY rowid LIMIT \(CopyPlan.perBandLimit))",
            count: hashes.count
        ).joined(separator: " UNION ALL ")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.cluster_id, d.copy_signature, d.shingle_count
                FROM (SELECT document_id, COUNT(*) AS shared FROM (\(perBand))
                      GROUP BY document_id ORDER BY shared DESC, document_id LIMIT \(CopyPlan.candidateLimit)) AS b
                JOIN document d ON d.id = b.document_id
                """,
            arguments: StatementArguments(hashes)
        ).map { row in
            CopyPlan.Candidate(id: row[0], cluster: row[1], signature: [UInt8]((row[2] as Data?) ?? Data()), shingles: row[3])
        }
    }

    private static func insertDocument(_ document: DocumentInput, copies: CopyPlan, in db: Database) throws {
        let facts = document.facts
        try db.cachedExecute(
            sql: """
                INSERT INTO document (id, content_hash, source, title, language, published_date, text, extractor_version,
                                      facts_omitted, address, cluster_id, copy_of, copy_similarity, readable_length, copy_signature,
                                      shingle_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [document.id, document.contentHash, document.source, facts.title, facts.language,
                        facts.publishedDate?.description, document.text, document.extractorVersion,
                        DocumentLimits.omittedFacts(facts), document.address, copies.cluster, copies.copyOf, copies.similarity,
                        copies.readableLength, copies.storedSignature.map { Data($0) }, copies.shingleCount])
        for key in copies.keys {
            try db.cachedExecute(
                sql: "INSERT INTO document_band (document_id, band, hash) VALUES (?, ?, ?)", arguments: [document.id, key.band, key.hash])
        }
        try db.cachedExecute(
            sql: "INSERT INTO document_text (document_id, title, body) VALUES (?, ?, ?)",
            arguments: [document.id, facts.title ?? "", facts.plainText ?? document.text])
        // Only a Chinese query is answered from the trigram table, and it can only match a text that has
        // Chinese characters: the others need no trigrams (a third of an English ingest's time).
        let body = facts.plainText ?? document.text
        if ChineseSearch.hasHan(body) {
            try db.cachedExecute(sql: "INSERT INTO document_trigram (document_id, body) VALUES (?, ?)", arguments: [document.id, body])
        }
    }

    private static func insertFacts(
        of plan: DocumentPlan, documentID: String, zoneID: (ZoneReference) -> Int64, in db: Database
    ) throws {
        for (zone, event) in plan.events {
            let evidence = event.evidence
            try db.cachedExecute(
                sql: """
                    INSERT INTO event (document_id, zone_id, kind, date, authority, span_start, span_end, quote, sentence, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [documentID, zoneID(zone), event.kind.rawValue, event.date.description, event.authority,
                            evidence.span.start, evidence.span.end, evidence.quote, evidence.sentence, evidence.rule])
        }
        for (zone, industry) in plan.industries {
            let evidence = industry.evidence
            try db.cachedExecute(
                sql: "INSERT INTO industry (document_id, zone_id, name, span_start, span_end, quote) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [documentID, zoneID(zone), industry.name, evidence.span.start, evidence.span.end, evidence.quote])
        }
        var figureZones: Set<Int64> = []
        for (zone, figure) in plan.figures {
            let evidence = figure.evidence
            let id = zone.map(zoneID)
            figureZones.insert(id ?? 0)
            try db.cachedExecute(
                sql: """
                    INSERT INTO figure (document_id, zone_id, subject, metric, value, unit, aspect, status, bound, period,
                                        is_conversion, span_start, span_end, quote, sentence, rule, measure)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [documentID, id, figure.subject,
                            figure.metric.rawValue, figure.value.isFinite ? figure.value : 0, figure.unit.rawValue,
                            figure.aspect.rawValue, figure.status.rawValue, figure.bound.rawValue,
                            figure.period?.description, figure.isConversion ? 1 : 0, evidence.span.start,
                            evidence.span.end, evidence.quote, evidence.sentence, evidence.rule, figure.measure])
        }
        // New figures make their zones' kept target judgements stale (0: subjects with no zone).
        // Marked here, once per zone, rather than by a trigger run for every figure inserted;
        // moves and deletions are marked by triggers (see the v8 migration).
        for zone in figureZones {
            try db.cachedExecute(sql: "INSERT OR IGNORE INTO target_judgement_stale (zone_key) VALUES (?)", arguments: [zone])
        }
    }
}
