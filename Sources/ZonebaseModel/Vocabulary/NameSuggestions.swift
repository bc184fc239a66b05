/// Known names close to one a user typed, for "did you mean": a misspelt zone ("Leshn"), a name cut
/// short ("Baiyin high-tech"), a province in the wrong case. Both languages: English names are
/// compared word by word (what was typed against each run of as many words), Chinese names
/// character by character (against each run of about as many characters), by edit distance over
/// Unicode scalars, case folded.
public enum NameSuggestions {
    /// Up to `limit` of `names` closest to `typed`, the closest first; none when nothing is close.
    public static func closest(to typed: String, among names: some Sequence<String>, limit: Int = 3) -> [String] {
        let query = Array(typed.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " })
        guard !query.isEmpty else { return [] }
        let allowed = query.count <= 4 ? 1 : query.count <= 8 ? 2 : query.count / 4
        let isHan = query.contains { $0.properties.isIdeographic }
        var scored: [(distance: Int, name: String)] = []
        var seen: Set<String> = []
        for name in names where seen.insert(name).inserted {
            let candidate = Array(name.lowercased().unicodeScalars)
            let distance = isHan ? bestWindow(query, inCharacters: candidate) : bestWindow(query, inWords: candidate)
            if distance <= allowed { scored.append((distance, name)) }
        }
        return scored.sorted { ($0.distance, $0.name.count, $0.name) < ($1.distance, $1.name.count, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// The smallest distance between `query` and a run of the candidate's words as long as the query.
    private static func bestWindow(_ query: [Unicode.Scalar], inWords candidate: [Unicode.Scalar]) -> Int {
        let words = candidate.split(separator: " ").map(Array.init)
        let length = max(1, query.split(separator: " ").count)
        guard words.count > length else { return distance(query, candidate) }
        var best = Int.max
        for start in 0...(words.count - length) {
            let window = Array(words[start..<(start + length)].joined(separator: [" "]))
            best = min(best, distance(query, window))
        }
        return best
    }

    /// The smallest distance between `query` and a run of the candidate's characters about as long.
    private static func bestWindow(_ query: [Unicode.Scalar], inCharacters candidate: [Unicode.Scalar]) -> Int {
        guard candidate.count > query.count + 1 else { return distance(query, candidate) }
        var best = Int.max
        for length in max(1, query.count - 1)...(query.count + 1) {
            for start in 0...(candidate.count - length) {
                best = min(best, distance(query, Array(candidate[start..<(start + length)])))
            }
        }
        return best
    }

    /// Levenshtein distance: insertions, deletions and substitutions, each costing one.
    static func distance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = Array(repeating: 0, count: right.count + 1)
        for (row, leftScalar) in left.enumerated() {
            current[0] = row + 1
            for (column, rightScalar) in right.enumerated() {
                let substitution = previous[column] + (leftScalar == rightScalar ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
