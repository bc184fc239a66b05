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
        /// Its signature as stored (``CopySignature/storedBytes``) and its shingle count.
        var signature: [UInt8]
        var shingles: Int

        init(id: String, cluster: String?, signature: [UInt8], shingles: Int) {
            self.id = id
            self.cluster = cluster
            self.signature = signature
            self.shingles = shingles
        }

        private enum CodingKeys: String, CodingKey { case id, cluster, signature, shingles }

        /// From a JSON row, the signature in hexadecimal (as PostgreSQL's `encode(…, 'hex')` writes it).
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            cluster = try container.decodeIfPresent(String.self, forKey: .cluster)
            shingles = try container.decode(Int.self, forKey: .shingles)
            let hex = Array((try container.decodeIfPresent(String.self, forKey: .signature) ?? "").utf8)
            func digit(_ byte: UInt8) -> UInt8 { byte >= 0x61 ? byte - 0x61 + 10 : byte - 0x30 }
            signature = stride(from: 0, to: hex.count - 1, by: 2).map { digit(hex[$0]) << 4 | digit(hex[$0 + 1]) }
        }
    }

    /// How many candidates, most bands shared first, a document is compared with at most.
    static let candidateLimit = 50
    /// How many documents of one band's bucket are read at most (the oldest first): an article
    /// reposted a thousand times fills its buckets, and its first copies stand for the rest, so the
    /// lookup stays the same work however many documents are stored.
    static let perBandLimit = 8

    /// The signature; nil for a text too short to be anyone's copy.
    let signature: CopySignature?
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
        signature = CopySignature(TextShingles(text))
        keys = signature?.bandKeys ?? []
        // Characters that are not ASCII white space: the UTF-8 bytes that start a character (not
        // 0b10xxxxxx continuation bytes), spaces, tabs and line breaks aside.
        readableLength = text.utf8.reduce(0) { count, byte in
            count + (byte & 0xC0 == 0x80 || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0 : 1)
        }
    }

    /// The band hashes, for the backends' lookups.
    var hashes: [Int64] { keys.map(\.hash) }

    /// The signature as stored, and the shingle count (nil and 0 without a signature).
    var storedSignature: [UInt8]? { signature?.storedBytes }
    var shingleCount: Int { signature?.shingleCount ?? 0 }

    /// Weighs `candidates` (the document's own id left out by the caller) by their signatures.
    mutating func place(among candidates: [Candidate]) {
        guard let signature else { return }
        var best: (candidate: Candidate, similarity: Double)?
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            guard let other = CopySignature(stored: candidate.signature, shingleCount: candidate.shingles) else { continue }
            let verdict = CopyRule.isCopy(signature, other)
            if verdict.isCopy, verdict.similarity > (best?.similarity ?? 0) { best = (candidate, verdict.similarity) }
        }
        cluster = best.map { $0.candidate.cluster ?? $0.candidate.id }
        copyOf = best?.candidate.id
        similarity = best?.similarity
    }
}
