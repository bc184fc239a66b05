import ArgumentParser
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// `zonebase check`: consistency rules over the stored facts, and claims of order and count
/// checked against the registry.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the stored facts against consistency rules and the registry of national zones.",
        discussion: """
            Rules: added value within output value, high-tech enterprises within enterprises, shares at most \
            100 %, stated growth matching the levels, national approval after founding, currency restatements \
            near a real exchange rate. Claims such as "the fourth national high-tech zone in Sichuan" or "one \
            of 178 national high-tech zones" are confirmed, contradicted or unverifiable. \
            Exit status: 0 when no rule is broken and no claim contradicted, 1 otherwise.
            """)

    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    /// What `check` found, for JSON.
    struct Report: Encodable {
        var violations: [Violation]
        var claims: [Claim]
    }

    func run() async throws {
        let database = try await store.open()
        let report = try await QueryClock.measure("check") {
            let counting = try await ArticleCounting.of(database)
            let figures = counting.observations(try await database.figures(FigureFilter()))
            let events = counting.events(try await database.allEvents())
            let provinces = Set(ReferenceRegistry.bundled.entries.map(\.province))
            let claims = try await database.documentTexts(containing: "national").flatMap { ClaimFinder.claims(in: $0, provinces: provinces) }
            return Report(
                violations: Checker.check(figures: figures, events: events),
                claims: ClaimChecker.check(claims, registry: .bundled))
        }
        var rows = report.violations.map { violation in
            [violation.severity.rawValue, violation.rule, violation.subject.name, violation.detail,
             (violation.figures.map(\.source) + violation.events.map(\.source)).map { "\($0.document): \"\($0.quote)\"" }.joined(separator: "; ")]
        }
        rows += report.claims.map { claim in
            ["claim", claim.verdict.rawValue, claim.source.document, claim.explanation, "\"\(claim.source.quote)\""]
        }
        try AnalysisFormatting.write(report, header: ["severity", "rule", "subject", "detail", "sources"], rows: rows, format: format)
        if !report.violations.isEmpty || report.claims.contains(where: { $0.verdict == .contradicted }) { throw ExitCode(1) }
    }
}
