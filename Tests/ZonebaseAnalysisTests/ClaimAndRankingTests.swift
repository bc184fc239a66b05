import Testing
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage
@testable import ZonebaseAnalysis

@Suite struct ClaimAndRankingTests {
    let provinces: Set<String> = ["Sichuan", "Gansu"]

    private func judged(_ sentence: String, published: String? = nil) -> [Claim] {
        let document = DocumentText(document: "doc", title: nil, published: published, text: sentence)
        return ClaimChecker.check(ClaimFinder.claims(in: document, provinces: provinces), registry: .bundled)
    }

    @Test func anOrderClaimIsConfirmedByTheRegistry() throws {
        let claims = judged("The zone became the fourth national high-tech zone in Sichuan, following Chengdu, Mianyang and Zigong.")
        #expect(claims.count == 1)
        #expect(claims.first?.verdict == .confirmed)
    }

    @Test func anOrderClaimNamingOtherPredecessorsIsContradicted() throws {
        let claim = try #require(judged("It is the third national hi-tech zone in Sichuan, following Chengdu and Luzhou.").first)
        #expect(claim.verdict == .contradicted)
        #expect(claim.explanation.contains("Chengdu, Mianyang"))
    }

    @Test func countClaimsAgainstTheNationalTotalsOfTheDocumentsDate() throws {
        #expect(judged("It is one of 178 national high-tech zones.", published: "2024-02-01").first?.verdict == .confirmed)
        #expect(judged("It is one of 98 national high-tech zones.", published: "2024-02-01").first?.verdict == .contradicted)
        #expect(judged("It is one of 98 national high-tech zones.", published: "2012-05-01").first?.verdict == .unverifiable)
        #expect(judged("It is one of 98 national high-tech zones.").first?.verdict == .unverifiable)
    }

    @Test func aClaimIsJudgedAsOfTheYearItsSentenceNames() throws {
        // Written in 2024 about 1991: 27 national high-tech zones were approved in March 1991.
        let then = try #require(judged("In 1991 it became one of 27 national high-tech zones.", published: "2024-02-01").first)
        #expect(then.verdict == .confirmed, "\(then.explanation)")
        #expect(then.statedYear == 1991)
        #expect(then.explanation.hasPrefix("as of 1991"))
        // The registry's totals of economic-technological zones do not reach back to 1984: no verdict.
        let early = try #require(judged("In 1984 it became one of 14 national economic and technological development zones.",
                                        published: "2024-02-01").first)
        #expect(early.verdict == .unverifiable, "not judged against today's total")
        // A year that dates something else, with the claim in the present: judged as of the document.
        let now = try #require(judged("Founded in 1992, it is one of 178 national high-tech zones.", published: "2024-02-01").first)
        #expect(now.statedYear == nil)
        #expect(now.verdict == .confirmed)
    }

    @Test func rankingsOrderPeersAndGivePercentiles() {
        let other = SubjectKey(zoneID: 3, name: "Zigong Hi-tech Zone")
        let ranking = Ranker.rank([
            Facts.figure(Facts.leshan, .outputValue, 44.53e9, period: "2011"),
            Facts.figure(Facts.luzhou, .outputValue, 60e9, period: "2011"),
            Facts.figure(other, .outputValue, 30e9, period: "2011"),
            Facts.figure(other, .outputValue, 99e9, period: "2010"),
            Facts.figure(SubjectKey(subject: "Sichuan"), .outputValue, 900e9, period: "2011"),
        ], metric: .outputValue, period: "2011")
        #expect(ranking.map(\.subject.name) == ["Luzhou Hi-tech Zone", "Leshan Hi-tech Zone", "Zigong Hi-tech Zone"])
        #expect(ranking.map(\.percentile) == [100, 50, 0])
        let peers = Ranker.rank([
            Facts.figure(Facts.leshan, .outputValue, 44.53e9, period: "2011"), Facts.figure(Facts.luzhou, .outputValue, 60e9, period: "2011"),
        ], metric: .outputValue, period: "2011") { $0 == Facts.leshan }
        #expect(peers.map(\.rank) == [1])
    }

    @Test func growthRankingsUseDerivedGrowthWhereNoneIsStated() {
        let ranking = Ranker.rank([
            Facts.figure(Facts.leshan, .outputValue, 12, .percent, aspect: .growth, period: "2011"),
            Facts.figure(Facts.luzhou, .outputValue, 50e9, period: "2010"), Facts.figure(Facts.luzhou, .outputValue, 60e9, period: "2011"),
        ], metric: .outputValue, aspect: .growth, period: "2011")
        #expect(ranking.map(\.subject.name) == ["Luzhou Hi-tech Zone", "Leshan Hi-tech Zone"])
        #expect(ranking.first?.isDerived == true)
    }

    @Test func industriesMapToStrategicCategoriesKeepingTheWording() {
        #expect(IndustryCategory(industry: "photovoltaic new energy") == .newEnergy)
        #expect(IndustryCategory(industry: "electronic information (Internet of Things)") == .informationTechnology)
        #expect(IndustryCategory(industry: "modern electromechanical manufacturing") == .highEndEquipment)
        #expect(IndustryCategory(industry: "new energy vehicles") == .newEnergyVehicles)
        #expect(IndustryCategory(industry: "生物医药") == .biotechnology)
        #expect(IndustryCategory(industry: "tourism") == .other)
    }
}
