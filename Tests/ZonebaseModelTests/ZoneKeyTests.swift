import Testing
import ZonebaseModel

@Suite struct ZoneKeyTests {
    @Test func namesOfOneZoneMeet() {
        let names = ["Leshan Hi-tech Industrial Park", "Leshan National High-Tech Industrial Development Zone",
                     "Leshan hi-tech zone", "Leshan High-tech Park"]
        for name in names { #expect(ZoneKey(name).matches(ZoneKey(names[0])), "\(name)") }
    }

    @Test func aCitysHighTechAndEconomicZonesStayApart() {
        #expect(!ZoneKey("Mianyang High-tech Zone").matches(ZoneKey("Mianyang Economic and Technological Development Zone")))
        #expect(ZoneKey("Mianyang Development Zone").matches(ZoneKey("Mianyang Economic and Technological Development Zone")))
        #expect(!ZoneKey("Luzhou Hi-tech Zone").matches(ZoneKey("Leshan Hi-tech Zone")))
    }

    @Test func genericNamesMatchNothing() {
        #expect(!ZoneKey("Hi-tech Industrial Development Zone").matches(ZoneKey("Hi-tech Industrial Development Zone")))
    }
}

@Suite struct ZoneKeySubAreaTests {
    @Test func lettersOfSubAreasDoNotDistinguishZones() {
        #expect(ZoneKey("Area A").words.isEmpty)
        #expect(!ZoneKey("Area A").matches(ZoneKey("Area A")), "an area letter alone never merges across documents")
        #expect(ZoneKey("Leshan Area B").words == ["leshan"])
        #expect(ZoneKey("乐山高新区").words == ["乐山高新区"])
    }
}
