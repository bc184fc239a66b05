import Foundation
import ZonebaseModel

/// Renders a fact with its evidence: the fact, the rule, and the sentence with the quote marked.
enum ExplainRenderer {
    /// Three lines per fact, e.g.
    /// ```
    /// figure  output_value 44530000000 CNY level actual exact 2011  (Leshan Hi-tech Industrial Park)
    ///   rule figure.money at bytes 1523-1537
    ///   In 2011, the three industries achieved [[44.53-bln yuan]] output value, …
    /// ```
    static func render(_ fact: Fact, documentID: String) -> String {
        let evidence = fact.evidence
        var sentence = evidence.sentence
        if let range = sentence.range(of: evidence.quote) {
            sentence.replaceSubrange(range, with: "[[" + evidence.quote + "]]")
        }
        return "\(documentID)  \(FactTableRenderer.summary(of: fact))\n"
            + "  rule \(evidence.rule) at bytes \(evidence.span.start)-\(evidence.span.end)\n"
            + "  \(sentence)\n\n"
    }
}
