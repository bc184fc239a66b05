#if Postgres
import Logging
import PostgresNIO
import ZonebaseModel

/// A document's events, industries and figures in PostgreSQL: one statement for each kind, whatever
/// their number. Arrays cannot hold NULL here, so -1 and "" stand for it and NULLIF turns them back.
enum PostgresFactRows {
    static func insert(
        _ plan: DocumentPlan, documentID: String, zoneID: (ZoneReference) -> Int64, on connection: PostgresConnection, logger: Logger
    ) async throws {
        if !plan.events.isEmpty {
            let events = plan.events.map(\.event)
            let evidence = events.map(\.evidence)
            try await connection.query("""
                INSERT INTO event (document_id, zone_id, kind, date, authority, span_start, span_end, quote, sentence, rule)
                SELECT \(documentID), zone, kind, date, NULLIF(authority, ''), span_start, span_end, quote, sentence, rule
                FROM unnest(\(plan.events.map { zoneID($0.zone) })::bigint[], \(events.map(\.kind.rawValue))::text[],
                            \(events.map(\.date.description))::text[], \(events.map { $0.authority ?? "" })::text[],
                            \(evidence.map { Int32(clamping: $0.span.start) })::int4[], \(evidence.map { Int32(clamping: $0.span.end) })::int4[],
                            \(evidence.map(\.quote))::text[], \(evidence.map(\.sentence))::text[], \(evidence.map(\.rule))::text[])
                     AS e(zone, kind, date, authority, span_start, span_end, quote, sentence, rule)
                """, logger: logger)
        }
        if !plan.industries.isEmpty {
            let industries = plan.industries.map(\.industry)
            let evidence = industries.map(\.evidence)
            try await connection.query("""
                INSERT INTO industry (document_id, zone_id, name, span_start, span_end, quote)
                SELECT \(documentID), zone, name, span_start, span_end, quote
                FROM unnest(\(plan.industries.map { zoneID($0.zone) })::bigint[], \(industries.map(\.name))::text[],
                            \(evidence.map { Int32(clamping: $0.span.start) })::int4[], \(evidence.map { Int32(clamping: $0.span.end) })::int4[],
                            \(evidence.map(\.quote))::text[])
                     AS i(zone, name, span_start, span_end, quote)
                """, logger: logger)
        }
        guard !plan.figures.isEmpty else { return }
        var figures = FigureColumns()
        for (zone, figure) in plan.figures { figures.append(figure, zone: zone.map(zoneID)) }
        try await connection.query("""
            INSERT INTO figure (document_id, zone_id, subject, metric, value, unit, aspect, status, bound, period,
                                is_conversion, span_start, span_end, quote, sentence, rule, measure)
            SELECT \(documentID), NULLIF(zone, -1), subject, metric, value, unit, aspect, status, bound, NULLIF(period, ''),
                   conversion, span_start, span_end, quote, sentence, rule, NULLIF(measure, '')
            FROM unnest(\(figures.zones)::bigint[], \(figures.subjects)::text[], \(figures.metrics)::text[], \(figures.values)::float8[],
                        \(figures.units)::text[], \(figures.aspects)::text[], \(figures.statuses)::text[], \(figures.bounds)::text[],
                        \(figures.periods)::text[], \(figures.conversions)::bool[], \(figures.starts)::int4[], \(figures.ends)::int4[],
                        \(figures.quotes)::text[], \(figures.sentences)::text[], \(figures.rules)::text[],
                        \(figures.measures)::text[])
                 AS f(zone, subject, metric, value, unit, aspect, status, bound, period, conversion, span_start, span_end,
                      quote, sentence, rule, measure)
            """, logger: logger)
    }
}

/// A document's figures as columns, for one multi-row insert.
struct FigureColumns {
    var zones: [Int64] = [], subjects: [String] = [], metrics: [String] = [], values: [Double] = [], units: [String] = []
    var aspects: [String] = [], statuses: [String] = [], bounds: [String] = [], periods: [String] = []
    var conversions: [Bool] = [], starts: [Int32] = [], ends: [Int32] = [], quotes: [String] = [], sentences: [String] = []
    var rules: [String] = [], measures: [String] = []

    mutating func append(_ figure: Figure, zone: Int64?) {
        let evidence = figure.evidence
        zones.append(zone ?? -1)
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
