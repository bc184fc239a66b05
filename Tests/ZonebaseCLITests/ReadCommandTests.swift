import Foundation
import Testing
import ZonebaseTestSupport

/// What the read commands do with what a user gets wrong, and what `export` writes where.
@Suite(.enabled(if: Fixtures.builtBinary != nil, "no built zonebase"))
struct ReadCommandTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try Fixtures.runZonebase(arguments)
    }

    /// A fresh knowledge base holding `folder`'s documents, removed by the caller.
    private func knowledgeBase(_ folder: URL) throws -> String {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-\(UUID().uuidString).sqlite").path
        let ingest = try run(["ingest", "--db", database, folder.path])
        #expect(ingest.status == 0, "ingest: \(ingest.error)")
        return database
    }

    private func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }

    @Test func aReadCommandRefusesAKnowledgeBaseThatDoesNotExistAndCreatesNone() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-missing-\(UUID().uuidString).sqlite").path
        for command in [["zones"], ["figures"], ["show", "Leshan"], ["export", "--format", "json"], ["targets"]] {
            let result = try run(command + ["--db", missing])
            #expect(result.status == 1, "\(command): \(result.error)")
            #expect(result.error.contains("no knowledge base at \(missing); create one with `zonebase ingest"), "\(command)")
            #expect(!result.error.contains("Usage:"), "\(command)")
            #expect(!FileManager.default.fileExists(atPath: missing), "\(command) created the file")
        }
    }

    @Test func aMisspeltZoneOrProvinceGetsTheNamesItMayMean() throws {
        let database = try knowledgeBase(Fixtures.samplesFolder)
        defer { remove(database) }
        let zone = try run(["show", "--db", database, "Leshn"])
        #expect(zone.status == 1)
        #expect(zone.error.contains("no zone named \"Leshn\"; did you mean \"Leshan"), "\(zone.error)")
        #expect(!zone.error.contains("Usage:"))
        let chinese = try run(["show", "--db", database, "Luzhuo Hi-tech Industrial Development Zone"])
        #expect(chinese.error.contains("did you mean \"Luzhou Hi-tech Industrial Development Zone\""), "\(chinese.error)")
        let province = try run(["zones", "--db", database, "--province", "Sichaun"])
        #expect(province.status == 1)
        #expect(province.error.contains("no zone is in a province named \"Sichaun\"; did you mean \"Sichuan\"?"), "\(province.error)")
        let far = try run(["show", "--db", database, "Atlantis"])
        #expect(far.error.contains("no zone named \"Atlantis\"; list them with `zonebase zones`"), "nothing close: no suggestion")
    }

    @Test func exportWritesOneDocumentOrOneTableToStandardOutput() throws {
        let database = try knowledgeBase(Fixtures.samplesFolder)
        defer { remove(database) }
        let json = try run(["export", "--db", database, "--format", "json"])
        #expect(json.status == 0)
        let everything = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(Set(everything.keys) == ["zones", "events", "figures"])
        #expect(((everything["figures"] as? [Any])?.count ?? 0) > 10)
        let zones = try run(["export", "--db", database, "--table", "zones"])
        #expect(zones.output.hasPrefix("id,name,type,level,province,city,parent,documents\r\n"))
        #expect(zones.output.contains("Leshan Hi-tech Industrial Park"))
        #expect(try run(["export", "--db", database, "--table", "zones", "--format", "json"]).status == 2)
    }

    @Test func everyCSVExportDefusesSpreadsheetFormulas() throws {
        // Written for this test: a sentence that a spreadsheet would run as a formula if written as it is.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zonebase-formula-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            Nanxi Economic Development Zone was set up in 2003.
            -In 2020 the output value of Nanxi Economic Development Zone grew to 12.5 billion yuan.
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("formula.txt"))
        let database = try knowledgeBase(folder)
        defer { remove(database) }
        let out = folder.appendingPathComponent("out")
        #expect(try run(["export", "--db", database, "--out", out.path]).status == 0)
        var csv = ""
        for table in ["zones", "events", "figures"] {
            csv += try String(contentsOf: out.appendingPathComponent("\(table).csv"), encoding: .utf8)
            csv += try run(["export", "--db", database, "--table", table]).output
        }
        csv += try run(["figures", "--db", database, "--format", "csv"]).output
        #expect(csv.contains("12.5 billion yuan"), "the figure was exported")
        #expect(csv.contains("'-In 2020 the output value"), "its sentence, which starts with a minus, written as text")
        // No field, quoted or not, starts with a formula character.
        for line in csv.split(separator: "\n") {
            for field in line.split(separator: ",", omittingEmptySubsequences: false) {
                let value = field.hasPrefix("\"") ? field.dropFirst() : field[...]
                #expect(!(value.first.map { "=+-@".contains($0) } ?? false), "a field starts a formula: \(line)")
            }
        }
    }
}
