/// The grammar of Chinese zone names: a place and a specific part, then a suffix that gives the
/// type (乐山 + 高新区, 呼和浩特 + 经济技术开发区, 生物医药 + 产业园区). Extraction finds names with
/// it; ``ZoneKey`` reads them with it, so a short form (乐山高新区) meets its full one (乐山高新技术产业开发区).
public enum ChineseZoneNames {
    /// Type suffixes, longest first. 开发区 alone is `other`: its type is not in its name.
    public static let suffixes: [(suffix: String, type: ZoneType)] = [
        ("高新技术产业开发区", .highTech), ("高新技术开发区", .highTech), ("高新技术产业园区", .highTech),
        ("高新技术产业园", .highTech), ("高新区", .highTech), ("高新技术区", .highTech),
        ("经济技术开发区", .economicTechnological), ("经济开发区", .economicTechnological), ("经开区", .economicTechnological),
        ("经济技术开发试验区", .economicTechnological),
        ("自由贸易试验区", .freeTrade), ("自由贸易区", .freeTrade), ("自贸试验区", .freeTrade), ("自贸区", .freeTrade),
        ("综合保税区", .freeTrade), ("保税港区", .freeTrade), ("保税区", .freeTrade),
        ("工业集中区", .industrialPark), ("工业园区", .industrialPark), ("产业园区", .industrialPark),
        ("物流园区", .industrialPark), ("示范园区", .industrialPark), ("化工园区", .industrialPark),
        ("创新产业区", .industrialPark), ("工业园", .industrialPark), ("产业园", .industrialPark), ("科技园", .industrialPark),
        ("化工园", .industrialPark), ("孵化园", .industrialPark), ("工业区", .industrialPark),
        ("新区", .newArea), ("开发区", .other), ("经济区", .other), ("实验区", .other), ("示范区", .other),
    ].sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }

    /// Level words that may open a name (国家级乐山高新区) and say nothing of which zone it is.
    public static let levelPrefixes = ["国家级", "国家", "自治区级", "省级", "市级"]

    /// A name read by the grammar: the distinguishing stem (simplified, without level words or a
    /// trailing 市 / 省 / 县 of its place) and the type of its suffix, if it has one.
    public static func parse(_ name: String) -> (stem: String, type: ZoneType?) {
        var text = ChineseScript.simplified(name)
        // 杭州高新区(滨江): a bracketed part names a part of the zone; the zone is the rest.
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }) { text = String(text[..<open]) }
        var type: ZoneType?
        for (suffix, kind) in suffixes where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            type = kind
            break
        }
        for prefix in levelPrefixes where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        // 乐山市高新区 is 乐山高新区: the place's own suffix does not tell zones apart.
        if text.count > 2, let last = text.last, "市省县".contains(last) { text.removeLast() }
        return (text, type)
    }
}
