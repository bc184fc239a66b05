/// Documents grouped into clusters of copies as they come, the way a store does it: a new document is
/// compared only with the documents that share a band of its signature (``CopySignature``), and
/// joins the cluster of the closest one that ``CopyRule`` calls a copy; else it starts a cluster.
/// Kept in memory: the stores keep the bands and read the candidates' texts instead.
public struct CopyClusters: Sendable {
    /// What became of one document.
    public struct Placement: Sendable, Hashable {
        /// The cluster: the index of its first document.
        public var cluster: Int
        /// The document it was found to copy, and how much of the smaller text the larger holds.
        public var copyOf: Int?
        public var similarity: Double
    }

    private var signatures: [CopySignature?] = []
    private var clusterOf: [Int] = []
    private var byBand: [BandKey: [Int]] = [:]
    /// How many candidates the bands gave, over all documents (the work done beyond one document's own).
    public private(set) var candidatesCompared = 0

    public init() {}

    /// Adds the document whose readable text is `text`, returning where it went.
    @discardableResult
    public mutating func add(_ text: String) -> Placement {
        let index = signatures.count
        let signature = CopySignature(TextShingles(text))
        signatures.append(signature)
        guard let signature else {
            clusterOf.append(index)
            return Placement(cluster: index, copyOf: nil, similarity: 0)
        }
        let keys = signature.bandKeys
        var candidates = Set<Int>()
        for key in keys { candidates.formUnion(byBand[key] ?? []) }
        candidatesCompared += candidates.count
        var best: (index: Int, similarity: Double)?
        for candidate in candidates.sorted() {
            guard let other = signatures[candidate] else { continue }
            let verdict = CopyRule.isCopy(signature, other)
            if verdict.isCopy, verdict.similarity > (best?.similarity ?? 0) { best = (candidate, verdict.similarity) }
        }
        for key in keys { byBand[key, default: []].append(index) }
        let cluster = best.map { clusterOf[$0.index] } ?? index
        clusterOf.append(cluster)
        return Placement(cluster: cluster, copyOf: best?.index, similarity: best?.similarity ?? 0)
    }

    /// The cluster of the `index`-th document added.
    public func cluster(of index: Int) -> Int { clusterOf[index] }
}
