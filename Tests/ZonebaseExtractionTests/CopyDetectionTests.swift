import Foundation
import Testing
import ZonebaseExtraction
import ZonebaseModel
import ZonebaseTestSupport

/// Copies of the dev documents, made here the way portals and mirrors make them, must land in their
/// original's cluster; no two distinct dev documents may share one.
@Suite(.enabled(if: Fixtures.sharedFolder != nil, "../shared is not there: copy detection over the dev corpus skipped"))
struct CopyDetectionTests {
    /// The readable text a store compares: markup and chrome blanked by the extractor.
    private func readable(_ bytes: [UInt8]) throws -> String {
        Extractor.readableText(try DocumentDecoder().decode(bytes))
    }

    /// `text` re-encoded as GBK, by Python's codec (a test dependency already, for the scorer); what
    /// GBK cannot write becomes "?".
    private func gb18030(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gbk', errors='replace'))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// The mutated copies of one document: other chrome around it, cut at 60 %, a sentence changed,
    /// white space and entities written otherwise, re-encoded as GBK.
    private func copies(of text: String) throws -> [(String, [UInt8])] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let chrome = """
            <html><head><title>Mirror</title></head><body>
            <ul class="menu"><li><a href="/">Home page</a></li><li><a href="/news">Latest news</a></li><li><a href="/about">About this site</a></li></ul>
            <div class="article">
            """ + lines.map { "<p>\($0)</p>" }.joined(separator: "\n")
            + "\n</div><div class=\"footer\">Reposted for information only. All rights belong to the original author.</div></body></html>"
        var cut = 0, total = 0
        let target = text.utf8.count * 6 / 10
        for line in lines where total < target {
            total += line.utf8.count + 1
            cut += 1
        }
        let shortened = lines.prefix(cut).joined(separator: "\n")
        // One sentence changed: the longest sentence of the longest line keeps its first half and ends otherwise.
        var changed = lines
        if let longest = changed.indices.max(by: { changed[$0].count < changed[$1].count }) {
            let separator = changed[longest].contains("。") ? "。" : ". "
            var sentences = changed[longest].components(separatedBy: separator)
            if let target = sentences.indices.max(by: { sentences[$0].count < sentences[$1].count }) {
                let sentence = sentences[target]
                let isChinese = sentence.unicodeScalars.contains { $0.properties.isIdeographic }
                sentences[target] = String(sentence.prefix(sentence.count / 2))
                    + (isChinese ? "，据记者了解，当地发展势头良好" : " as a reporter learned on Monday")
            }
            changed[longest] = sentences.joined(separator: separator)
        }
        let respaced = lines.map { line in
            line.replacingOccurrences(of: " ", with: "  ").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "&", with: "&amp;")
        }.joined(separator: "\r\n")
        return [("chrome", Array(chrome.utf8)), ("cut", Array(shortened.utf8)), ("sentence", Array(changed.joined(separator: "\n").utf8)),
                ("spacing", Array(respaced.utf8)), ("gbk", try gb18030(text))]
    }

    @Test func everyCopyJoinsItsOriginalAndNoTwoDevDocumentsMeet() throws {
        let folder = try #require(Fixtures.sharedFolder).appendingPathComponent("corpus/dev/docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var clusters = CopyClusters()
        var originalOf: [Int] = []  // for each document added, the dev document it was made from
        var kindOf: [String] = []
        var tooShort = 0
        var originals: [Int] = []
        var texts: [String] = []
        for name in names {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            texts.append(text)
            let readableText = try readable(Array(text.utf8))
            if TextShingles(readableText).hashes.count < CopyRule.minimumShingles { tooShort += 1 }
            originals.append(originalOf.count)
            clusters.add(readableText)
            originalOf.append(originals.count - 1)
            kindOf.append("original")
        }
        for (index, text) in texts.enumerated() {
            for (kind, bytes) in try copies(of: text) {
                clusters.add(try readable(bytes))
                originalOf.append(index)
                kindOf.append(kind)
            }
        }
        // Pairs of documents: made from the same dev document (true) and put in the same cluster (found).
        var truePairs = 0, foundPairs = 0, rightPairs = 0
        var missed: [String] = []
        for first in originalOf.indices {
            for second in originalOf.indices where second > first {
                let same = originalOf[first] == originalOf[second]
                let together = clusters.cluster(of: first) == clusters.cluster(of: second)
                if same { truePairs += 1 }
                if together { foundPairs += 1 }
                if same && together { rightPairs += 1 }
                if same && !together && kindOf[first] == "original" { missed.append("\(names[originalOf[first]]) \(kindOf[second])") }
            }
        }
        let precision = Double(rightPairs) / Double(max(foundPairs, 1)), recall = Double(rightPairs) / Double(max(truePairs, 1))
        print("copy detection over \(names.count) dev documents and \(originalOf.count - names.count) copies: pair precision "
              + "\(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)); \(tooShort) documents too short to cluster; "
              + "\(clusters.candidatesCompared) candidates compared")
        #expect(missed.isEmpty, "copies not with their original: \(missed)")
        let originalClusters = Set(originals.map { clusters.cluster(of: $0) })
        #expect(originalClusters.count == names.count, "two distinct dev documents share a cluster")
        #expect(precision == 1)
    }

    @Test func tinyTextsTwoReportsOfOneDayAndTwoArticlesOnOnePageStayApart() {
        var clusters = CopyClusters()
        clusters.add("Leshan zone upgraded.")
        #expect(clusters.add("Leshan zone upgraded.").copyOf == nil, "a tiny text joins no cluster")
        // Written for this test: two reports of one day on one zone, the same figures, different words.
        let first = """
            The State Council approved the upgrade of the Leshan Hi-tech Industrial Park to a national high-tech zone on August 28. \
            The park was set up in 1996 with the approval of the Sichuan government, and in 2011 its three leading industries \
            produced goods worth 44.53 billion yuan. It now hosts 177 industrial enterprises, 32 of them national high-tech \
            enterprises, and plans revenue above 100 billion yuan by the end of the twelfth five-year period.
            """
        let second = """
            Leshan joined the ranks of China's national high-tech zones this week, after a decision of the State Council dated \
            August 28. Founded by Sichuan province in 1996, the park earned 44.53 billion yuan from photovoltaics, electronics and \
            machinery in 2011; of its 177 industrial firms, 32 hold national high-tech status, and its managers aim for more than \
            100 billion yuan of revenue by 2015.
            """
        let other = """
            Suzhou Industrial Park, launched in 1994 by China and Singapore, reported a gross domestic product of 333 billion yuan \
            in 2021, up from 290.7 billion yuan a year earlier, while its total imports and exports passed 100 billion US dollars \
            and its research spending rose to about four percent of its output, the park's administration said in a statement.             The park, which covers 278 square kilometres east of the old city of Suzhou, counts more than a hundred projects             of companies from the Fortune Global 500 list and has been ranked first among national economic and technological             development zones in the yearly assessment of the Ministry of Commerce for several years in a row.
            """
        let a = clusters.add(first), b = clusters.add(second)
        #expect(a.cluster != b.cluster, "two reports of one day with the same figures are two texts")
        let page = clusters.add(other + "\n\n" + first)
        // The rule is by size: a page whose other article is at least as long as the copy (here) is no copy.
        #expect(page.cluster != a.cluster, "a page holding a copy beside another article is not that copy")
        #expect(clusters.add(first + " ").cluster == a.cluster, "while a copy is")
    }
}
