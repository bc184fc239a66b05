import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ZonebaseTestSupport

/// Debian's Chromium (`.ci/run` installs it) and a demo server, for the browser tests.
enum Browser {
    /// Chromium, when installed.
    static let chromiumPath: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Where screenshots go, for a person to look at.
    static var screenshots: URL { Fixtures.packageRoot.appendingPathComponent(".build/screenshots") }

    /// Runs Chromium headless on `url` with `arguments`, returning standard output.
    static func chromium(_ arguments: [String], _ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromiumPath ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=3000"] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The DOM of `url` after its script ran, and a screenshot of it named `name`.
    static func page(_ url: String, screenshot name: String, height: Int = 1800) throws -> String {
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let png = screenshots.appendingPathComponent("\(name).png")
        _ = try chromium(["--window-size=1200,\(height)", "--screenshot=\(png.path)"], url)
        #expect(FileManager.default.fileExists(atPath: png.path), "\(name) screenshot")
        return try chromium(["--dump-dom"], url)
    }

    static func get(_ url: String) async -> String? {
        guard let url = URL(string: url), let (data, _) = try? await URLSession.shared.data(from: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// `url`'s answer parsed as JSON.
    static func json(_ url: String) async throws -> Any {
        try JSONSerialization.jsonObject(with: Data((await get(url) ?? "").utf8))
    }

    /// Starts `zonebase serve --demo` on `samples` and returns the server and its address.
    static func demoServer(samples: URL) async throws -> (Process, String) {
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = Fixtures.builtBinary
        server.arguments = ["serve", "--demo", "--port", String(port), "--samples", samples.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = await get(base + "/healthz")?.contains("\"ok\"") == true
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        if !ready { server.terminate() }
        try #require(ready, "the server did not answer /healthz")
        return (server, base)
    }
}
