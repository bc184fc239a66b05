import Foundation
import Testing
import ZonebaseStorage
import ZonebaseTestSupport

/// Kill -9 an ingest midway: the database stays consistent, and running it again gives exactly what
/// a clean run gives.
@Suite(.enabled(if: Fixtures.builtBinary != nil, "no built zonebase binary: crash test skipped"))
struct CrashTests {
    private let binary = Fixtures.builtBinary ?? URL(fileURLWithPath: "/nonexistent")

    private func corpus(count: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }.sorted()
        let texts = try names.map { String(decoding: try Fixtures.sample($0), as: UTF8.self) }
        for index in 0..<count {
            // Vary years and amounts so every document is new content.
            let text = texts[index % texts.count].replacingOccurrences(of: "2011", with: String(1990 + index % 40))
                + "\n\nThe zone signed \(index + 2) new projects.\n"
            try text.write(to: folder.appendingPathComponent(String(format: "doc%05d.txt", index)), atomically: false, encoding: .utf8)
        }
        return folder
    }

    private func ingest(_ folder: URL, into database: String, killAfter delay: Double? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", "--db", database, folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func killedIngestLeavesAConsistentDatabaseAndFinishesOnRerun() async throws {
        let folder = try corpus(count: 600)
        let temporary = FileManager.default.temporaryDirectory
        let crashed = temporary.appendingPathComponent("zonebase-crashed-\(UUID().uuidString).sqlite").path
        let clean = temporary.appendingPathComponent("zonebase-clean-\(UUID().uuidString).sqlite").path
        defer {
            try? FileManager.default.removeItem(at: folder)
            for path in [crashed, clean] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        // Given an ingest killed midway
        _ = try ingest(folder, into: crashed, killAfter: 0.8)
        let halfway = try SQLiteFactStore(path: crashed)
        let stored = try await halfway.counts().documents
        #expect(try await halfway.consistencyProblems().isEmpty)
        // When it runs again, and a clean run runs elsewhere
        #expect(try ingest(folder, into: crashed) == 0)
        #expect(try ingest(folder, into: clean) == 0)
        // Then both hold exactly the same
        let finished = try SQLiteFactStore(path: crashed)
        #expect(try await finished.counts().documents == 600)
        #expect(try await finished.contentDigest() == (try await SQLiteFactStore(path: clean).contentDigest()))
        #expect(stored < 600, "the kill came after the ingest ended: stored \(stored)")
    }
}
