import ZonebaseModel
public import ZonebaseStorage

extension Observation {
    /// The observation of a stored figure; `nil` when its stored period is unreadable.
    public init(_ row: FigureRow) {
        let figure = row.figure
        let subject = row.zoneID.map { SubjectKey(zoneID: $0, name: row.zone ?? figure.subject) } ?? SubjectKey(subject: figure.subject)
        self.init(
            subject: subject, metric: figure.metric, value: figure.value, unit: figure.unit, aspect: figure.aspect,
            status: figure.status, bound: figure.bound, period: figure.period.flatMap { Period(exchange: $0) },
            isConversion: figure.isConversion,
            source: SourceReference(
                document: figure.document, location: figure.source, published: figure.published.flatMap { PartialDate(iso: $0) },
                quote: figure.quote, sentence: figure.sentence, spanStart: figure.spanStart, spanEnd: figure.spanEnd))
        measure = figure.measure.flatMap { $0.isEmpty ? nil : $0.lowercased() }
    }
}

extension EventObservation {
    /// The observation of a stored event; `nil` when its stored date is unreadable.
    public init?(_ row: EventRow) {
        guard let date = PartialDate(iso: row.event.date) else { return nil }
        self.init(
            subject: SubjectKey(zoneID: row.zoneID, name: row.zone), kind: row.event.kind, date: date, authority: row.event.authority,
            source: SourceReference(
                document: row.event.document, location: row.event.source,
                published: row.event.published.flatMap { PartialDate(iso: $0) }, quote: row.event.quote))
    }
}
