/// China's strategic emerging industry categories (the 2018 classification, 战略性新兴产业分类),
/// with "other" for the rest, so free-text leading industries can be compared across zones.
public enum IndustryCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case informationTechnology = "next-generation information technology"
    case highEndEquipment = "high-end equipment manufacturing"
    case newMaterials = "new materials"
    case biotechnology = "biotechnology"
    case newEnergyVehicles = "new energy vehicles"
    case newEnergy = "new energy"
    case energySavingEnvironmental = "energy saving and environmental protection"
    case digitalCreative = "digital creative"
    case relatedServices = "related services"
    case other = "other"

    /// The category of an industry as a document names it ("photovoltaic new energy", "电子信息").
    /// Words are tried in the order of ``keywords``: "new energy vehicles" is matched before "new energy".
    public init(industry name: String) {
        let text = name.lowercased()
        for (category, words) in Self.keywords where words.contains(where: { text.contains($0) }) {
            self = category
            return
        }
        self = .other
    }

    /// Words naming each category, in English and Chinese; earlier entries win.
    static let keywords: [(IndustryCategory, [String])] = [
        (.newEnergyVehicles, ["new energy vehicle", "new-energy vehicle", "electric vehicle", "new energy automobile", "新能源汽车", "智能网联汽车"]),
        (.newEnergy, ["photovoltaic", "solar", "new energy", "new-energy", "wind power", "hydrogen", "nuclear power", "lithium", "battery",
                      "polysilicon", "光伏", "新能源", "风电", "氢能", "储能", "锂电"]),
        (.informationTechnology, ["electronic information", "information technology", "internet", "big data", "cloud computing",
                                  "software", "semiconductor", "integrated circuit", "chip", "electronics", "5g", "artificial intelligence",
                                  "communication", "optoelectronic", "display", "电子信息", "信息技术", "软件", "集成电路", "半导体",
                                  "大数据", "人工智能", "物联网", "通信", "光电"]),
        (.biotechnology, ["biomedicine", "bio-medicine", "biological", "biotech", "pharmaceutical", "medicine", "medical", "health",
                          "生物", "医药", "医疗", "健康"]),
        (.newMaterials, ["new material", "advanced material", "materials", "rare earth", "graphene", "titanium", "fine chemical",
                         "新材料", "稀土", "石墨烯", "材料"]),
        (.highEndEquipment, ["equipment", "machinery", "electromechanical", "intelligent manufacturing", "aerospace", "aviation",
                             "rail transit", "robot", "hydraulic", "precision instrument", "intelligent grid", "装备", "机械", "航空",
                             "航天", "机器人", "智能制造", "机电"]),
        (.energySavingEnvironmental, ["energy saving", "energy-saving", "environmental protection", "circular economy", "recycling",
                                      "clean", "节能", "环保", "循环经济"]),
        (.digitalCreative, ["digital creative", "animation", "game", "cultural and creative", "creative design", "数字创意", "动漫",
                            "文化创意"]),
        (.relatedServices, ["logistics", "finance", "financial", "service outsourcing", "e-commerce", "modern service",
                            "research and development service", "物流", "金融", "服务外包", "电子商务", "现代服务"]),
    ]
}
