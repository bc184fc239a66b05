public import ArgumentParser
import ZonebaseStorage

/// The root of the `zonebase` command tree.
public struct ZonebaseCommand: AsyncParsableCommand {
    /// The command's name, help texts and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "zonebase",
        abstract: "Turn documents about China's development zones into facts you can check.",
        discussion: """
            Zonebase reads news reports, government notices and investment profiles (English text or \
            HTML; UTF-8, UTF-16 or GB18030) and extracts the zones they name, dated events in each zone's \
            life, leading industries, and figures with metric, value, unit, period and subject, each \
            pointing at the exact text it came from.
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, IngestCommand.self, ZonesCommand.self, ShowCommand.self, FiguresCommand.self,
            SearchCommand.self, DocumentsCommand.self, ExportCommand.self, SeriesCommand.self, TargetsCommand.self, ConflictsCommand.self,
            CheckCommand.self, RankCommand.self, IndustriesCommand.self, ServeCommand.self,
        ]
    )

    /// Creates the root command (ArgumentParser calls this when parsing).
    public init() {}
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ZonebaseCommand {
    /// Parses the process's arguments and runs the chosen command. Usage errors exit with status 2
    /// (ArgumentParser's default is 64), so scripts can tell them from refused inputs (status 1); a
    /// knowledge base that cannot be opened exits with 3 (see ``StoreErrorReport``).
    public static func runAsMain() async {
        #if canImport(Glibc)
        // glibc hands freed memory back to the kernel eagerly (per-thread arenas trimmed with
        // madvise); extraction allocates and frees a little per document, so every document then
        // page-faults its memory in again. Keeping up to 256 MB around made ingest 1.6x faster here.
        _ = glibcMallopt(-1, 256 << 20)  // M_TRIM_THRESHOLD
        _ = glibcMallopt(-2, 64 << 20)  // M_TOP_PAD
        #endif
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            // Not a usage error: the message alone, no usage banner.
            OutputStream.standardError.write("zonebase: \(error.description)\n")
            Platform.terminate(1)
        } catch let error as StoreError {
            OutputStream.standardError.write(StoreErrorReport.message(error))
            Platform.terminate(StoreErrorReport.exitStatus(error))
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                OutputStream.standardError.write(fullMessage(for: error) + "\n")
                Platform.terminate(2)
            }
            exit(withError: error)
        }
    }
}

#if canImport(Glibc)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
