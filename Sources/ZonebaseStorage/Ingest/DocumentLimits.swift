import ZonebaseModel

/// How much one document may store. A hostile page (numbers with units and nothing else, or one
/// sentence repeated for megabytes) would otherwise store hundreds of thousands of figures: a
/// document stores its first ``factsPerDocument`` facts, in text order, and counts the rest, which
/// the ingest line and the document's page report.
public enum DocumentLimits {
    /// The most facts (zones, events, industries, figures) one document stores. The dev corpus's
    /// richest document has a few hundred.
    public static let factsPerDocument = 5_000

    /// How many of the document's facts are beyond the limit, and so not stored.
    public static func omittedFacts(_ facts: DocumentFacts) -> Int {
        max(0, facts.facts.count - factsPerDocument)
    }
}
