import Foundation
import Testing
@testable import ZonebaseCLI
import ZonebaseStorage
import ZonebaseTestSupport

/// The pipeline in-process: what happens when the files change under it.
@Suite struct IngestPipelineTests {
    @Test func aFileThatVanishesAfterListingIsRefusedAndTheOthersAreStored() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-vanish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }
        for name in names { try Data(try Fixtures.sample(name)).write(to: folder.appendingPathComponent(name)) }
        // Given a listing, and one listed file deleted before it is read
        let files = try DocumentFiles.expandArguments([folder.path])
        let vanished = try #require(files.first)
        try FileManager.default.removeItem(at: vanished)
        let store = try SQLiteFactStore()
        var refusals: [String: String] = [:]
        // When the listing is ingested
        let summary = await IngestPipeline(store: store, jobs: 2).ingest(files) { event in
            if case .refused(let path, let reason) = event { refusals[path] = reason }
        }
        // Then that file is refused by name, with the reason, and every other one is stored
        #expect(summary.refused == 1 && summary.new == names.count - 1)
        #expect(refusals[vanished.path]?.contains("No such file") == true, "\(refusals)")
        #expect(try await store.counts().documents == names.count - 1)
        #expect(try await store.consistencyProblems().isEmpty)
    }
}
