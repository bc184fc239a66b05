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
