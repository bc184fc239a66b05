import ArgumentParser
import Foundation
import Testing
@testable import ZonebaseCLI
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseTestSupport

@Suite struct CommandTests {
    @Test func extractParsesPathsFormatAndExplain() throws {
        let command = try ZonebaseCommand.parseAsRoot(["extract", "--format", "table", "--explain", "a.txt", "docs"])
        let extract = try #require(command as? ExtractCommand)
        #expect(extract.paths == ["a.txt", "docs"])
        #expect(extract.format == .table)
        #expect(extract.explain)
    }

    @Test func extractWithoutPathsIsAUsageError() {
        #expect(throws: (any Error).self) { try ZonebaseCommand.parseAsRoot(["extract"]) }
        #expect(ZonebaseCommand.exitCode(for: ValidationError("x")) == .validationFailure)
    }

    @Test func unknownFormatIsRejected() {
        #expect(throws: (any Error).self) { try ZonebaseCommand.parseAsRoot(["extract", "--format", "xml", "a"]) }
    }

    @Test func explainShowsTheMeasureAndWhereThePeriodCameFrom() {
        let text = """
            Review of the Hexi Cargo Park in 2021

            Its general public budget revenue reached 1.8 billion yuan.
            """
        let facts = Extractor().extract(text: text, documentID: "hexi")
        let rendered = facts.facts.map { ExplainRenderer.render($0, documentID: "hexi") }.joined()
        #expect(rendered.contains("measure \"general public budget revenue\"; period 2021 from the title"))
        #expect(rendered.contains("[[1.8 billion yuan]]"))
    }

    @Test func helpExplainsFormatsAndExitStatus() {
        let help = ExtractCommand.helpMessage(columns: 100)
        #expect(help.contains("Exit status: 0 when every input was read, 1 when some were refused"))
        #expect(help.contains("--explain"))
        #expect(help.contains("--format"))
    }
}

@Suite struct DocumentFilesTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func foldersAreSearchedRecursivelyForTextAndHTML() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for name in ["a.txt", "b/page.html", "b/c/notes.md", "b/image.png", "b/c/data.json"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = try DocumentFiles.expand([folder.path]).map(\.lastPathComponent)
        #expect(files == ["a.txt", "notes.md", "page.html"])  // sorted by path: b/c/notes.md < b/page.html
    }

    @Test func symlinksLeavingTheFolderAreNotFollowed() throws {
        let folder = try temporaryFolder()
        let outside = try temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data("x".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("inside.txt"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("escape.txt"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        #expect(try DocumentFiles.expand([folder.path]).map(\.lastPathComponent) == ["inside.txt"])
    }

    @Test func aMissingPathIsReportedByName() {
        #expect(throws: CLIError.self) { try DocumentFiles.expand(["/no/such/zonebase/path"]) }
        #expect(DocumentFiles.documentID(of: URL(fileURLWithPath: "/x/000_72e7.txt")) == "000_72e7")
    }
}

/// The `zonebase` binary `swift test` built beside the tests.
private let builtBinary = Fixtures.builtBinary

/// Runs the built `zonebase` binary end to end: exit statuses and JSON Lines output.
@Suite(.enabled(if: builtBinary != nil, "no built zonebase binary under .build: process tests skipped"))
struct ExtractProcessTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try Fixtures.runZonebase(arguments)
    }

    @Test func samplesExtractAsJSONLinesWithStatusZero() throws {
        let result = try run(["extract", Fixtures.samplesFolder.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count > 20)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["doc"] != nil && object?["kind"] != nil)
        }
    }

    @Test func refusedInputsGiveStatusOneAndUsageErrorsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data("The zone covers 8.05 square kilometers.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        let refused = try run(["extract", folder.path])
        #expect(refused.status == 1)
        #expect(refused.error.contains("binary.txt") && refused.error.contains("binary data"))
        #expect(refused.output.contains("\"value\":8.05"))
        #expect(try run(["extract"]).status == 2)
        #expect(try run(["extract", "/no/such/path"]).status == 2)
    }

    @Test func aDatabaseThatCannotBeOpenedExitsThreeWithoutAUsageBanner() throws {
        // `ingest` creates a knowledge base, but not in a folder that does not exist.
        let result = try run(["ingest", "--db", "/no/such/folder/zonebase.sqlite", Fixtures.samplesFolder.path])
        #expect(result.status == 3)
        #expect(result.error.contains("cannot open the database /no/such/folder/zonebase.sqlite"))
        #expect(result.error.contains("--db"))
        #expect(!result.error.contains("Usage:"))
    }

    @Test func ingestTwiceThenShowAZone() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        let first = try run(["ingest", "--db", database, Fixtures.samplesFolder.path])
        #expect(first.status == 0)
        #expect(first.output.contains("5 new, 0 updated, 0 unchanged, 0 refused"))
        let second = try run(["ingest", "--db", database, Fixtures.samplesFolder.path])
        #expect(second.output.contains("0 new, 0 updated, 5 unchanged, 0 refused; 0 facts"))
        let show = try run(["show", "--db", database, "--format", "table", "leshan"])
        #expect(show.status == 0)
        #expect(show.output.contains("2012-08-28  national_approval by State Council"))
        #expect(show.output.contains("2011/2015  revenue level at_least 100000000000 CNY"))
        let zones = try run(["zones", "--db", database, "--format", "csv", "--province", "Sichuan"])
        #expect(zones.output.hasPrefix("id,name,type,level,province,city,parent,documents"))
        #expect(zones.output.contains("Luzhou Hi-tech Industrial Development Zone"))
        #expect(try run(["zones", "--db", database, "--level", "galactic"]).status == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try run(["export", "--db", database, "--out", folder.path])
        #expect(export.status == 0)
        let figures = try String(contentsOf: folder.appendingPathComponent("figures.csv"), encoding: .utf8)
        #expect(figures.hasPrefix("zone,subject,metric,value,unit,aspect,status,bound,period,conversion,document,quote,sentence"))
        #expect(figures.contains("kunming-2011,108.86 billion yuan"))
        let search = try run(["search", "--db", database, "--format", "csv", "Baiyin"])
        #expect(search.output.contains("baiyin-profile"))
        let atlantis = try run(["show", "--db", database, "Atlantis"])
        #expect(atlantis.status == 1, "a zone that is not there is no usage error")
        #expect(!atlantis.error.contains("Usage:"))
    }

    @Test func showFindsAZoneByItsChineseAndEnglishNames() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        #expect(try run(["ingest", "--db", database, Fixtures.samplesFolder.path, Fixtures.chineseSamplesFolder.path]).status == 0)
        for name in ["乐山高新区", "Leshan", "乐山高新技术产业开发区"] {
            let show = try run(["show", "--db", database, "--format", "table", name])
            #expect(show.status == 0, "show \(name): \(show.error)")
            // Both names, and the facts of both languages (the English page's 44.53 billion, the Chinese 172.8亿).
            #expect(show.output.contains("乐山高新区") && show.output.contains("Leshan Hi-tech Industrial Park"), "show \(name)")
            #expect(show.output.contains("leshan-zh") && show.output.contains("leshan-upgrade"), "show \(name)")
        }
        let search = try run(["search", "--db", database, "--format", "csv", "高新区"])
        #expect(search.output.contains("leshan-zh"))
        #expect(search.output.contains("[高新区]"))
    }

    @Test func badFilesAmongGoodOnesAreReportedOnceAndNothingIsLost() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-mixed-\(UUID().uuidString)")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-outside-\(UUID().uuidString).txt")
        let database = folder.path + ".sqlite"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        for name in ["baiyin-profile.txt", "kunming-2011.html"] {
            try Data(try Fixtures.sample(name)).write(to: folder.appendingPathComponent(name))
        }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]).write(to: folder.appendingPathComponent("program.txt"))
        try Data((0..<300).map { UInt8(0x80 + $0 % 64) }).write(to: folder.appendingPathComponent("garbled.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("not-a-file.txt"), withIntermediateDirectories: true)
        try Data("The zone covers 9 square kilometers.".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("escape.txt"), withDestinationURL: outside)

        let result = try run(["ingest", "--db", database, folder.path])
        #expect(result.status == 1)
        #expect(result.output.contains("3 new, 0 updated, 0 unchanged, 3 refused"))  // two samples and the empty file
        for name in ["program.txt", "garbled.txt", "not-a-file.txt"] {
            #expect(result.error.components(separatedBy: name).count == 2, "\(name) reported once")
        }
        #expect(!result.error.contains("escape.txt") && !result.output.contains("escape"))
        let show = try run(["show", "--db", database, "--format", "json", "Baiyin"])
        #expect(show.output.contains("8.05"))
    }
}
