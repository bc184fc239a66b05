import ArgumentParser
import ZonebaseAnalysis
import ZonebaseStorage

/// `zonebase industries`: leading industries as written, with their strategic category.
struct IndustriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "industries",
        abstract: "List zones' leading industries as written, each with its strategic emerging industry category.",
        discussion: "zonebase industries --category \"new energy\" answers which zones lead in new energy.")

    @Option(help: "Only this category.") var category: IndustryCategory?
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func validate() throws {
    }

    /// An industry with its category, for JSON.
    struct Entry: Encodable {
        var zoneID: Int64
        var zone: String
        var industry: String
        var category: IndustryCategory
        var document: String
    }

    func run() async throws {
        let entries = try await store.open().allIndustries()
            .map { Entry(zoneID: $0.zoneID, zone: $0.zone, industry: $0.name, category: IndustryCategory(industry: $0.name), document: $0.document) }
            .filter { category == nil || $0.category == category }
        try AnalysisFormatting.write(
            entries, header: ["zone", "industry", "category", "document"],
            rows: entries.map { [$0.zone, $0.industry, $0.category.rawValue, $0.document] }, format: format)
    }
}
