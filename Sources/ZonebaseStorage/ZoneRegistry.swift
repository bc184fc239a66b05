import Foundation
public import ZonebaseModel

/// The reference registry of national zones (official Chinese and English names, host city, date
/// of national status), bundled from `../shared/reference`. It links a zone mention to its official
/// record when the names' keys match.
public struct ReferenceRegistry: Sendable {
    /// One registry row.
    public struct Entry: Sendable, Hashable, Codable {
        /// Official Chinese name, e.g. 乐山高新技术产业开发区.
        public var nameZH: String
        /// Usual English name.
        public var nameEN: String
        /// Province and city, in English.
        public var province: String
        public var city: String
        /// When the zone became national, as precisely as the source gives it.
        public var nationalDate: String
        /// The zone's type.
        public var type: ZoneType
        /// The common short form (乐山高新区), and earlier names.
        public var shortZH: String = ""
        public var formerNamesZH: [String] = []

        /// Every name of the row: English, official Chinese, short and former Chinese names.
        var names: [String] { [nameEN, nameZH, shortZH].filter { !$0.isEmpty } + formerNamesZH }
    }

    /// All rows.
    public let entries: [Entry]
    /// The name keys of each row (all its names), computed once.
    private let keys: [[ZoneKey]]
    /// The rows having a name of these words, and the rows of a city (lower case), in row order:
    /// a lookup reads a few rows instead of every row (it runs for every zone name stored).
    private let rowsByWords: [[String]: [Int]]
    private let rowsByCity: [String: [Int]]

    /// The registry bundled with Zonebase.
    public static let bundled: ReferenceRegistry = {
        var entries: [Entry] = []
        for (file, type) in [("national_hitech_zones", ZoneType.highTech), ("national_etdz", .economicTechnological)] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "csv"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { continue }
            entries += ReferenceRegistry.parse(text, type: type)
        }
        return ReferenceRegistry(entries: entries)
    }()

    /// Creates a registry of `entries`.
    public init(entries: [Entry]) {
        self.entries = entries
        let keys = entries.map { $0.names.map(ZoneKey.init) }
        self.keys = keys
        var rowsByWords: [[String]: [Int]] = [:]
        for (row, names) in keys.enumerated() {
            for words in Set(names.map(\.words)) { rowsByWords[words, default: []].append(row) }
        }
        self.rowsByWords = rowsByWords
        self.rowsByCity = Dictionary(grouping: entries.indices) { entries[$0].city.lowercased() }
    }

    /// The entry for a zone named `name` in `city` (when known), if exactly one matches.
    public func entry(for name: String, city: String?) -> Entry? {
        let key = ZoneKey(name)
        var matches = rowsByWords[key.words, default: []].filter { keys[$0].contains { $0.matches(key) } }.map { entries[$0] }
        if matches.isEmpty, let city, let kind = key.kind, key.words == [city.lowercased()] {
            // "Leshan Hi-tech Industrial Park": the city's zone of that kind.
            matches = rowsByCity[city.lowercased(), default: []].filter { keys[$0][0].kind == kind }.map { entries[$0] }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The key under which a mention named `name` is stored: the registry row's English key when the
    /// name is one of the row's (呼和浩特金山高新区 and "Hohhot Jinshan Hi-tech Zone" meet although
    /// their pinyin and English differ), else the name's own key. Both stores resolve zones by it.
    /// A name that does not say its kind ("Leshan") keeps its own key: it may mean any zone of the place.
    public func key(for name: String, city: String? = nil) -> ZoneKey {
        let own = ZoneKey(name)
        guard own.kind != nil, let entry = entry(for: name, city: city) else { return own }
        return ZoneKey(entry.nameEN)
    }

    /// Rows of a registry CSV file (header row; fields may be quoted).
    static func parse(_ text: String, type: ZoneType) -> [Entry] {
        var rows = CSVTable.rows(text)
        guard !rows.isEmpty else { return [] }
        let header = rows.removeFirst()
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let zh = column("name_zh"), let en = column("name_en"), let province = column("province"),
            let city = column("city"), let date = column("national_date")
        else { return [] }
        let short = column("short_zh")
        let former = column("former_names_zh")
        return rows.compactMap { row in
            guard row.count > max(zh, en, province, city, date) else { return nil }
            var entry = Entry(nameZH: row[zh], nameEN: row[en], province: row[province], city: row[city], nationalDate: row[date], type: type)
            if let short, short < row.count { entry.shortZH = row[short] }
            if let former, former < row.count {
                entry.formerNamesZH = row[former].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            return entry
        }
    }
}
