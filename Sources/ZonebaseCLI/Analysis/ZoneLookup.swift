import ZonebaseModel
import ZonebaseStorage

/// Finds the one zone a user names, or says how to name it: the zones a name could be, or the
/// names close to a misspelt one (English and Chinese names, see ``NameSuggestions``).
enum ZoneLookup {
    /// The zone `name` (any alias, any case, or an id) names.
    /// - Throws: ``CLIError`` (exit status 1, no usage banner) naming the candidates when there are none or several.
    static func zone(named name: String, in database: any KnowledgeBase) async throws -> StoredZone {
        let candidates = try await database.findZones(name)
        if candidates.count == 1, let match = candidates.first { return match }
        if candidates.isEmpty {
            let zones = try await database.zones(ZoneFilter())
            let names = zones.flatMap { zone in [zone.name] + [zone.nameZH, zone.registryName].compactMap { $0 } }
            let suggestions = NameSuggestions.closest(to: name, among: names)
            throw CLIError("no zone named \"\(name)\"" + (suggestions.isEmpty ? "; list them with `zonebase zones`" : didYouMean(suggestions)))
        }
        throw CLIError("\"\(name)\" names \(candidates.count) zones (\(candidates.map { "\($0.id) \($0.name)" }.joined(separator: "; "))); give an id")
    }

    /// "; did you mean "A" or "B"?" for `suggestions`, "" for none.
    static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }
}
