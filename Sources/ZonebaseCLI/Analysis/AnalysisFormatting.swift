import Foundation
import ZonebaseModel

/// Numbers as people read them in analysis tables.
enum AnalysisFormatting {
    /// `44530000000 CNY` → `44.53 bn CNY`; percent with one decimal; counts plain.
    static func amount(_ value: Double, _ unit: FigureUnit) -> String {
        guard value.isFinite else { return "?" }
        switch unit {
        case .percent: return String(format: "%.1f%%", value)
        case .cny, .usd:
            if abs(value) >= 1e9 { return String(format: "%.2f bn %@", value / 1e9, unit.rawValue) }
            if abs(value) >= 1e6 { return String(format: "%.2f m %@", value / 1e6, unit.rawValue) }
            return String(format: "%.0f %@", value, unit.rawValue)
        case .squareKilometres: return String(format: "%g km2", value)
        case .count: return value == value.rounded() ? String(Int64(value)) : String(format: "%.1f", value)
        }
    }

    /// A growth rate per year, or a dash.
    static func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.1f%%/yr", value)
    }

    /// The bound as a word before a value ("≥").
    static func bound(_ bound: Bound) -> String {
        switch bound {
        case .exact: ""
        case .atLeast: ">= "
        case .atMost: "<= "
        case .approx: "~"
        }
    }

    /// The default format: a table on a terminal, JSON in a pipe.
    static func resolved(_ format: QueryFormat?) -> QueryFormat {
        format ?? (OutputStream.standardOutput.isTerminal ? .table : .json)
    }

    /// Prints rows as a table or CSV, or `value` as JSON.
    static func write<Value: Encodable>(_ value: Value, header: [String], rows: [[String]], format: QueryFormat?) throws {
        switch resolved(format) {
        case .json: OutputStream.standardOutput.write(try JSONOutput.encode(value))
        case .csv: OutputStream.standardOutput.write(TextTable.csv(header: header, rows: rows))
        case .table: OutputStream.standardOutput.write(rows.isEmpty ? "(none)\n" : TextTable.render(header: header, rows: rows))
        }
    }
}
