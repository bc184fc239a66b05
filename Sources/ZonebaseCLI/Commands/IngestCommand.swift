import ArgumentParser
import Foundation
import ZonebaseExtraction
import ZonebaseIngest
import ZonebaseModel
import ZonebaseStorage

/// `zonebase ingest PATH…`: extracts documents and stores them in the knowledge base.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract documents and store their facts in the knowledge base.",
        discussion: """
            Each document is stored all or nothing (documents are committed in groups), so a run killed at any moment leaves the \
            database consistent and running it again finishes the work. The same content ingested again \
            changes nothing; a changed file replaces its old facts. Zones named in several documents, \
            under different names, become one zone. Prints a summary: new, updated, unchanged, refused.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(help: "Extract this many documents in parallel (storing stays in file order); default: one per core.")
    var jobs = min(64, max(1, ProcessInfo.processInfo.activeProcessorCount))

    @Option(help: ArgumentHelp(
        "The address the one file given was published at. For many files, a sources.tsv beside them gives each file's "
            + "address (a line: file name, a tab, the address).", valueName: "url"))
    var sourceURL: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
        if sourceURL != nil, paths.count != 1 || DocumentFiles.isFolder(paths[0]) {
            throw ValidationError("--source-url names the address of one file; for a folder, write a sources.tsv in it")
        }
        if !(1...64).contains(jobs) { throw ValidationError("--jobs must be between 1 and 64") }
    }

    func run() async throws {
        let files = try DocumentFiles.expandArguments(paths)
        var addresses = try SourceAddresses(besides: files)
        if let sourceURL, let file = files.first { addresses.set(sourceURL, for: file) }
        let database = try await store.open(creating: true)
        let progress = ProgressLine(total: files.count, enabled: OutputStream.standardError.isTerminal)
        let summary = await IngestPipeline(store: database, jobs: jobs, addresses: addresses).ingest(files) { event in
            switch event {
            case .refused(let path, let reason):
                OutputStream.standardError.write("zonebase: refused \(path): \(reason)\n")
            case .notStored(let path, let error):
                OutputStream.standardError.write("zonebase: could not store \(path): \(error)\n")
            case .progress(let done, let bytes):
                progress.update(done: done, bytes: bytes)
            }
        }
        progress.finish()
        // Judgements of targets kept in the store stay current after a small change (a few zones
        // judged again: milliseconds); after a large one, the next listing judges everything.
        do {
            try await DocumentIngester(store: database).refreshJudgements(scope: .changedZonesOnly)
        } catch {
            OutputStream.standardError.write("zonebase: the documents are stored; the judgements of their targets will be made by the next `zonebase targets` (\(error))\n")
        }
        OutputStream.standardOutput.write(summary.line(database: DatabaseLocation.redacted(store.path)))
        if summary.refused > 0 { throw ExitCode(1) }
    }
}
