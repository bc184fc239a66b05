import Foundation

/// Finds the project's own samples and the shared evaluation material from tests, wherever the
/// package is checked out. Framework-agnostic: it returns values and throws, never asserts.
public enum Fixtures {
    /// The package's root folder (the one holding `Package.swift`).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The `zonebase` binary built beside the running tests (`.build/debug`, or the scratch path a
    /// `--traits` build used), or `nil` when there is none.
    public static let builtBinary: URL? = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zonebase")
        let candidates = [besideTests] + [".build/debug/zonebase", ".build/release/zonebase"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The bundled sample documents.
    public static var samplesFolder: URL { packageRoot.appendingPathComponent("Samples") }
    /// The Chinese fixture pages (the project's own sentences) and their gold.
    public static var chineseSamplesFolder: URL { packageRoot.appendingPathComponent("Fixtures/chinese") }

    /// The shared folder beside the checkout (`../shared`), or `ZONEBASE_SHARED` when set; `nil`
    /// when it is not there.
    public static var sharedFolder: URL? {
        let candidates = [
            ProcessInfo.processInfo.environment["ZONEBASE_SHARED"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared"),
        ]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("eval/score.py").path)
        }
    }

    /// The bytes of a sample document, e.g. `sample("baiyin-profile.txt")`.
    public static func sample(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: samplesFolder.appendingPathComponent(name)))
    }

    /// The bytes of a dev-corpus document whose file name starts with `prefix`, or `nil` without `../shared`.
    public static func devDocument(startingWith prefix: String) throws -> (id: String, bytes: [UInt8])? {
        guard let shared = sharedFolder else { return nil }
        let folder = shared.appendingPathComponent("corpus/dev/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else { return nil }
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return ((name as NSString).deletingPathExtension, bytes)
    }

    /// Runs `python3 score.py GOLD PRED --json [--docs …]` and returns its summary
    /// (`figure`, `full`, `event`, `zone`, `industry` → `f1`, `precision`, `recall`).
    public static func score(gold: URL, predictions: String, documents: [String]? = nil) throws -> [String: [String: Double]] {
        guard let shared = sharedFolder else { throw FixtureError("../shared is not there") }
        let predictionsFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("zonebase-predictions-\(UUID().uuidString).jsonl")
        try predictions.write(to: predictionsFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predictionsFile) }
        var arguments = [shared.appendingPathComponent("eval/score.py").path, gold.path, predictionsFile.path, "--json"]
        if let documents { arguments += ["--docs", documents.joined(separator: ",")] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let json = try JSONSerialization.jsonObject(with: output) as? [String: Any]
        else { throw FixtureError("score.py failed with status \(process.terminationStatus)") }
        var summary: [String: [String: Double]] = [:]
        for (kind, value) in json {
            guard let fields = value as? [String: Any] else { continue }
            summary[kind] = fields.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        return summary
    }
}

/// A fixture that could not be found or run.
public struct FixtureError: Error, CustomStringConvertible {
    /// What could not be found or run.
    public var description: String
    /// Creates the error.
    public init(_ description: String) { self.description = description }
}

extension Fixtures {
    /// Runs the built `zonebase` binary with `arguments`: its exit status, standard output and standard error.
    public static func runZonebase(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        guard let binary = builtBinary else { throw FixtureError("no zonebase binary") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
