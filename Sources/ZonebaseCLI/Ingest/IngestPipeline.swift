import Foundation
import ZonebaseExtraction
import ZonebaseIngest
import ZonebaseModel
import ZonebaseStorage

/// Reads, extracts and stores files: a group of files is extracted in parallel while the previous
/// group is stored, and groups are stored in file order, so the result does not depend on `jobs`.
struct IngestPipeline: Sendable {
    /// What happened to a file, as it happens.
    enum Event {
        /// The file could not be read or decoded (it vanished, is binary, is too large…).
        case refused(path: String, reason: String)
        /// The file was extracted but the store refused its facts.
        case notStored(path: String, error: any Error)
        /// Files done so far and their bytes.
        case progress(done: Int, bytes: Int)
    }

    /// One file read and extracted, or why not.
    private enum Prepared: Sendable {
        case document(DocumentInput, bytes: Int)
        case alreadyStored(bytes: Int)
        case refused(path: String, reason: String, bytes: Int)
    }

    let store: any KnowledgeBase
    let jobs: Int
    /// The addresses the documents were published at, by file (``SourceAddresses``).
    var addresses = SourceAddresses()

    /// Ingests `files`, in order, reporting each refusal and the progress to `report`.
    func ingest(_ files: [URL], report: (Event) -> Void) async -> IngestSummary {
        var summary = IngestSummary(total: files.count)
        // Groups of at least 32: each group is one commit and one full-text segment.
        let groupSize = max(32, jobs * 8)
        let groups = stride(from: 0, to: files.count, by: groupSize).map {
            Array(files[$0..<min(files.count, $0 + groupSize)])
        }
        var next: Task<[Prepared], Never>? = groups.first.map { group in Task { await prepare(group) } }
        for index in groups.indices {
            guard let current = next else { break }
            let prepared = await current.value
            next = index + 1 < groups.count ? Task { [group = groups[index + 1]] in await prepare(group) } : nil
            let inputs = prepared.compactMap { item -> DocumentInput? in
                if case .document(let input, _) = item { return input } else { return nil }
            }
            var stored = await store.ingest(inputs).makeIterator()
            for item in prepared {
                switch item {
                case .document(let input, let bytes):
                    switch stored.next() {
                    case .success(let result)?:
                        summary.record(result, bytes: bytes)
                        if result != .unchanged { summary.omitted += DocumentLimits.omittedFacts(input.facts) }
                    case .failure(let error)?:
                        summary.refused += 1
                        summary.bytes += bytes
                        report(.notStored(path: input.source, error: error))
                    case nil:
                        preconditionFailure("the store answers once per document")
                    }
                case .alreadyStored(let bytes):
                    summary.record(.unchanged, bytes: bytes)
                case .refused(let path, let reason, let bytes):
                    summary.refused += 1
                    summary.bytes += bytes
                    report(.refused(path: path, reason: reason))
                }
                report(.progress(done: summary.done, bytes: summary.bytes))
            }
        }
        return summary
    }

    private func prepare(_ files: [URL]) async -> [Prepared] {
        await withTaskGroup(of: (Int, Prepared).self) { group in
            var results = [Prepared?](repeating: nil, count: files.count)
            var next = 0
            func submit() {
                let index = next
                let file = files[index]
                group.addTask { (index, await prepare(file)) }
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

    private func prepare(_ file: URL) async -> Prepared {
        var size = 0
        do {
            let bytes = try FileReader.read(file.path, limit: DocumentFiles.maximumBytes)
            size = bytes.count
            let ingester = DocumentIngester(store: store)
            // Content already stored: no need to extract it again.
            if (try? await ingester.isStored(bytes)) == true { return .alreadyStored(bytes: size) }
            let id = DocumentFiles.documentID(of: file)
            return .document(try ingester.prepare(bytes, id: id, source: file.path, address: addresses.address(of: file)), bytes: size)
        } catch {
            return .refused(path: file.path, reason: "\(error)", bytes: size)
        }
    }
}

/// What an ingest run did, for its closing line.
struct IngestSummary: Sendable {
    let total: Int
    var new = 0, updated = 0, unchanged = 0, refused = 0, facts = 0, bytes = 0
    /// Facts beyond the limit a document (``DocumentLimits/factsPerDocument``), not stored.
    var omitted = 0
    /// Documents found to be copies of one already stored.
    var copies = 0
    var done: Int { new + updated + unchanged + refused }

    mutating func record(_ result: IngestResult, bytes: Int) {
        self.bytes += bytes
        switch result {
        case .new(let count, let copyOf): new += 1; facts += count; copies += copyOf == nil ? 0 : 1
        case .updated(let count, let copyOf): updated += 1; facts += count; copies += copyOf == nil ? 0 : 1
        case .unchanged: unchanged += 1
        }
    }

    func line(database: String) -> String {
        "\(total) documents: \(new) new, \(updated) updated, \(unchanged) unchanged, \(refused) refused; "
            + "\(facts) facts stored in \(database); \(copies) \(copies == 1 ? "copy" : "copies") of documents already stored"
            + (omitted > 0 ? "; \(omitted) facts beyond the limit of \(DocumentLimits.factsPerDocument) a document not stored" : "")
            + "\n"
    }
}
