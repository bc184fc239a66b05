import ArgumentParser
import Foundation
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage

/// `zonebase ingest PATH…`: extracts documents and stores them in the knowledge base.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract documents and store their facts in the knowledge base.",
        discussion: """
            Each document is stored in one transaction. The same content ingested again changes \
            nothing; a changed file replaces its old facts. Zones named in several documents, under \
            different names, become one zone. Prints a summary: new, updated, unchanged, refused.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
    }

    func run() async throws {
        let files: [URL]
        do {
            files = try DocumentFiles.expand(paths)
        } catch let error as CLIError {
            throw ValidationError(error.description)
        }
        let database = try store.open()
        var summary = (new: 0, updated: 0, unchanged: 0, refused: 0, facts: 0)
        for file in files {
            let id = DocumentFiles.documentID(of: file)
            do {
                let bytes = try FileReader.read(file.path, limit: DocumentFiles.maximumBytes)
                let decoded = try DocumentDecoder().decode(bytes)
                let facts = try Extractor().extract(bytes, documentID: id)
                let input = DocumentInput(
                    id: id, source: file.path, contentHash: ContentHash.sha256Hex(bytes),
                    text: String(decoding: decoded.utf8, as: UTF8.self), facts: facts, extractorVersion: Extractor.version)
                switch try await database.ingest(input) {
                case .new(let count):
                    summary.new += 1
                    summary.facts += count
                case .updated(let count):
                    summary.updated += 1
                    summary.facts += count
                case .unchanged:
                    summary.unchanged += 1
                }
            } catch {
                summary.refused += 1
                OutputStream.standardError.write("zonebase: refused \(file.path): \(error)\n")
            }
        }
        OutputStream.standardOutput.write(
            "\(files.count) documents: \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                + "\(summary.refused) refused; \(summary.facts) facts stored in \(store.path)\n")
        if summary.refused > 0 { throw ExitCode(1) }
    }
}
