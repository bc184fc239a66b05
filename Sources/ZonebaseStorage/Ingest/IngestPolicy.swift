/// The decisions of storing a document that do not depend on its facts, shared by both backends.
enum IngestPolicy {
    /// What the store holds of a document about to be stored.
    enum DocumentState: Sendable {
        /// Neither its id nor its content.
        case absent
        /// Exactly this content (under any id): storing it again changes nothing.
        case sameContent
        /// Its id with other content: the old version's facts are replaced.
        case otherContent
    }

    /// What storing a document in `state` reports, with the facts its plan stores.
    static func result(_ state: DocumentState, facts: Int, copyOf: String? = nil) -> IngestResult {
        switch state {
        case .absent: .new(facts: facts, copyOf: copyOf)
        case .otherContent: .updated(facts: facts, copyOf: copyOf)
        case .sameContent: .unchanged
        }
    }

    /// After a document was replaced: the zones only its old version named go with it. A zone that a
    /// user's merge correction sends names to stays, even with no facts left: the correction is
    /// the user's decision, and the new version's names resolve to it again.
    static let deleteOrphanZones = """
        DELETE FROM zone WHERE id NOT IN (SELECT zone_id FROM zone_alias)
          AND id NOT IN (SELECT zone_id FROM event) AND id NOT IN (SELECT zone_id FROM industry)
          AND id NOT IN (SELECT zone_id FROM figure WHERE zone_id IS NOT NULL)
          AND id NOT IN (SELECT target_zone_id FROM zone_correction WHERE target_zone_id IS NOT NULL)
        """

    /// Stores a group of documents in one transaction (`together`), for a store that commits a group at
    /// once cheaper than each document (SQLite, in the process): one commit instead of one per document. Should anything fail, nothing of the group is kept and each document is stored again
    /// in a transaction of its own (`alone`), so a document is always all or nothing and one bad
    /// document costs only itself.
    static func ingestGroup(
        _ documents: [DocumentInput],
        together: ([DocumentInput]) async throws -> [IngestResult],
        alone: (DocumentInput) async throws -> IngestResult
    ) async -> [Result<IngestResult, any Error>] {
        if documents.count > 1, let results = try? await together(documents) {
            return results.map { .success($0) }
        }
        var results: [Result<IngestResult, any Error>] = []
        for document in documents {
            do { results.append(.success(try await alone(document))) } catch { results.append(.failure(error)) }
        }
        return results
    }
}
