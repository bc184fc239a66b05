import ZonebaseAnalysis
import ZonebaseModel

/// Hand-made facts for the analysis tests.
enum Facts {
    static let leshan = SubjectKey(zoneID: 1, name: "Leshan Hi-tech Zone")
    static let luzhou = SubjectKey(zoneID: 2, name: "Luzhou Hi-tech Zone")

    /// A figure about Leshan.
    static func figure(
        _ metric: Metric, _ value: Double, _ unit: FigureUnit = .cny, aspect: Aspect = .level,
        status: FigureStatus = .actual, bound: Bound = .exact, period: String?, conversion: Bool = false,
        document: String = "doc-a", location: String = "", published: String? = nil, sentence: String = "", at offset: Int = 0
    ) -> Observation {
        figure(leshan, metric, value, unit, aspect: aspect, status: status, bound: bound, period: period, conversion: conversion,
               document: document, location: location, published: published, sentence: sentence, at: offset)
    }

    static func figure(
        _ subject: SubjectKey, _ metric: Metric, _ value: Double, _ unit: FigureUnit = .cny, aspect: Aspect = .level,
        status: FigureStatus = .actual, bound: Bound = .exact, period: String?, conversion: Bool = false,
        document: String = "doc-a", location: String = "", published: String? = nil, sentence: String = "", at offset: Int = 0
    ) -> Observation {
        Observation(
            subject: subject, metric: metric, value: value, unit: unit, aspect: aspect, status: status, bound: bound,
            period: period.flatMap { Period(exchange: $0) }, isConversion: conversion,
            source: SourceReference(
                document: document, location: location, published: published.flatMap { PartialDate(iso: $0) },
                quote: "\(value)", sentence: sentence, spanStart: offset, spanEnd: offset + 5))
    }

    static func event(_ kind: EventKind, _ date: String, document: String = "doc-a", location: String = "") -> EventObservation {
        event(leshan, kind, date, document: document, location: location)
    }

    static func event(
        _ subject: SubjectKey, _ kind: EventKind, _ date: String, document: String = "doc-a", location: String = ""
    ) -> EventObservation {
        EventObservation(
            subject: subject, kind: kind, date: PartialDate(iso: date)!,
            source: SourceReference(document: document, location: location, quote: date))
    }
}
