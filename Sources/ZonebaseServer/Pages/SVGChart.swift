import Foundation

/// Line charts drawn by the server as SVG: axes with units and years, one line per series, dashed
/// lines for targets, a legend. Every point is a focusable link to the sentence it came from, with its
/// value as its title. Every label is escaped; the SVG is accessible (a title and a description).
struct SVGChart {
    /// One point: where it stands, its value as shown, and the sentence it came from.
    struct Point {
        var year: Double
        var value: Double
        var text: String
        var href: String
    }

    /// One line.
    struct Line {
        var label: String
        var points: [Point]
    }

    /// A target drawn as a dashed horizontal line up to its deadline.
    struct TargetLine {
        var label: String
        var value: Double
        var deadline: Double
    }

    var title: String
    var unit: String
    var lines: [Line]
    var targets: [TargetLine] = []

    private let width = 640.0, left = 70.0, right = 20.0, top = 20.0, bottom = 40.0
    /// Room under the axis for the legend: one row a line.
    private var legendHeight: Double { Double(lines.count + targets.count) * 18 + 8 }
    private var height: Double { 260 + legendHeight }
    private static let colors = ["#1f5fa8", "#b5472d", "#2e7d4f", "#7a4fa0", "#a07a1f"]

    /// The chart, or an empty string when there is nothing to draw.
    func render() -> String {
        let values = lines.flatMap { $0.points.map(\.value) } + targets.map(\.value)
        let years = lines.flatMap { $0.points.map(\.year) } + targets.map(\.deadline)
        guard let maxValue = values.max(), let minYear = years.min(), let maxYear = years.max(), maxValue > 0 else { return "" }
        let top = niceCeiling(maxValue)
        let span = max(maxYear - minYear, 1)
        func x(_ year: Double) -> Double { left + (year - minYear) / span * (width - left - right) }
        let plotBottom = height - legendHeight - bottom
        func y(_ value: Double) -> Double { plotBottom - max(value, 0) / top * (plotBottom - self.top) }
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="group" aria-labelledby="chart-title-\(id) chart-desc-\(id)" xmlns="http://www.w3.org/2000/svg">
            <title id="chart-title-\(id)">\(HTML.escape(title))</title>
            <desc id="chart-desc-\(id)">\(HTML.escape(description))</desc>
            <line class="axis" x1="\(left)" y1="\(plotBottom)" x2="\(width - right)" y2="\(plotBottom)"/>
            <line class="axis" x1="\(left)" y1="\(self.top)" x2="\(left)" y2="\(plotBottom)"/>
            """
        for step in 0...4 {
            let value = top * Double(step) / 4
            svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(y(value) + 4)\" text-anchor=\"end\">\(HTML.escape(Self.short(value)))</text>"
            svg += "<line class=\"grid\" x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\"/>"
        }
        for year in Set(years.map { Int($0) }).sorted() {
            svg += "<text class=\"tick\" x=\"\(x(Double(year)))\" y=\"\(plotBottom + 18)\" text-anchor=\"middle\">\(year)</text>"
        }
        svg += "<text class=\"unit\" x=\"\(left)\" y=\"12\">\(HTML.escape(unit))</text>"
        for (index, line) in lines.enumerated() {
            let color = Self.colors[index % Self.colors.count]
            let path = line.points.map { "\(x($0.year)),\(y($0.value))" }.joined(separator: " ")
            if line.points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(path)\"/>"
            }
            for point in line.points {
                let label = HTML.escape("\(line.label), \(Int(point.year)): \(point.text)")
                svg += "<a class=\"mark\" href=\"\(HTML.escape(point.href))\" aria-label=\"\(label)\">"
                    + "<circle cx=\"\(x(point.year))\" cy=\"\(y(point.value))\" r=\"5\" fill=\"\(color)\"><title>\(label)</title></circle></a>"
            }
            let row = plotBottom + bottom + 4 + Double(index) * 18
            svg += "<rect class=\"swatch\" x=\"\(left)\" y=\"\(row - 9)\" width=\"14\" height=\"4\" fill=\"\(color)\"/>"
            svg += "<text class=\"legend\" x=\"\(left + 20)\" y=\"\(row - 4)\">\(HTML.escape(line.label))</text>"
        }
        for (index, target) in targets.enumerated() {
            let row = plotBottom + bottom + 4 + Double(lines.count + index) * 18
            svg += "<line class=\"target\" x1=\"\(left)\" y1=\"\(row - 7)\" x2=\"\(left + 14)\" y2=\"\(row - 7)\"/>"
            svg += "<text class=\"legend\" x=\"\(left + 20)\" y=\"\(row - 4)\">\(HTML.escape(target.label))</text>"
        }
        for target in targets {
            svg += "<line class=\"target\" x1=\"\(left)\" y1=\"\(y(target.value))\" x2=\"\(x(target.deadline))\" y2=\"\(y(target.value))\"/>"
            svg += "<text class=\"target-label\" x=\"\(x(target.deadline) - 4)\" y=\"\(y(target.value) - 6)\" text-anchor=\"end\">\(HTML.escape(target.label))</text>"
        }
        return svg + "</svg>"
    }

    private var id: String { String(UInt32(truncatingIfNeeded: title.hashValue), radix: 16) }

    private var description: String {
        lines.map { line in line.label + ": " + line.points.map { "\(Int($0.year)) \($0.text)" }.joined(separator: ", ") }
            .joined(separator: "; ") + targets.map { "; target \($0.label)" }.joined()
    }

    /// A round number at or above `value` for the top of the axis.
    private func niceCeiling(_ value: Double) -> Double {
        let magnitude = pow(10, floor(log10(value)))
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    /// `44530000000` → `44.5 bn`.
    static func short(_ value: Double) -> String {
        if value >= 1e12 { return String(format: "%.2f tn", value / 1e12) }
        if value >= 1e9 { return String(format: "%.2f bn", value / 1e9) }
        if value >= 1e6 { return String(format: "%.2f m", value / 1e6) }
        return value == value.rounded() ? String(Int64(value)) : String(format: "%.1f", value)
    }
}
