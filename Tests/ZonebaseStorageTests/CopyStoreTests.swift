import Foundation
import Testing
import ZonebaseAnalysis
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseStorage

/// Copies of one article in the store, on both backends: a mirror joins its original's cluster at
/// ingest, an unrelated report does not, and the cluster survives the original being stored again.
@Suite struct CopyStoreTests {
    /// Written for this test: a report on Suzhou Industrial Park in the project's own sentences.
    static let article = """
        Suzhou Industrial Park keeps growing

        Suzhou Industrial Park, a national economic and technological development zone in Jiangsu province, was launched in 1994 \
        as a project of the governments of China and Singapore. In 2021 the gross domestic product of the park reached 333 \
        billion yuan, up from 290.7 billion yuan a year earlier. Its total imports and exports passed 100 billion US dollars, \
        and the park counts more than a hundred projects of companies from the Fortune Global 500 list. It covers 278 square \
        kilometres east of the old city of Suzhou and has ranked first among national economic and technological development \
        zones in the yearly assessment of the Ministry of Commerce for several years in a row.
        """

    @discardableResult
    private func ingest(_ id: String, _ text: String, into store: any KnowledgeBase, address: String? = nil) async throws -> IngestResult {
        var input = DocumentInput(
            id: id, source: id + ".html", contentHash: ContentHash.sha256Hex(Array(text.utf8)), text: text,
            facts: Extractor().extract(text: text, documentID: id), extractorVersion: Extractor.version)
        input.givenAddress = address
        return try await store.ingest(input)
    }

    @Test(arguments: Backend.available)
    func aMirrorJoinsItsOriginalAndAnotherReportDoesNot(backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await ingest("original", Self.article, into: store, address: "https://www.gov.cn/zones/sip-2021.html")
        let mirror = """
            <html><body><ul class="menu"><li><a href="/">Home page</a></li><li><a href="/news">Latest news</a></li></ul>
            <div class="article"><p>\(Self.article.replacingOccurrences(of: "\n\n", with: "</p><p>"))</p></div>
            <div class="footer">Reposted for information only.</div></body></html>
            """
        let result = try await ingest("mirror", mirror, into: store, address: "https://spam-mirror.example.com/a/1.html")
        #expect(result.copyOf == "original")
        let other = """
            Leshan Hi-tech Industrial Park was upgraded to a national high-tech industrial development zone by the State Council \
            on August 28, 2012. The park was set up in 1996 with the approval of the Sichuan provincial government; in 2011 its three \
            leading industries, photovoltaic new energy, electronic information and modern electromechanical manufacturing, \
            achieved an output value of 44.53 billion yuan, and the park was home to 177 industrial enterprises.
            """
        #expect(try await ingest("leshan", other, into: store).copyOf == nil)
        #expect(Set(try await store.copies(inClustersOf: ["mirror"]).map(\.id)) == ["original", "mirror"])
        #expect(Set(try await store.copies(inClustersOf: ["original", "leshan"]).map(\.id)) == ["original", "mirror"])
        #expect(try await store.copies(inClustersOf: ["leshan"]).isEmpty)
        #expect(try await store.copies(inClustersOf: []).isEmpty)
        var clusters = CopyCluster.clusters(try await store.copies())
        #expect(clusters.count == 1)
        #expect(clusters.first?.canonical.id == "original", "the government source stands for the article")
        #expect(clusters.first?.copies.map(\.id) == ["mirror"])
        #expect((clusters.first?.copies.first?.copySimilarity ?? 0) > 0.9)
        // The original stored again with a word changed: replaced, and its copy still in its cluster.
        try await ingest("original", Self.article.replacingOccurrences(of: "keeps growing", with: "grows on"), into: store,
                         address: "https://www.gov.cn/zones/sip-2021.html")
        clusters = CopyCluster.clusters(try await store.copies())
        #expect(Set(clusters.flatMap { [$0.canonical.id] + $0.copies.map(\.id) }) == ["original", "mirror"])
        let summary = try #require(try await store.document("mirror")?.summary)
        #expect(summary.cluster != nil && summary.copyOf == "original")
    }

    @Test(arguments: Backend.available)
    func aFigureRepeatedByThreeCopiesIsOneSourceAndNoCopyContradictsItsOriginal(backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await ingest("original", Self.article, into: store, address: "https://www.gov.cn/zones/sip-2021.html")
        for (index, wrapper) in ["<div class=\"menu\"><a href=\"/\">Home</a></div>", "<p>Share this story</p>", ""].enumerated() {
            var text = "<html><body>\(wrapper)<div class=\"article\"><p>" + Self.article + "</p></div></body></html>"
            // The third copy changed a sentence: its 2021 figure differs from the original's.
            if index == 2 { text = text.replacingOccurrences(of: "reached 333", with: "reached 340") }
            let result = try await ingest("copy\(index)", text, into: store, address: "https://portal\(index).example.com/news.html")
            #expect(result.copyOf != nil, "copy \(index)")
        }
        // An independent report, in other words, that gives another value: a real disagreement.
        try await ingest("independent", """
            Suzhou Industrial Park reported a gross domestic product of 320 billion yuan for 2021, the Jiangsu statistics bureau said \
            in its yearly bulletin on the province's development zones.
            """, into: store)
        let zone = try #require(try await store.findZones("Suzhou Industrial Park").first)
        let rows = try await store.figures(FigureFilter(zoneID: zone.id, metric: .gdp))
        #expect(Set(rows.map(\.figure.document)).isSuperset(of: ["original", "copy0", "copy1", "copy2"]), "every copy's facts stay stored")
        let counting = try await ArticleCounting.of(store)
        let observations = counting.observations(rows)
        let series = SeriesBuilder.series(observations.filter { $0.period == Period(exchange: "2021") && $0.status == .actual })
        let point = try #require(series.first { $0.aspect == .level }?.points.first)
        let fromTheArticle = point.sources.filter { $0.document == "original" }
        #expect(fromTheArticle.count == 1 && fromTheArticle.first?.copies == 3, "one source, repeated by three copies: \(fromTheArticle.map(\.copies)) \(observations.map { ($0.source.document, $0.period?.description ?? "-", $0.status.rawValue, $0.aspect.rawValue, $0.value) })")
        #expect(!point.sources.contains { $0.document.hasPrefix("copy") })
        let conflicts = ConflictFinder.figureConflicts(observations)
        #expect(!conflicts.flatMap { $0.readings.flatMap(\.sources) }.contains { $0.document.hasPrefix("copy") },
                "a copy never disagrees with its original")
        #expect(conflicts.contains { $0.readings.flatMap(\.sources).contains { $0.document == "independent" } },
                "an independent report still does")
    }

    @Test(arguments: Backend.available)
    func aTargetRepeatedByCopiesIsKeptAsOneJudgement(backend: Backend) async throws {
        let store = try await backend.makeStore()
        let plan = Self.article + "\n\nThe park aims to raise its gross domestic product to 500 billion yuan by 2025."
        try await ingest("plan", plan, into: store, address: "https://www.gov.cn/zones/sip-plan.html")
        for index in 0..<2 {
            let copy = "<html><body><p>Shared from wire service \(index + 1)</p><div class=\"article\"><p>" + plan + "</p></div></body></html>"
            #expect(try await ingest("copy\(index)", copy, into: store, address: "https://portal\(index).example.com/a.html").copyOf != nil)
        }
        let judge = TargetEvaluator.keptJudge
        try await store.refreshTargetJudgements(year: 2026, judge: judge)
        let kept = try #require(try await store.targetJudgements(TargetJudgementFilter(), year: 2026, judgeVersion: judge.version))
        let targets = try kept.items.map { try TargetAssessment(kept: $0) }.filter { $0.target.metric == .gdp }
        #expect(targets.count == 1, "one target, though three documents state it")
        #expect(targets.first?.target.source.document == "plan")
        #expect(targets.first?.target.source.copies == 2)
    }

    @Test(arguments: Backend.available)
    func aPageFromTheSameTemplateAboutAnotherZoneKeepsItsOwnFigures(backend: Backend) async throws {
        let store = try await backend.makeStore()
        try await ingest("suzhou", Self.article, into: store, address: "https://www.gov.cn/zones/sip-2021.html")
        // The same notice for another zone: names and numbers changed, the rest word for word.
        let other = Self.article.replacingOccurrences(of: "Suzhou Industrial Park", with: "Wuxi Industrial Park")
            .replacingOccurrences(of: "333", with: "212").replacingOccurrences(of: "290.7", with: "198.4")
        let result = try await ingest("wuxi", other, into: store, address: "https://www.portal.example.com/wuxi-2021.html")
        try #require(result.copyOf == "suzhou", "the premise: the two pages look like copies of one text")
        let wuxi = try #require(try await store.findZones("Wuxi Industrial Park").first)
        let rows = try await store.figures(FigureFilter(zoneID: wuxi.id, metric: .gdp))
        let counting = try await ArticleCounting.of(store, figures: rows)
        #expect(counting.isCopy("wuxi"))
        let values = Set(counting.observations(rows).filter { $0.status == .actual && $0.aspect == .level }.map(\.value))
        #expect(values.isSuperset(of: [212e9, 198.4e9]), "what the page says of its own zone is no repeat of the other page: \(values)")
        // And the figures of the first zone are still counted once.
        let suzhou = try #require(try await store.findZones("Suzhou Industrial Park").first)
        let suzhouRows = try await store.figures(FigureFilter(zoneID: suzhou.id, metric: .gdp))
        let observations = try await ArticleCounting.of(store, figures: suzhouRows).observations(suzhouRows)
        #expect(observations.allSatisfy { $0.source.document == "suzhou" })
    }
}
