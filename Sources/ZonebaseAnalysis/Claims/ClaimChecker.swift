import ZonebaseModel
import ZonebaseStorage

/// Judges claims against the registry of national zones and the known national totals.
public enum ClaimChecker {
    /// `claims` with their verdicts and explanations.
    public static func check(_ claims: [Claim], registry: ReferenceRegistry) -> [Claim] {
        claims.map { claim in
            var judged = claim
            switch claim.assertion {
            case .order(let ordinal, let type, let province, let following):
                (judged.verdict, judged.explanation) = order(ordinal, type, province, following, registry, asOf: claim.asOf)
            case .count(let total, let type):
                (judged.verdict, judged.explanation) = count(total, type, asOf: claim.asOf)
            }
            if let year = claim.statedYear { judged.explanation = "as of \(year), the year its sentence names: " + judged.explanation }
            return judged
        }
    }

    static func order(
        _ ordinal: Int, _ type: ZoneType, _ province: String, _ following: [String], _ registry: ReferenceRegistry, asOf: PartialDate?
    ) -> (Claim.Verdict, String) {
        let zones = registry.entries
            .filter { $0.type == type && $0.province.lowercased() == province.lowercased() }
            .compactMap { entry in PartialDate(iso: entry.nationalDate).map { (entry, $0) } }
            .filter { asOf == nil || $0.1 <= asOf! }
            .sorted { $0.1 < $1.1 }
        let listed = zones.map { "\($0.0.city) (\($0.1))" }.joined(separator: ", ")
        guard zones.count >= ordinal else {
            return (.unverifiable, "the registry lists \(zones.count) such zones in \(province): \(listed); it is incomplete for some years")
        }
        let earlier = zones.prefix(ordinal - 1).map { $0.0.city.lowercased() }
        if !following.isEmpty {
            let named = following.map { $0.lowercased() }
            if Set(named) == Set(earlier) {
                return (.confirmed, "the registry's first \(ordinal) in \(province): \(zones.prefix(ordinal).map { "\($0.0.city) (\($0.1))" }.joined(separator: ", "))")
            }
            return (.contradicted, "the registry's first \(ordinal - 1) in \(province) are \(zones.prefix(ordinal - 1).map { $0.0.city }.joined(separator: ", ")), not \(following.joined(separator: ", "))")
        }
        return (.confirmed, "the registry's \(ordinal)th in \(province) is \(zones[ordinal - 1].0.nameEN) (\(zones[ordinal - 1].1))")
    }

    static func count(_ total: Int, _ type: ZoneType, asOf: PartialDate?) -> (Claim.Verdict, String) {
        let totals = NationalZoneTotals.totals(of: type)
        guard let asOf else {
            if let known = totals.first(where: { $0.total == total }) {
                return (.unverifiable, "the document is undated; \(total) was the total as of \(known.date)")
            }
            return (.unverifiable, "the document is undated")
        }
        guard let before = totals.last(where: { $0.date <= asOf }) else {
            return (.unverifiable, "no known total before \(asOf)")
        }
        if total == before.total { return (.confirmed, "\(before.total) as of \(before.date)") }
        if total < before.total { return (.contradicted, "already \(before.total) as of \(before.date)") }
        if let after = totals.first(where: { $0.date > asOf }), total > after.total {
            return (.contradicted, "only \(after.total) as late as \(after.date)")
        }
        return (.unverifiable, "\(before.total) as of \(before.date); the total in between is not known")
    }
}
