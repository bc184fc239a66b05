import ZonebaseModel

/// The Chinese words the figure rules look for, as tables over the shared engine: what a number
/// measures, what it counts, whether it is a goal, a bound or a change. Each list is read once into
/// codes (``ChinesePhrase``), longest phrase first.
enum ChineseLexicon {
    /// Measures named before or after an amount, with their metric. The longer phrase wins:
    /// 工业增加值 is added value, 增加值 too, but 增加 alone is a change (see ``growthWords``).
    static let metrics: [(phrase: [UInt32], metric: Metric)] = ([
        ("工业总产值", .outputValue), ("总产值", .outputValue), ("产值", .outputValue), ("产出", .outputValue),
        ("工业增加值", .addedValue), ("增加值", .addedValue), ("增长值", .addedValue),
        ("营业收入", .revenue), ("营收", .revenue), ("技工贸总收入", .revenue), ("销售收入", .revenue),
        ("主营业务收入", .revenue), ("总收入", .revenue), ("财政收入", .revenue), ("预算收入", .revenue),
        ("收入", .revenue), ("开票", .revenue), ("销售额", .revenue), ("营业额", .revenue),
        ("利税", .profitTax), ("利润", .profit),
        ("税收", .tax), ("税金", .tax), ("实缴税费", .tax), ("税费", .tax), ("纳税", .tax), ("税", .tax),
        ("地区生产总值", .gdp), ("生产总值", .gdp), ("国民生产总值", .gdp), ("经济总量", .gdp),
        ("固定资产投资", .investment), ("实际利用外资", .investment), ("实际使用外资", .investment),
        ("利用外资", .investment), ("使用外资", .investment), ("外资", .investment), ("签约", .investment),
        ("投资", .investment), ("固投", .investment), ("投入", .investment), ("注册资本", .investment), ("到位资金", .investment), ("融资", .investment),
        ("进出口", .other), ("外贸", .other), ("进口", .other), ("出口", .exports),
        ("研发经费", .rdSpending), ("研发投入", .rdSpending), ("研发", .rdSpending), ("R&D", .rdSpending),
        ("面积", .area), ("用地", .area), ("人口", .population), ("就业", .jobs), ("专利", .patents),
        ("支出", .other), ("规模", .other), ("消费", .other), ("存款", .other), ("贷款", .other),
    ] as [(String, Metric)]).map { (ChinesePhrase.codes($0.0), $0.1) }.sorted { $0.phrase.count > $1.phrase.count }

    /// Nouns that say what a count counts, with the metric; zones and parks count as `other`.
    static let countNouns: [(phrase: [UInt32], metric: Metric?, isZone: Bool)] = ([
        ("高新技术企业", .hitechEnterprises, false), ("高企", .hitechEnterprises, false),
        ("企业", .enterprises, false), ("公司", .enterprises, false), ("厂商", .enterprises, false),
        ("工厂", .enterprises, false), ("市场主体", .enterprises, false),
        ("项目", .projects, false), ("专利", .patents, false),
        ("就业", .jobs, false), ("岗位", .jobs, false), ("从业人员", .jobs, false), ("员工", .jobs, false),
        ("用工", .jobs, false), ("录用", .jobs, false), ("人口", .population, false), ("常住", .population, false),
        ("高新区", .other, true), ("开发区", .other, true), ("经开区", .other, true), ("园区", .other, true),
        ("产业园", .other, true), ("工业园", .other, true), ("新区", .other, true), ("示范区", .other, true),
        // Institutions, talents, awards and bases are not figures (the schema's conventions).
        ("孵化器", nil, false), ("机构", nil, false), ("人才", nil, false), ("院士", nil, false), ("平台", nil, false),
        ("基地", nil, false), ("单位", nil, false), ("实验室", nil, false), ("中心", nil, false), ("院所", nil, false),
        ("高校", nil, false), ("学校", nil, false), ("道路", nil, false), ("政策", nil, false), ("改革", nil, false),
        ("城市", nil, false), ("港口", nil, false), ("批次", nil, false), ("奖", nil, false),
    ] as [(String, Metric?, Bool)]).map { (ChinesePhrase.codes($0.0), $0.1, $0.2) }.sorted { $0.phrase.count > $1.phrase.count }

    /// Words between a counter and its noun that only qualify it: 2个国家级开发区, 5家省级高新区.
    static let countModifiers = ChinesePhrase.list(["国家级", "省级", "省部级", "自治区级", "市级", "国家", "大型"])

    /// Words that make a figure a goal (力争 "strive", 目标 "target", 将 "will", 确保 "ensure").
    static let targetWords = ChinesePhrase.list([
        "力争", "目标", "计划", "确保", "争取", "打造", "将", "要", "预期目标", "努力", "期末", "届时",
    ])
    /// Words that make a figure a forecast (预计 "expected", 有望 "promising to").
    static let expectedWords = ChinesePhrase.list(["预计", "有望", "预期", "可望", "预测"])
    /// Bounds written before the number: 超过 / 逾 / 突破 "over", 近 / 约 "about", 不足 "under".
    static let boundsBefore: [(phrase: [UInt32], bound: Bound)] = ([
        ("超过", .atLeast), ("超", .atLeast), ("逾", .atLeast), ("突破", .atLeast), ("过", .atLeast), ("破", .atLeast),
        ("高于", .atLeast), ("多于", .atLeast), ("不低于", .atLeast), ("不少于", .atLeast),
        ("近", .approx), ("约", .approx), ("接近", .approx), ("将近", .approx), ("大约", .approx), ("近乎", .approx),
        ("不足", .atMost), ("不到", .atMost), ("低于", .atMost), ("少于", .atMost), ("不超过", .atMost),
    ] as [(String, Bound)]).map { (ChinesePhrase.codes($0.0), $0.1) }.sorted { $0.phrase.count > $1.phrase.count }
    /// Bounds written after the number and unit: 以上 "and more", 左右 "around", 以下 "and less".
    static let boundsAfter: [(phrase: [UInt32], bound: Bound)] = ([
        ("以上", .atLeast), ("之上", .atLeast), ("左右", .approx), ("上下", .approx), ("以下", .atMost), ("以内", .atMost),
    ] as [(String, Bound)]).map { (ChinesePhrase.codes($0.0), $0.1) }
    /// Verbs between a bound and its number that carry nothing: 超过了, 达到, 近于.
    static let fillers: CodeSet = CodeSet(ChinesePhrase.codes("了达到为至于"))

    /// Words right before a percentage that make it a change: 增长 "grow", 下降 "fall" (negative).
    static let growthWords = ChinesePhrase.list([
        "增长", "增速", "增幅", "增加", "提高", "提升", "上升", "递增", "增", "涨", "扩大", "翻",
    ])
    /// Words of a fall: the rate is a negative growth.
    static let declineWords = ChinesePhrase.list(["下降", "减少", "降低", "回落", "下滑", "降", "减"])
    /// Words of a part of a whole: 占 "takes up", 比重 "proportion", 占比.
    static let shareWords = ChinesePhrase.list(["占比", "比重", "占", "份额", "覆盖率", "贡献率", "之"])
    /// Words that make a sentence's amounts a stock at no time: 现有 "now has", 累计 "in total",
    /// 截至目前 "so far", 拥有 "owns".
    static let stockWords = ChinesePhrase.list([
        "现有", "拥有", "累计", "截至目前", "截止目前", "目前", "共有", "已有", "现已", "至今", "总计", "在库", "集聚",
        "聚集", "入驻", "面积", "规划面积", "下辖", "辖",
    ])
}
