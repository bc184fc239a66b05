import CSV
import Foundation

/// CSV as spreadsheets read it, written and read by CSV.swift (RFC 4180: fields with commas, quotes or
/// line breaks quoted, quotes doubled; CRLF line ends). Every CSV the project writes goes through
/// here, so every one is defused: a field a spreadsheet would run as a formula is written as text.
public enum CSVTable {
    /// The table as CSV text, one line per row, the header first.
    public static func encode(header: [String], rows: [[String]]) -> String {
        do {
            let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
            for row in [header] + rows { try writer.write(row: row.map(defused)) }
            writer.stream.close()
            guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
            return String(decoding: data, as: UTF8.self) + "\r\n"
        } catch {
            preconditionFailure("writing CSV to memory failed: \(error)")
        }
    }

    /// The rows of CSV `text` (LF or CRLF line ends; quoted fields may hold commas, quotes and line breaks).
    public static func rows(_ text: String) -> [[String]] {
        guard let reader = try? CSVReader(string: text) else { return [] }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// `field`, or `field` behind a quote when a spreadsheet would read it as a formula: it starts
    /// with = + - @ (or a tab or carriage return, which some spreadsheets skip before one) and is not
    /// a plain number like -3.5.
    static func defused(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil else {
            return field
        }
        return "'" + field
    }
}
