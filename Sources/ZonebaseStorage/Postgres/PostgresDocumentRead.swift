#if Postgres
import Foundation
import Logging
import PostgresNIO
import ZonebaseModel

/// What storing one document reads, in one statement (one JSON row): whether its content or its id
/// is stored, the corrections of its names, and the zones they may resolve to (sharing a name's
/// words, or a merge correction's target).
struct PostgresDocumentRead: Decodable, PostgresStatementText {
    struct Correction: Decodable {
        var alias: String
        var kind: String
        var target: Int64?
    }

    var sameContent: Bool
    var sameID: Bool
    var corrections: [Correction]
    var zones: [ZoneRecord]
    /// The stored documents that share a band with this one (see ``CopyPlan``).
    var copies: [CopyPlan.Candidate]

    /// What the store holds of the document, in the caller's transaction (after the locks).
    static func fetch(
        _ document: DocumentInput, words: [String], aliases: [String], bands: [Int64], on connection: PostgresConnection, logger: Logger
    ) async throws -> PostgresDocumentRead {
        let statement = PostgresNamedStatement<Self>(
            query(contentHash: document.contentHash, id: document.id, words: words, aliases: aliases, bands: bands))
        for try await row in try await connection.execute(statement, logger: logger) {
            return try JSONDecoder().decode(PostgresDocumentRead.self, from: Data(row.decode(String.self).utf8))
        }
        throw StoreError(.failed, "the database returned nothing for the document \(document.id)")
    }

    static let sample = query(contentHash: "", id: "", words: [], aliases: [], bands: [])

    static func query(contentHash: String, id: String, words: [String], aliases: [String], bands: [Int64]) -> PostgresQuery {
        """
            SELECT json_build_object(
                'sameContent', EXISTS (SELECT 1 FROM document WHERE content_hash = \(contentHash)),
                'sameID', EXISTS (SELECT 1 FROM document WHERE id = \(id)),
                'corrections', COALESCE((SELECT json_agg(json_build_object('alias', alias, 'kind', kind, 'target', target_zone_id))
                                         FROM zone_correction WHERE alias = ANY(\(aliases)::text[])), '[]'::json),
                'zones', COALESCE((SELECT json_agg(json_build_object(
                                       'id', id, 'key', zone_key, 'words', zone_words, 'name', name, 'type', type, 'level', level,
                                       'province', province, 'city', city, 'nameZH', name_zh, 'registryName', registry_name,
                                       'registryNationalDate', registry_national_date) ORDER BY id)
                                   FROM zone WHERE zone_words = ANY(\(words)::text[])
                                      OR id IN (SELECT target_zone_id FROM zone_correction
                                                WHERE alias = ANY(\(aliases)::text[]) AND kind = 'merge')), '[]'::json),
                'copies', COALESCE((SELECT json_agg(json_build_object('id', d.id, 'cluster', d.cluster_id,
                                                                      'signature', encode(d.copy_signature, 'hex'), 'shingles', d.shingle_count))
                                    FROM (SELECT b.document_id, count(*) AS shared
                                          FROM unnest(\(bands)::int8[]) AS h(hash)
                                          CROSS JOIN LATERAL (SELECT document_id FROM document_band
                                                              WHERE hash = h.hash AND document_id <> \(id)
                                                              LIMIT \(Int64(CopyPlan.perBandLimit))) AS b
                                          GROUP BY b.document_id ORDER BY shared DESC, b.document_id
                                          LIMIT \(Int64(CopyPlan.candidateLimit))) AS b
                                    JOIN document d ON d.id = b.document_id), '[]'::json))::text
            """
    }

    /// The corrections by lowered name, for ``DocumentPlan``.
    var correctionsByAlias: [String: ZoneNameCorrection] {
        var byAlias: [String: ZoneNameCorrection] = [:]
        for correction in corrections {
            guard let kind = ZoneNameCorrection.Kind(rawValue: correction.kind) else { continue }
            byAlias[correction.alias] = ZoneNameCorrection(kind: kind, target: correction.target)
        }
        return byAlias
    }

    /// What storing a document in this state does.
    var state: IngestPolicy.DocumentState {
        sameContent ? .sameContent : sameID ? .otherContent : .absent
    }
}
#endif
