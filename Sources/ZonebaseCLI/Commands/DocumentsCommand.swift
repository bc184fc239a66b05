import ArgumentParser
import Foundation
import ZonebaseAnalysis
import ZonebaseStorage

/// `zonebase documents`: the stored documents; `--copies`: the clusters of copies of one article.
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the stored documents, or (--copies) the clusters of copies of one article.",
        discussion: "A cluster's first line is the document that stands for it, by the rule: \(CopyCluster.rule).")

    @Flag(help: "List the clusters of copies: each cluster's canonical document, then its copies with how similar they are.")
    var copies = false
    @Option(help: "table (default on a terminal), json or csv.") var format: QueryFormat?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.open()
        let format = self.format ?? (OutputStream.standardOutput.isTerminal ? .table : .json)
        let header = ["cluster", "role", "id", "published", "address", "similarity", "title"]
        var rows: [[String]] = []
        if copies {
            let clusters = CopyCluster.clusters(try await database.copies())
            if format == .json { return OutputStream.standardOutput.write(try JSONOutput.encode(clusters)) }
            for cluster in clusters {
                rows.append(Self.row(cluster.id, "canonical", cluster.canonical))
                rows += cluster.copies.map { Self.row(cluster.id, "copy", $0) }
            }
        } else {
            let documents = try await database.documents(limit: Int.max >> 1, offset: 0)
            if format == .json { return OutputStream.standardOutput.write(try JSONOutput.encode(documents)) }
            rows = documents.map { Self.row($0.cluster ?? "", $0.cluster == nil ? "" : $0.copyOf == nil ? "first" : "copy", $0) }
        }
        switch format {
        case .csv: OutputStream.standardOutput.write(TextTable.csv(header: header, rows: rows))
        default: OutputStream.standardOutput.write(TextTable.render(header: header, rows: rows))
        }
    }

    private static func row(_ cluster: String, _ role: String, _ document: DocumentSummary) -> [String] {
        [cluster, role, document.id, document.published ?? "", document.address ?? "",
         document.copySimilarity.map { String(format: "%.2f", $0) } ?? "", String((document.title ?? "").prefix(60))]
    }
}
