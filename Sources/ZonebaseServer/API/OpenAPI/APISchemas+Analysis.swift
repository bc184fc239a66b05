import OpenAPIKit
import ZonebaseAnalysis
import ZonebaseModel

extension APISchemas {
    /// What the analysis answers: series, derived figures, targets, rankings, conflicts, checks and claims.
    static let analysis: OrderedDictionary<String, JSONSchema> = [
        "Subject": .record(["zoneID": .integer(required: false), "name": .string]),
        "Source": .record([
            "document": .string, "location": .string, "published": .datePrefix(required: false), "quote": .string,
            "sentence": .string, "spanStart": .integer, "spanEnd": .integer, "kind": .cases(of: SourceKind.self),
            "copies": .integer(required: false, description: "How many stored copies of the document repeat it (counted once)."),
        ]),
        "Observation": .record([
            "subject": .component("Subject"), "metric": .cases(of: Metric.self), "value": .number, "unit": .cases(of: FigureUnit.self),
            "aspect": .cases(of: Aspect.self), "status": .cases(of: FigureStatus.self), "bound": .cases(of: Bound.self),
            "period": .period(required: false), "isConversion": .boolean, "source": .component("Source"),
            "measure": .string(required: false, description: "The measure as the text names it, lowercased."),
        ]),
        "SeriesPoint": .record([
            "period": .period(), "value": .number, "bound": .cases(of: Bound.self), "sources": .list(of: "Source"),
            "disagreeing": .array(items: .number),
        ]),
        "Series": .record([
            "subject": .component("Subject"), "metric": .cases(of: Metric.self), "aspect": .cases(of: Aspect.self),
            "unit": .cases(of: FigureUnit.self), "status": .cases(of: FigureStatus.self),
            "shape": .string(description: "year, point, months F-L, several years or undated"), "points": .list(of: "SeriesPoint"),
        ]),
        "DerivedFigure": .record([
            "subject": .component("Subject"), "metric": .cases(of: Metric.self), "value": .number, "unit": .cases(of: FigureUnit.self),
            "aspect": .cases(of: Aspect.self), "period": .period(), "method": .cases(of: DerivedFigure.Method.self),
            "inputs": .list(of: "Observation"),
        ]),
        "SeriesAnswer": .record(["series": .list(of: "Series"), "derived": .list(of: "DerivedFigure")]),
        "Evidence": .record(["period": .period(), "value": .number, "sources": .list(of: "Source")]),
        "TargetAssessment": .record([
            "target": .component("Observation"), "status": .cases(of: TargetAssessment.Status.self), "deadline": .integer(required: false),
            "baseline": .component("Evidence", required: false), "latest": .component("Evidence", required: false),
            "requiredGrowth": .number(required: false), "achievedGrowth": .number(required: false), "explanation": .string,
        ]),
        "TargetPage": .page(of: "TargetAssessment"),
        "TargetList": .itemList(of: "TargetAssessment"),
        "RankingEntry": .record([
            "rank": .integer, "percentile": .number, "subject": .component("Subject"), "value": .number,
            "unit": .cases(of: FigureUnit.self), "period": .period(), "isDerived": .boolean, "sources": .list(of: "Source"),
        ]),
        "RankingList": .itemList(of: "RankingEntry"),
        "ConflictReading": .record(["value": .string, "sources": .list(of: "Source")]),
        "Conflict": .record([
            "subject": .component("Subject"),
            "topic": .one(of: [
                .record(["figure": .record([
                    "metric": .cases(of: Metric.self), "aspect": .cases(of: Aspect.self), "unit": .cases(of: FigureUnit.self),
                    "status": .cases(of: FigureStatus.self), "period": .period(required: false),
                ])]),
                .record(["eventDate": .record(["kind": .cases(of: EventKind.self)])]),
            ]),
            "readings": .list(of: "ConflictReading"), "reason": .string,
        ]),
        "ConflictList": .itemList(of: "Conflict"),
        "EventObservation": .record([
            "subject": .component("Subject"), "kind": .cases(of: EventKind.self), "date": .datePrefix(), "authority": .optionalString,
            "source": .component("Source"),
        ]),
        "Violation": .record([
            "rule": .string, "severity": .cases(of: CheckRule.Severity.self), "message": .string, "subject": .component("Subject"),
            "detail": .string, "figures": .list(of: "Observation"), "events": .list(of: "EventObservation"),
        ]),
        "Claim": .record([
            "assertion": .one(of: [
                .record(["order": .record([
                    "ordinal": .integer, "type": .cases(of: ZoneType.self), "province": .string, "following": .array(items: .string),
                ])]),
                .record(["count": .record(["total": .integer, "type": .cases(of: ZoneType.self)])]),
            ]),
            "source": .component("Source"), "verdict": .cases(of: Claim.Verdict.self), "explanation": .string,
            "statedYear": .integer(required: false, description: "The year the claim's sentence dates it to (\"in 1984 it became one of …\"): "
                + "the claim is judged as of that year, else as of the document's date."),
        ]),
        "CheckAnswer": .record(["violations": .list(of: "Violation"), "claims": .list(of: "Claim")]),
    ]
}
