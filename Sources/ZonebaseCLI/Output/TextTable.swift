import ZonebaseStorage

/// Plain-text and CSV tables for query results.
enum TextTable {
    /// Columns padded to their widest cell.
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $1.padding(to: widths[$0]) }.joined(separator: "  ").trailingSpacesRemoved
        }.joined(separator: "\n") + "\n"
    }

    /// CSV (``CSVTable``: RFC 4180, formulas defused).
    static func csv(header: [String], rows: [[String]]) -> String {
        CSVTable.encode(header: header, rows: rows)
    }
}

private extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
