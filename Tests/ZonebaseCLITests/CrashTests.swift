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

    /// 600 documents keep the suite at seconds; `ZONEBASE_CRASH_DOCUMENTS=3000` (as `.ci/run` sets it)
    /// runs the same test on a few thousand.
    private var count: Int {
        ProcessInfo.processInfo.environment["ZONEBASE_CRASH_DOCUMENTS"].flatMap(Int.init) ?? 600
    }

    @Test func killedIngestLeavesAConsistentDatabaseAndFinishesOnRerun() async throws {
        let count = self.count
        let folder = try corpus(count: count)
        let temporary = FileManager.default.temporaryDirectory
        let crashed = temporary.appendingPathComponent("zonebase-crashed-\(UUID().uuidString).sqlite").path
        let clean = temporary.appendingPathComponent("zonebase-clean-\(UUID().uuidString).sqlite").path
        defer {
            try? FileManager.default.removeItem(at: folder)
            for path in [crashed, clean] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        // Given a clean run, timed, and an ingest killed halfway through that time
        let started = Date()
        #expect(try ingest(folder, into: clean) == 0)
        let duration = Date().timeIntervalSince(started)
        _ = try ingest(folder, into: crashed, killAfter: duration / 2)
        let halfway = try SQLiteFactStore(path: crashed)
        let stored = try await halfway.counts().documents
        #expect(try await halfway.consistencyProblems().isEmpty)
        // When it runs again
        #expect(try ingest(folder, into: crashed) == 0)
        // Then it holds exactly what the clean run holds
        let finished = try SQLiteFactStore(path: crashed)
        #expect(try await finished.counts().documents == count)
        #expect(try await finished.contentDigest() == (try await SQLiteFactStore(path: clean).contentDigest()))
        #expect(stored < count, "the kill came after the ingest ended: stored \(stored)")
    }
}
