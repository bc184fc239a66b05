import ArgumentParser
import ZonebaseStorage

/// Finds the one zone a user names, or says how to name it.
enum ZoneLookup {
    /// The zone `name` (any alias, any case, or an id) names.
    /// - Throws: a usage error naming the candidates when there are none or several.
    static func zone(named name: String, in database: any KnowledgeBase) async throws -> StoredZone {
        let candidates = try await database.findZones(name)
        guard candidates.count == 1, let match = candidates.first else {
            throw ValidationError(candidates.isEmpty
                ? "no zone named \"\(name)\"; list them with `zonebase zones`"
                : "\"\(name)\" names \(candidates.count) zones (\(candidates.map { "\($0.id) \($0.name)" }.joined(separator: "; "))); give an id")
        }
        return match
    }
}
