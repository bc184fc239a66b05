import Testing
import ZonebaseExtraction
import ZonebaseModel

/// Subjects and events in the forms unseen pages use: declared names, enumerations, holders of
/// zone counts, opening participle clauses.
@Suite struct SubjectAndEventFormTests {
    private func extract(_ text: String) -> DocumentFacts {
        Extractor().extract(text: text, documentID: "t")
    }

    @Test func aDeclaredNameIsTheZoneWhereverItIsUsed() throws {
        let facts = extract("""
            Qinhuai Software Park (hereinafter referred to as QSP) is a joint project of two cities. \
            Approved by the State Council in March 2001 and launched in June 2001, QSP covers 12 square kilometers.
            """)
        #expect(facts.zones.map(\.name) == ["Qinhuai Software Park"])
        #expect(facts.figure(quoting: "12 square")?.subject == "Qinhuai Software Park")
        let kinds = Set(facts.events.map { "\($0.kind.rawValue) \($0.date)" })
        #expect(kinds == ["national_approval 2001-03", "established 2001-06"])
    }

    @Test func eachClauseOfAnEnumerationHasItsOwnZone() throws {
        let facts = extract(
            "In 2019, Dongcheng Park had a revenue of 40 billion yuan, Xicheng Park 25 billion yuan, and Nancheng Park 9 billion yuan.")
        #expect(facts.figure(quoting: "40 billion")?.subject == "Dongcheng Park")
        #expect(facts.figure(quoting: "25 billion")?.subject == "Xicheng Park")
        #expect(facts.figure(quoting: "9 billion")?.subject == "Nancheng Park")
    }

    @Test func zoneCountsGoToWhatHoldsThem() throws {
        let facts = extract("""
            Updated: 2019-03-01

            Last year, the number of development zones in Fujian province rose fast. The number of zones with an output of \
            over 100 billion yuan has reached 9 in this province, and the number of high-tech enterprises reached 800.
            """)
        #expect(facts.figures.first { $0.value == 9 }?.subject == "Fujian")
        let enterprises = try #require(facts.figures.first { $0.value == 800 })
        #expect(enterprises.metric == .hitechEnterprises)
        #expect(enterprises.period?.description == "2018", "a count reached is a result of its period")
    }

    @Test func upgradesNeedANationalLevel() throws {
        let promoted = events(in: "In 2022, the Hexi Cargo Park promoted 141 industrial projects.")
        #expect(promoted.isEmpty)
        let upgraded = events(in: "The Hexi Cargo Park was upgraded to a national-level development zone in April, 2013.")
        #expect(upgraded.map(\.kind) == [.nationalApproval])
        #expect(upgraded.first?.date.description == "2013-04")
    }

    @Test func elapsedYearsDateOnlyEventsNearThem() throws {
        let near = events(in: """
            On May 9, the State Council approved the Hexi Cargo Park as a national-level zone.
            The Hexi Cargo Park was established in 2001. After 10 years of construction, it had grown into a hub.
            """)
        #expect(near.contains { $0.kind == .nationalApproval && $0.date.description == "2011-05-09" })
        let far = events(in: """
            On May 9, the State Council approved the Hexi Cargo Park as a national-level zone.
            Its port handles containers. Its roads were widened. Its schools were rebuilt. Its parks were planted.
            The Hexi Cargo Park was established in 2001. After 10 years of construction, it had grown into a hub.
            """)
        #expect(!far.contains { $0.kind == .nationalApproval && $0.date.year == 2011 })
    }
}
