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

        /// The line's table row, every text escaped.
        func appendRow(to html: inout String) {
            let href = HTML.escape(self.href)
            html += "<tr class=\"figure\" data-document=\"\(HTML.escape(documentID))\" data-span=\"\(spanStart)\"><td>\(HTML.escape(metric))"
            if let measure { html += "<br><span class=\"muted\">\(HTML.escape(measure))</span>" }
            html += "</td><td>\(HTML.escape(aspect))</td><td>\(HTML.escape(status))</td><td>\(HTML.escape(period))</td>"
            html += "<td class=\"value\"><a href=\"\(href)\">\(HTML.escape(value))</a></td>"
            html += "<td><a href=\"\(href)\">“\(HTML.escape(quote))”</a> <span class=\"muted\">\(HTML.escape(document))</span></td></tr>\n"
        }
    }

    /// A group of lines with a heading, and its table's rows as markup: a zone can have thousands
    /// of figures, and a template's lookups of each row's fields cost more than writing the rows.
    struct Group {
        var title: String
        var note: String
        var rows: String

        init(title: String, note: String, lines: [Line]) {
            self.title = title
            self.note = note
            var rows = ""
            for line in lines { line.appendRow(to: &rows) }
            self.rows = rows
        }
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
            (dated.isEmpty ? nil : Group(title: "With a period", note: "", lines: dated)),
            (undated.isEmpty ? nil : Group(title: "As stated, no date", note: "The source gives no year or period for these figures.", lines: undated)),
        ].compactMap { $0 }
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
