import ZonebaseModel

/// Which of two disagreeing sources is preferred, by stated rules in order: the more precise
/// statement; then the more trusted kind of source (government > newspaper > investment portal >
/// copy); then the later document (a correction supersedes an earlier report).
public enum Preference {
    /// The preferred of two sources, with the rule that decided.
    /// - Parameters:
    ///   - firstPrecision, secondPrecision: how precisely each states the fact (significant digits, or
    ///     the parts of a date).
    static func choose(
        _ first: SourceReference, precision firstPrecision: Int, _ second: SourceReference, precision secondPrecision: Int
    ) -> (firstWins: Bool, reason: String) {
        if firstPrecision != secondPrecision {
            return (firstPrecision > secondPrecision, "more precise")
        }
        if first.kind != second.kind {
            let winner = max(first.kind, second.kind)
            return (first.kind > second.kind, "\(winner) source")
        }
        switch (first.published, second.published) {
        case let (a?, b?) where a != b: return (a > b, "later report")
        case (_?, nil): return (true, "dated report")
        case (nil, _?): return (false, "dated report")
        default: return (first.document <= second.document, "same standing; first by document id")
        }
    }
}

extension PartialDate {
    /// How many parts the date gives: 1 (year), 2 (month) or 3 (day).
    var precision: Int { day != nil ? 3 : month != nil ? 2 : 1 }

    /// Whether the dates can be the same day: equal where both are stated ("2012-08" and "2012-08-28").
    func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        if let month, let otherMonth = other.month, month != otherMonth { return false }
        if let day, let otherDay = other.day, day != otherDay { return false }
        return true
    }
}
