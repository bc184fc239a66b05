import Foundation
import Testing
@testable import ZonebaseExtraction

/// Titles from a page's first lines, and the byte search they use for a site's name.
@Suite struct DocumentTitleTests {
    @Test(arguments: [
        ("Leshan park upgraded | Sichuan Investment Portal", " | "), ("a - b - c", " - "), ("乐山高新区升级_四川在线", "_"),
        ("国家级 ｜ 新区 ｜ 门户", " ｜ "), ("no separator here", " | "), ("_", "_"), ("", "_"), ("ab", " - "), ("“Quoted” — site", " — "),
    ])
    func theLastSeparatorIsWhereFoundationFindsIt(title: String, separator: String) {
        let found = DocumentTitle.lastRange(of: separator, in: title)
        let expected = title.range(of: separator, options: .backwards)
        #expect(found.map { String(title[$0.lowerBound...]) } == expected.map { String(title[$0.lowerBound...]) })
    }

    @Test func aSiteNameAndADatelineAreLeftOutAndMenusAreNoTitles() {
        #expect(DocumentTitle.first(ofLines: Array("Home > News\n\nLeshan park upgraded to national level | Sichuan Portal\n".utf8))
            == "Leshan park upgraded to national level")
        #expect(DocumentTitle.first(ofLines: Array("Help | Sitemap | Archive | Advanced Search | Mirror\nA B\n".utf8)) == nil)
        #expect(DocumentTitle.tidy("Posted 2012-09-03 Baiyin zone approved by the State Council") == "Baiyin zone approved by the State Council")
    }
}
