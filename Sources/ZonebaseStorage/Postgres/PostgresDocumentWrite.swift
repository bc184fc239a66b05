#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

/// Everything one document writes, in one statement: the document and its text, the zones its plan
/// creates (ids drawn from the sequence first, so facts can name them) and changes, its names, its
/// sub-park links, events, industries and figures, the generations of the zones it touches, and one
/// more store revision. A zone is sent as a
/// code: a row id, `-n` for the plan's n-th new zone (from 1), or 0 for none. Arrays cannot hold
/// NULL here, so "" stands for it and NULLIF turns it back.
enum PostgresDocumentWrite: PostgresStatementText {
    static func write(
        _ document: DocumentInput, _ plan: DocumentPlan, copies: CopyPlan, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let statement = PostgresNamedStatement<Self>(query(document, plan, copies: copies))
        for try await _ in try await connection.execute(statement, logger: logger) {}
    }

    /// `bytes` in hexadecimal, as PostgreSQL's `decode(…, 'hex')` reads it.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    static let sample: PostgresQuery = {
        let document = DocumentInput(
            id: "", source: "", contentHash: "", text: "", facts: DocumentFacts(documentID: "", facts: []), extractorVersion: "")
        return query(document, DocumentPlan(document, lookups: ZoneLookups(corrections: [:], zones: [])), copies: CopyPlan(document))
    }()

    static func query(_ document: DocumentInput, _ plan: DocumentPlan, copies: CopyPlan) -> PostgresQuery {
        let zones = plan.zones
        func code(_ reference: ZoneReference?) -> Int64 {
            switch reference {
            case .stored(let id)?: id
            case .planned(let index)?: -Int64(index + 1)
            case nil: 0
            }
        }
        // The last link of a sub-park wins, as written in order.
        var parentOf: [ZoneReference: ZoneReference] = [:]
        for (child, parent) in plan.parents { parentOf[child] = parent }
        let created = ZoneColumns(zones.created)
        let createdParents = zones.created.indices.map { code(parentOf[.planned($0)]) }
        var changedRows = zones.changed
        for child in parentOf.keys {
            if case .stored(let id) = child, !changedRows.contains(where: { $0.id == id }) { changedRows.append(zones.row(child)) }
        }
        let changed = ZoneColumns(changedRows)
        let changedParents = changedRows.map { code(parentOf[.stored($0.id)]) }
        let events = plan.events.map(\.event), industries = plan.industries.map(\.industry)
        var figures = FigureColumns()
        for (zone, figure) in plan.figures { figures.append(figure, zone: code(zone)) }
        let facts = document.facts
        let body = facts.plainText ?? document.text
        func zone(_ column: String) -> String {
            "(CASE WHEN \(column) < 0 THEN (SELECT ids.id FROM ids WHERE ids.n = -\(column)) ELSE NULLIF(\(column), 0) END)"
        }
        return """
            WITH ids AS (SELECT n, nextval(pg_get_serial_sequence('zone', 'id')) AS id
                         FROM unnest(\(created.keys)::text[]) WITH ORDINALITY AS z(key, n)),
            stored_document AS (
                INSERT INTO document (id, content_hash, source, title, language, published_date, text, extractor_version, facts_omitted,
                                      address, cluster_id, copy_of, copy_similarity, readable_length, copy_signature, shingle_count)
                VALUES (\(document.id), \(document.contentHash), \(document.source), \(facts.title), \(facts.language),
                        \(facts.publishedDate?.description), \(document.text), \(document.extractorVersion),
                        \(Int32(DocumentLimits.omittedFacts(facts))), \(document.address), \(copies.cluster), \(copies.copyOf),
                        \(copies.similarity), \(Int32(clamping: copies.readableLength)),
                        decode(\(copies.storedSignature.map(Self.hex) ?? ""), 'hex'), \(Int32(clamping: copies.shingleCount)))
                RETURNING id),
            bands AS (
                INSERT INTO document_band (document_id, band, hash)
                SELECT (SELECT id FROM stored_document), b.band, b.hash
                FROM unnest(\(copies.keys.map { Int32($0.band) })::int4[], \(copies.hashes)::int8[]) AS b(band, hash)),
            stored_text AS (
                INSERT INTO document_text (document_id, title, body, han)
                SELECT id, \(facts.title ?? ""), \(body), \(ChineseSearch.hasHan(body)) FROM stored_document),
            created AS (
                INSERT INTO zone (id, zone_key, zone_words, name, type, level, province, city, name_zh, registry_name,
                                  registry_national_date, parent_id)
                SELECT ids.id, z.key, z.words, z.name, z.type, NULLIF(z.level, ''), NULLIF(z.province, ''), NULLIF(z.city, ''),
                       NULLIF(z.name_zh, ''), NULLIF(z.registry_name, ''), NULLIF(z.national_date, ''), \(unescaped: zone("z.parent"))
                FROM unnest(\(created.keys)::text[], \(created.words)::text[], \(created.names)::text[], \(created.types)::text[],
                            \(created.levels)::text[], \(created.provinces)::text[], \(created.cities)::text[], \(created.namesZH)::text[],
                            \(created.registryNames)::text[], \(created.nationalDates)::text[], \(createdParents)::bigint[])
                     WITH ORDINALITY AS z(key, words, name, type, level, province, city, name_zh, registry_name, national_date, parent, n)
                JOIN ids USING (n)),
            changed AS (
                -- Province and city only fill a gap: another writer may have set them meanwhile.
                UPDATE zone SET zone_key = z.key, name = z.name, type = z.type, level = NULLIF(z.level, ''),
                                province = COALESCE(zone.province, NULLIF(z.province, '')), city = COALESCE(zone.city, NULLIF(z.city, '')),
                                name_zh = NULLIF(z.name_zh, ''), registry_name = NULLIF(z.registry_name, ''),
                                registry_national_date = NULLIF(z.national_date, ''),
                                parent_id = COALESCE(\(unescaped: zone("z.parent")), zone.parent_id)
                FROM unnest(\(changedRows.map(\.id))::bigint[], \(changed.keys)::text[], \(changed.names)::text[], \(changed.types)::text[],
                            \(changed.levels)::text[], \(changed.provinces)::text[], \(changed.cities)::text[], \(changed.namesZH)::text[],
                            \(changed.registryNames)::text[], \(changed.nationalDates)::text[], \(changedParents)::bigint[])
                     AS z(id, key, name, type, level, province, city, name_zh, registry_name, national_date, parent)
                WHERE zone.id = z.id),
            aliases AS (
                INSERT INTO zone_alias (zone_id, alias, document_id, level)
                SELECT \(unescaped: zone("a.zone")), a.alias, \(document.id), NULLIF(a.level, '')
                FROM unnest(\(zones.aliases.map { code($0.zone) })::bigint[], \(zones.aliases.map(\.alias))::text[],
                            \(zones.aliases.map { $0.level ?? "" })::text[]) AS a(zone, alias, level)
                ON CONFLICT DO NOTHING),
            events AS (
                INSERT INTO event (document_id, zone_id, kind, date, authority, span_start, span_end, quote, sentence, rule)
                SELECT \(document.id), \(unescaped: zone("e.zone")), e.kind, e.date, NULLIF(e.authority, ''), e.span_start, e.span_end,
                       e.quote, e.sentence, e.rule
                FROM unnest(\(plan.events.map { code($0.zone) })::bigint[], \(events.map(\.kind.rawValue))::text[],
                            \(events.map(\.date.description))::text[], \(events.map { $0.authority ?? "" })::text[],
                            \(events.map { Int32(clamping: $0.evidence.span.start) })::int4[],
                            \(events.map { Int32(clamping: $0.evidence.span.end) })::int4[], \(events.map(\.evidence.quote))::text[],
                            \(events.map(\.evidence.sentence))::text[], \(events.map(\.evidence.rule))::text[])
                     AS e(zone, kind, date, authority, span_start, span_end, quote, sentence, rule)),
            industries AS (
                INSERT INTO industry (document_id, zone_id, name, span_start, span_end, quote)
                SELECT \(document.id), \(unescaped: zone("i.zone")), i.name, i.span_start, i.span_end, i.quote
                FROM unnest(\(plan.industries.map { code($0.zone) })::bigint[], \(industries.map(\.name))::text[],
                            \(industries.map { Int32(clamping: $0.evidence.span.start) })::int4[],
                            \(industries.map { Int32(clamping: $0.evidence.span.end) })::int4[], \(industries.map(\.evidence.quote))::text[])
                     AS i(zone, name, span_start, span_end, quote)),
            figures AS (
                INSERT INTO figure (document_id, zone_id, subject, metric, value, unit, aspect, status, bound, period,
                                    is_conversion, span_start, span_end, quote, sentence, rule, measure)
                SELECT \(document.id), \(unescaped: zone("f.zone")), f.subject, f.metric, f.value, f.unit, f.aspect, f.status, f.bound,
                       NULLIF(f.period, ''), f.conversion, f.span_start, f.span_end, f.quote, f.sentence, f.rule, NULLIF(f.measure, '')
                FROM unnest(\(figures.zones)::bigint[], \(figures.subjects)::text[], \(figures.metrics)::text[],
                            \(figures.values)::float8[], \(figures.units)::text[], \(figures.aspects)::text[], \(figures.statuses)::text[],
                            \(figures.bounds)::text[], \(figures.periods)::text[], \(figures.conversions)::bool[],
                            \(figures.starts)::int4[], \(figures.ends)::int4[], \(figures.quotes)::text[], \(figures.sentences)::text[],
                            \(figures.rules)::text[], \(figures.measures)::text[])
                     AS f(zone, subject, metric, value, unit, aspect, status, bound, period, conversion, span_start, span_end,
                          quote, sentence, rule, measure)),
            -- The answers kept about the zones the document touches are out of date (KeptZoneAnswers):
            -- one statement a document, its zones in id order (two writers lock them in one order).
            touched AS (SELECT \(unescaped: zone("t.zone")) AS zone_id FROM unnest(\(plan.touchedZones.map { code($0) })::bigint[]) AS t(zone)),
            marked AS (\(unescaped: ZoneAnswerMarks.markZones(selectedBy: "SELECT zone_id FROM touched ORDER BY zone_id")))
            SELECT nextval('store_revision')
            """
    }
}

/// Zone rows as columns, for one multi-row statement.
struct ZoneColumns {
    var keys: [String], words: [String], names: [String], types: [String], levels: [String], provinces: [String]
    var cities: [String], namesZH: [String], registryNames: [String], nationalDates: [String]

    init(_ rows: [ZoneRecord]) {
        keys = rows.map(\.key)
        words = rows.map(\.words)
        names = rows.map(\.name)
        types = rows.map(\.type)
        levels = rows.map { $0.level ?? "" }
        provinces = rows.map { $0.province ?? "" }
        cities = rows.map { $0.city ?? "" }
        namesZH = rows.map { $0.nameZH ?? "" }
        registryNames = rows.map { $0.registryName ?? "" }
        nationalDates = rows.map { $0.registryNationalDate ?? "" }
    }
}

/// A document's figures as columns, for one multi-row insert.
struct FigureColumns {
    var zones: [Int64] = [], subjects: [String] = [], metrics: [String] = [], values: [Double] = [], units: [String] = []
    var aspects: [String] = [], statuses: [String] = [], bounds: [String] = [], periods: [String] = []
    var conversions: [Bool] = [], starts: [Int32] = [], ends: [Int32] = [], quotes: [String] = [], sentences: [String] = []
    var rules: [String] = [], measures: [String] = []

    mutating func append(_ figure: Figure, zone: Int64) {
        let evidence = figure.evidence
        zones.append(zone)
        subjects.append(figure.subject)
        metrics.append(figure.metric.rawValue)
        values.append(figure.value.isFinite ? figure.value : 0)
        units.append(figure.unit.rawValue)
        aspects.append(figure.aspect.rawValue)
        statuses.append(figure.status.rawValue)
        bounds.append(figure.bound.rawValue)
        periods.append(figure.period?.description ?? "")
        conversions.append(figure.isConversion)
        starts.append(Int32(clamping: evidence.span.start))
        ends.append(Int32(clamping: evidence.span.end))
        quotes.append(evidence.quote)
        sentences.append(evidence.sentence)
        rules.append(evidence.rule)
        measures.append(figure.measure ?? "")
    }
}
#endif
