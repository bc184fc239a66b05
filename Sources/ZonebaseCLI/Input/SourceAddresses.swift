import Foundation

/// The addresses documents were published at, as the one who ingests them gives them: a
/// `sources.tsv` in a folder holds one line a file (its name, a tab, its address; `#` starts a
/// comment), and `--source-url` gives the address of a single file.
struct SourceAddresses: Sendable {
    /// Address by the file's standardized path.
    private var byPath: [String: String] = [:]

    init() {}

    /// Reads the `sources.tsv` of every folder that holds one of `files`.
    /// - Throws: ``CLIError`` naming the file and line of a line that is not "name, tab, address".
    init(besides files: [URL]) throws {
        let folders = Set(files.map { $0.deletingLastPathComponent().standardizedFileURL })
        for folder in folders {
            let table = folder.appendingPathComponent("sources.tsv")
            guard let text = try? String(contentsOf: table, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                    throw CLIError("\(table.path):\(number + 1): a line of sources.tsv is a file name, a tab and its address")
                }
                set(fields[1], for: folder.appendingPathComponent(fields[0]))
            }
        }
    }

    /// Gives `file` the address `address`.
    mutating func set(_ address: String, for file: URL) {
        byPath[file.standardizedFileURL.path] = address
    }

    /// The address given for `file`, if any.
    func address(of file: URL) -> String? {
        byPath[file.standardizedFileURL.path]
    }
}
