import Foundation
import ZonebaseModel

/// Renders a fact with its evidence: the fact, the rule, and the sentence with the quote marked.
enum ExplainRenderer {
    /// Three lines per fact, and for a figure the measure it names and where its period came from, e.g.
    /// ```
    /// figure  output_value 44530000000 CNY level actual exact 2011  (Leshan Hi-tech Industrial Park)
    ///   rule figure.money at bytes 1523-1537
    ///   measure "output value"; period 2011 from its sentence
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
            + figureLine(fact)
            + "  \(sentence)\n\n"
    }

    /// "  measure "general public budget revenue"; period 2017 from the title", for figures.
    private static func figureLine(_ fact: Fact) -> String {
        guard case .figure(let figure) = fact else { return "" }
        var parts: [String] = []
        if let measure = figure.measure { parts.append("measure \"\(measure)\"") }
        if let period = figure.period {
            parts.append("period \(period)" + (figure.periodSource.map { " from \($0.phrase)" } ?? ""))
        } else {
            parts.append("no period")
        }
        return "  " + parts.joined(separator: "; ") + "\n"
    }
}
