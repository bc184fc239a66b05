import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// Every figure of a zone as the zone page lists it: those with a period in period order under
/// their measure, then those stated without a date in a group of their own. Each links to the
/// sentence it came from.
struct ZoneFigures {
    /// One stated figure.
    struct Line {
        var metric: String
        var measure: String?
        var aspect: String
        var status: String
        var period: String
        var value: String
        var href: String
        var document: String
        var quote: String
        /// What the browser tests match against the API's figures: the document and the span.
        var documentID: String
        var spanStart: Int
    }

    /// A group of lines with a heading.
    struct Group {
        var title: String
        var note: String
        var lines: [Line]
    }

    var groups: [Group]
    var count: Int

    init(_ figures: [StoredFigure]) {
        let lines = figures.sorted { left, right in
            (left.metric.rawValue, left.aspect.rawValue, left.status.rawValue, left.period ?? "", left.document, left.spanStart)
                < (right.metric.rawValue, right.aspect.rawValue, right.status.rawValue, right.period ?? "", right.document, right.spanStart)
        }
        let dated = lines.filter { $0.period != nil }.map(Self.line)
        let undated = lines.filter { $0.period == nil }.map(Self.line)
        groups = [
            Group(title: "With a period", note: "", lines: dated),
            Group(title: "As stated, no date", note: "The source gives no year or period for these figures.", lines: undated),
        ].filter { !$0.lines.isEmpty }
        count = figures.count
    }

    /// The measure as the text names it, when it says more than the metric ("industrial added value").
    private static func measure(_ figure: StoredFigure) -> String? {
        guard let measure = figure.measure, !measure.isEmpty else { return nil }
        let metric = Format.label(figure.metric.rawValue).lowercased()
        return measure.lowercased() == metric || measure == figure.metric.rawValue ? nil : measure
    }

    static func line(_ figure: StoredFigure) -> Line {
        Line(
            metric: Format.label(figure.metric.rawValue), measure: measure(figure), aspect: Format.label(figure.aspect.rawValue),
            status: Format.label(figure.status.rawValue), period: figure.period ?? "no date",
            value: Format.bounded(figure.bound, Format.amount(figure.value, figure.unit)),
            href: Format.sentenceLink(document: figure.document, spanStart: figure.spanStart),
            document: figure.document, quote: figure.quote, documentID: figure.document, spanStart: figure.spanStart)
    }
}
