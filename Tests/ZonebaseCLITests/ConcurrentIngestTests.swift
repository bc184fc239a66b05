import Foundation
import Testing
import ZonebaseStorage
import ZonebaseTestSupport

/// The PostgreSQL URL the tests may use, when this build has PostgreSQL.
private let postgresURL: String? = {
    #if Postgres
    return ProcessInfo.processInfo.environment["ZONEBASE_TEST_POSTGRES_URL"]
    #else
    return nil
    #endif
}()

/// Two ingest processes writing into one PostgreSQL database at once over the same folder store
/// each document once, and the copies among them in the clusters one process alone would form.
@Suite(.enabled(if: postgresURL != nil && Fixtures.builtBinary != nil,
                "PostgreSQL not configured (build with --traits Postgres and set ZONEBASE_TEST_POSTGRES_URL): concurrent-ingest test skipped"))
struct ConcurrentIngestTests {
    @Test func twoProcessesStoreEachDocumentOnceAndEachCopyInItsCluster() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samplesFolder.path).filter { !$0.hasSuffix(".jsonl") }.sorted()
        for index in 0..<120 {
            let text = String(decoding: try Fixtures.sample(names[index % names.count]), as: UTF8.self) + "\n\nReport \(index).\n"
            try text.write(to: folder.appendingPathComponent("doc\(index).txt"), atomically: false, encoding: .utf8)
        }
        let base = try #require(postgresURL)
        let url = base + (base.contains("?") ? "&" : "?") + "schema=c_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        guard let binary = Fixtures.builtBinary else { throw FixtureError("no zonebase binary") }
        let processes = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["ingest", "--db", url, folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #if Postgres
        let store = try await PostgresFactStore(url: url)
        #expect(try await store.counts().documents == 120)
        #expect(try await store.findZones("Leshan").count == 1)
        let single = try await Backend.singleRun(folder: folder, binary: binary)
        #expect(try await store.contentDigest() == single.digest)
        // Every document is a copy of one sample with a line added: one cluster a sample, however
        // the two processes interleaved.
        let clusters = try await Backend.clusters(of: store)
        #expect(clusters == single.clusters)
        #expect(clusters.count == names.count, "\(clusters.count) clusters")
        for cluster in clusters {
            let samples = Set(cluster.map { (Int($0.dropFirst(3)) ?? -1) % names.count })
            #expect(samples.count == 1, "a cluster mixes copies of different samples: \(cluster.sorted())")
        }
        #endif
    }
}

#if Postgres
private enum Backend {
    /// The digest and the clusters of copies of the same folder ingested by one process into a fresh schema.
    static func singleRun(folder: URL, binary: URL) async throws -> (digest: String, clusters: Set<Set<String>>) {
        let base = try #require(postgresURL)
        let url = base + (base.contains("?") ? "&" : "?") + "schema=s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ingest", "--db", url, folder.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let store = try await PostgresFactStore(url: url)
        return (try await store.contentDigest(), try await clusters(of: store))
    }

    /// The documents of each cluster of copies in `store`.
    static func clusters(of store: PostgresFactStore) async throws -> Set<Set<String>> {
        Set(Dictionary(grouping: try await store.copies(), by: { $0.cluster ?? "" }).values.map { Set($0.map(\.id)) })
    }
}
#endif
