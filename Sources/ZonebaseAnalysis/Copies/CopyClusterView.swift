public import ZonebaseStorage

/// One cluster of copies of an article, with the document that stands for it chosen by a stated
/// rule: the more trusted kind of source (government > newspaper > investment portal > copy, by the
/// host of its address, else of where it was read from), then the earliest date it states, then the
/// longest text, then the document id.
public struct CopyCluster: Sendable, Hashable, Codable {
    /// The rule, as pages and the command line state it.
    public static let rule = "government source > newspaper > portal > copy; then the earliest date; then the longest text"

    /// The cluster's id (its first document's).
    public var id: String
    /// The document that stands for the cluster.
    public var canonical: DocumentSummary
    /// The others, in the rule's order.
    public var copies: [DocumentSummary]

    /// The clusters the documents of ``KnowledgeBase/copies()`` form.
    public static func clusters(_ documents: [DocumentSummary]) -> [CopyCluster] {
        Dictionary(grouping: documents.filter { $0.cluster != nil }, by: { $0.cluster ?? "" })
            .compactMap { id, members in
                guard members.count > 1 else { return nil }
                // Each member's kind of source found once, not at every comparison of the sort.
                let ordered = members.map { ($0, SourceKind(location: $0.address ?? $0.source)) }
                    .sorted { precedes($0.0, $0.1, $1.0, $1.1) }.map(\.0)
                guard let first = ordered.first else { return nil }
                return CopyCluster(id: id, canonical: first, copies: Array(ordered.dropFirst()))
            }
            .sorted { $0.id < $1.id }
    }

    /// The documents of copy clusters that do not stand for their cluster: what analysis leaves out so
    /// that an article repeated by mirrors counts once.
    public static func nonCanonical(_ documents: [DocumentSummary]) -> Set<String> {
        Set(clusters(documents).flatMap { $0.copies.map(\.id) })
    }

    /// Whether `first` stands before `second` by ``rule``.
    static func precedes(_ first: DocumentSummary, _ second: DocumentSummary) -> Bool {
        precedes(first, SourceKind(location: first.address ?? first.source), second, SourceKind(location: second.address ?? second.source))
    }

    private static func precedes(_ first: DocumentSummary, _ firstKind: SourceKind, _ second: DocumentSummary, _ secondKind: SourceKind) -> Bool {
        if firstKind != secondKind { return firstKind > secondKind }
        switch (first.published, second.published) {
        case let (a?, b?) where a != b: return a < b
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        if first.textLength != second.textLength { return first.textLength > second.textLength }
        return first.id < second.id
    }
}
