import ZonebaseModel

/// Where a new document goes among the copies already stored, as both stores decide it: its
/// signature's bands find the stored documents that may be copies of one article with it
/// (``CopySignature``), and it joins the cluster of the closest one that ``CopyRule`` calls a copy,
/// else it stands alone. A cluster is named by its first document's id; a document alone, or the first
/// of its cluster, stores no cluster (its own id stands for it).
struct CopyPlan: Sendable {
    /// A stored document that shares a band with the new one, as the backend read it.
    struct Candidate: Sendable, Decodable {
        var id: String
        /// Its cluster, when it is not the first of it.
        var cluster: String?
        /// Its readable text.
        var text: String
    }

    /// How many candidates, most bands shared first, a document is compared with at most.
    static let candidateLimit = 50

    let shingles: TextShingles
    /// The keys to store and to look candidates up by; empty for a text too short to be anyone's copy.
    let keys: [BandKey]
    /// The cluster the document joins, the document it copies and how much of the smaller text the larger holds.
    private(set) var cluster: String?
    private(set) var copyOf: String?
    private(set) var similarity: Double?

    /// The characters of the readable text, white space aside (the longest text of a cluster stands for it among equals).
    let readableLength: Int

    /// The plan's keys for `document`'s readable text; no candidates weighed yet.
    init(_ document: DocumentInput) {
        let text = document.facts.plainText ?? document.text
        shingles = TextShingles(text)
        keys = CopySignature(shingles)?.bandKeys ?? []
        readableLength = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }

    /// The band hashes, for the backends' lookups.
    var hashes: [Int64] { keys.map(\.hash) }

    /// Weighs `candidates` (the document's own id left out by the caller).
    mutating func place(among candidates: [Candidate]) {
        var best: (candidate: Candidate, similarity: Double)?
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            let verdict = CopyRule.isCopy(shingles, TextShingles(candidate.text))
            if verdict.isCopy, verdict.similarity > (best?.similarity ?? 0) { best = (candidate, verdict.similarity) }
        }
        cluster = best.map { $0.candidate.cluster ?? $0.candidate.id }
        copyOf = best?.candidate.id
        similarity = best?.similarity
    }
}
