import ArgumentParser
import Foundation
import Hummingbird
import ZonebaseServer
import ZonebaseStorage

/// `zonebase serve`: the web pages and the JSON API over a knowledge base.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve zone profiles, documents and the JSON API (/api/v1, described at /api/v1/openapi.json).",
        discussion: """
            --demo ingests the bundled sample documents (./Samples, or --samples) into a fresh database \
            and serves it. Reads are public; POST /api/v1/documents needs Authorization: Bearer \
            $ZONEBASE_TOKEN, and is refused when ZONEBASE_TOKEN is not set.
            """)

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Flag(help: "Serve the bundled sample documents from a fresh database.") var demo = false
    @Flag(help: "Answer every request from the store, never from kept answers (to measure what a request costs).")
    var noResponseCache = false
    @Option(help: "With --demo: the folder of sample documents.") var samples = "Samples"
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let database: any KnowledgeBase
        if demo {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: samples, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("no sample folder at \(samples); run from the project folder or give --samples PATH")
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-demo-\(UUID().uuidString).sqlite").path
            database = try SQLiteFactStore(path: path)
            let files = try DocumentFiles.expandArguments([samples])
            let summary = await IngestPipeline(store: database, jobs: 2).ingest(files) { _ in }
            OutputStream.standardError.write("zonebase: demo database \(path): " + summary.line(database: path))
        } else {
            database = try await store.open()
        }
        let configuration = ServerConfiguration(
            host: host, port: port, writeToken: ProcessInfo.processInfo.environment["ZONEBASE_TOKEN"], cachesResponses: !noResponseCache)
        let application = try await ZonebaseApplication.make(store: database, configuration: configuration)
        OutputStream.standardError.write("zonebase: serving on http://\(host):\(port)/ (API: /api/v1, Ctrl-C stops)\n")
        try await application.runService()
    }
}
