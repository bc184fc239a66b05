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
            Each document is stored in one transaction, so a run killed at any moment leaves the \
            database consistent and running it again finishes the work. The same content ingested again \
            changes nothing; a changed file replaces its old facts. Zones named in several documents, \
            under different names, become one zone. Prints a summary: new, updated, unchanged, refused.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(help: "Extract this many documents in parallel (storing stays in file order).")
    var jobs = 1

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
        if !(1...64).contains(jobs) { throw ValidationError("--jobs must be between 1 and 64") }
    }

    /// One file read and extracted, or why not.
    private enum Prepared: Sendable {
        case document(DocumentInput, bytes: Int)
        case alreadyStored(bytes: Int)
        case refused(path: String, reason: String, bytes: Int)
    }

    func run() async throws {
        let files = try DocumentFiles.expandArguments(paths)
        let database = try await store.open()
        var summary = IngestSummary(total: files.count)
        let progress = ProgressLine(total: files.count, enabled: OutputStream.standardError.isTerminal)
        // Extract a batch in parallel while the previous one is stored, in file order: the result does
        // not depend on --jobs.
        let batchSize = jobs * 8
        let batches = stride(from: 0, to: files.count, by: batchSize).map {
            Array(files[$0..<min(files.count, $0 + batchSize)])
        }
        let jobs = self.jobs
        var next: Task<[Prepared], Never>? = batches.first.map { batch in
            Task { await Self.prepare(batch, jobs: jobs, store: database) }
        }
        for index in batches.indices {
            guard let current = next else { break }
            let prepared = await current.value
            next = index + 1 < batches.count
                ? Task { [batch = batches[index + 1]] in await Self.prepare(batch, jobs: jobs, store: database) } : nil
            for item in prepared {
                switch item {
                case .document(let input, let bytes):
                    do {
                        summary.record(try await database.ingest(input), bytes: bytes)
                    } catch {
                        summary.refused += 1
                        OutputStream.standardError.write("zonebase: could not store \(input.source): \(error)\n")
                    }
                case .alreadyStored(let bytes):
                    summary.record(.unchanged, bytes: bytes)
                case .refused(let path, let reason, let bytes):
                    summary.refused += 1
                    summary.bytes += bytes
                    OutputStream.standardError.write("zonebase: refused \(path): \(reason)\n")
                }
                progress.update(done: summary.done, bytes: summary.bytes)
            }
        }
        progress.finish()
        OutputStream.standardOutput.write(summary.line(database: DatabaseLocation.redacted(store.path)))
        if summary.refused > 0 { throw ExitCode(1) }
    }

    private static func prepare(_ files: [URL], jobs: Int, store: any KnowledgeBase) async -> [Prepared] {
        await withTaskGroup(of: (Int, Prepared).self) { group in
            var results = [Prepared?](repeating: nil, count: files.count)
            var next = 0
            func submit() {
                let index = next
                let file = files[index]
                group.addTask { (index, await prepare(file, store: store)) }
                next += 1
            }
            while next < min(jobs, files.count) { submit() }
            for await (index, result) in group {
                results[index] = result
                if next < files.count { submit() }
            }
            return results.compactMap { $0 }
        }
    }

    private static func prepare(_ file: URL, store: any KnowledgeBase) async -> Prepared {
        var size = 0
        do {
            let bytes = try FileReader.read(file.path, limit: DocumentFiles.maximumBytes)
            size = bytes.count
            let hash = ContentHash.sha256Hex(bytes)
            // Content already stored: no need to extract it again.
            if (try? await store.containsContent(hash)) == true { return .alreadyStored(bytes: size) }
            let decoded = try DocumentDecoder().decode(bytes)
            let id = DocumentFiles.documentID(of: file)
            let facts = Extractor().extract(decoded, documentID: id)
            return .document(DocumentInput(
                id: id, source: file.path, contentHash: hash,
                text: String(decoding: decoded.utf8, as: UTF8.self), facts: facts, extractorVersion: Extractor.version),
                bytes: size)
        } catch {
            return .refused(path: file.path, reason: "\(error)", bytes: size)
        }
    }
}

/// What an ingest run did, for its closing line.
struct IngestSummary {
    let total: Int
    var new = 0, updated = 0, unchanged = 0, refused = 0, facts = 0, bytes = 0
    var done: Int { new + updated + unchanged + refused }

    mutating func record(_ result: IngestResult, bytes: Int) {
        self.bytes += bytes
        switch result {
        case .new(let count): new += 1; facts += count
        case .updated(let count): updated += 1; facts += count
        case .unchanged: unchanged += 1
        }
    }

    func line(database: String) -> String {
        "\(total) documents: \(new) new, \(updated) updated, \(unchanged) unchanged, \(refused) refused; "
            + "\(facts) facts stored in \(database)\n"
    }
}
