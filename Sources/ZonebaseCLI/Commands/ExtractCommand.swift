import ArgumentParser
import Foundation
import ZonebaseExtraction
import ZonebaseModel

/// `zonebase extract PATH…`: prints the facts of documents.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract zones, events, industries and figures from documents.",
        discussion: """
            Reads each file (folders are searched for .txt, .html, .htm and .md files) and prints its \
            facts in the exchange format of SCHEMA.md: one JSON object per line, with the document id \
            (the file name without extension) and the exact quote each fact came from.

            Output is JSON Lines when piped and a table on a terminal; --explain shows each fact's \
            sentence with the quote marked [[like this]] and the rule that produced it.

            Exit status: 0 when every input was read, 1 when some were refused (each named on stderr \
            with its reason: binary data, undecodable text, too large), 2 on usage errors.

            Example:
              zonebase extract Samples/ > facts.jsonl
              zonebase extract --explain Samples/leshan-upgrade.html
            """
    )

    /// How facts are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table
    }

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(help: "Output format: jsonl (default when piped) or table (default on a terminal).")
    var format: Format?

    @Flag(help: "Show each fact's sentence with the quote marked, and the rule that fired.")
    var explain = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to read") }
    }

    func run() async throws {
        let files = try DocumentFiles.expandArguments(paths)
        let output = OutputStream.standardOutput
        let format = self.format ?? (output.isTerminal ? .table : .jsonl)
        var refused = 0
        let extractor = Extractor()
        for file in files {
            let id = DocumentFiles.documentID(of: file)
            do {
                let bytes = try readBytes(file)
                let facts = try extractor.extract(bytes, documentID: id)
                if format == .jsonl && !explain {
                    output.write(bytes: Self.jsonLines(facts))
                } else {
                    output.write(render(facts, format: format))
                }
            } catch {
                refused += 1
                OutputStream.standardError.write("zonebase: refused \(file.path): \(error)\n")
            }
        }
        if refused > 0 {
            OutputStream.standardError.write("zonebase: \(refused) of \(files.count) inputs refused\n")
            throw ExitCode(1)
        }
    }

    private func readBytes(_ file: URL) throws -> [UInt8] {
        try FileReader.read(file.path, limit: DocumentFiles.maximumBytes)
    }

    private func render(_ facts: DocumentFacts, format: Format) -> String {
        var text = ""
        if explain {
            for fact in facts.facts { text += ExplainRenderer.render(fact, documentID: facts.documentID) }
            return text
        }
        switch format {
        case .jsonl:
            text += String(decoding: Self.jsonLines(facts), as: UTF8.self)
        case .table:
            text += FactTableRenderer.render(facts)
        }
        return text
    }

    /// The facts as JSON Lines, in UTF-8: built as bytes, with no String between.
    private static func jsonLines(_ facts: DocumentFacts) -> [UInt8] {
        var lines: [UInt8] = []
        for fact in facts.facts {
            fact.appendJSONLine(documentID: facts.documentID, to: &lines)
            lines.append(0x0A)
        }
        return lines
    }
}
