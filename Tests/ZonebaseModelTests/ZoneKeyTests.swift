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
    }
}

/// Chinese names read by their grammar: the stem in pinyin, the kind from the suffix.
@Suite struct ChineseZoneKeyTests {
    @Test func shortAndFullFormsShareAKey() {
        #expect(ZoneKey("乐山高新区") == ZoneKey("乐山高新技术产业开发区"))
        #expect(ZoneKey("芜湖经开区") == ZoneKey("芜湖经济技术开发区"))
        #expect(ZoneKey("乐山高新区").description == "leshan|hitech")
        #expect(ZoneKey("国家级乐山市高新区") == ZoneKey("乐山高新区"), "level words and the place's 市 say nothing of which zone")
    }

    @Test func chineseAndEnglishNamesOfOneZoneMeet() {
        #expect(ZoneKey("乐山高新区").matches(ZoneKey("Leshan Hi-tech Industrial Development Zone")))
        #expect(ZoneKey("芜湖经济技术开发区").matches(ZoneKey("Wuhu Economic and Technological Development Zone")))
        #expect(!ZoneKey("乐山高新区").matches(ZoneKey("Leshan Economic and Technological Development Zone")), "kinds conflict")
        #expect(!ZoneKey("乐山高新区").matches(ZoneKey("泸州高新区")))
    }

    @Test func traditionalCharactersReadAsSimplified() {
        #expect(ZoneKey("鄭州經濟技術開發區") == ZoneKey("郑州经济技术开发区"))
        #expect(ZoneKey("鄭州經濟技術開發區").matches(ZoneKey("Zhengzhou Economic and Technological Development Zone")))
    }

    @Test func aBareSuffixDistinguishesNothing() {
        #expect(ZoneKey("高新区").words.isEmpty)
        #expect(ChineseZoneNames.parse("杭州高新区(滨江)").stem == "杭州")
    }
}
