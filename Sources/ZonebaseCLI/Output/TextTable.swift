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

    /// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
                    : field
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
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
