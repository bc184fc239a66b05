import OpenAPIKit
import ZonebaseAnalysis
import ZonebaseModel

/// What each endpoint takes and answers, for the OpenAPI document.
enum APIOperations {
    static func operation(for endpoint: APIEndpoint) -> OpenAPI.Operation {
        switch endpoint {
        case .health:
            read("Liveness: the store answers.", answer: "Health", errors: [])
        case .zones:
            read("Zones, filtered, sorted and paginated.",
                 [province, level, zoneType, .query(name: "q", schema: words(required: false), description: "A part of the name."),
                  .query(name: "sort", schema: .cases(of: KnowledgeService.ZoneOrder.self, default: .name), description: "Order by."),
                  .query(name: "order", schema: .cases(of: SortOrder.self, default: .asc), description: "Direction."),
                  limit, offset],
                 answer: "ZonePage")
        case .zone:
            read("A zone: names, events, industries, sub-parks, and its latest figure of each metric (all figures: /figures).",
                 [zoneID], answer: "ZoneDetail", errors: [400, 404])
        case .zoneFigures:
            read("A zone's figures with their sources.",
                 [zoneID, .query(name: "metric", schema: .cases(of: Metric.self), description: "Only this metric."), period(required: false),
                  .query(name: "status", schema: .cases(of: FigureStatus.self), description: "Only this status.")],
                 answer: "FigureList", errors: [400, 404])
        case .zoneSeries:
            read("A zone's series of one metric, and the figures they imply.", [zoneID, metric], answer: "SeriesAnswer", errors: [400, 404])
        case .zoneEvents:
            read("A zone's dated events with their sources.", [zoneID], answer: "EventList", errors: [400, 404])
        case .zoneTargets:
            read("A zone's targets judged against its actuals.", [zoneID], answer: "TargetList", errors: [400, 404])
        case .targets:
            read("Every zone's targets judged against their actuals, a page at a time (kept judgements, judged again where figures changed).",
                 [.query(name: "status", schema: .cases(of: TargetAssessment.Status.self), description: "Only targets with this status."),
                  limit, offset],
                 answer: "TargetPage")
        case .documents:
            read("Documents, newest first. A copy of another document names it as `canonical`.",
                 [.query(name: "copies", schema: .boolean(defaultValue: true),
                         description: "Whether copies of a document that stands for them are listed (false: each article once)."),
                  limit, offset],
                 answer: "DocumentPage")
        case .storeDocument:
            OpenAPI.Operation(
                summary: "Extract and store a document. Needs Authorization: Bearer $ZONEBASE_TOKEN.",
                requestBody: OpenAPI.Request(content: [.json: .b(OpenAPI.Content(schema: JSONSchema.component("DocumentUpload")))], required: true),
                responses: [
                    201: answer("Stored as a new document.", "DocumentStored"), 200: answer("Updated, or already stored.", "DocumentStored"),
                    303: answer("The same text is stored under another id; Location names it.", "DocumentStored"),
                    400: answer("The body is not a document upload.", "Error"), 401: answer("No or wrong token.", "Error"),
                    413: answer("The body is too large.", "Error"), 422: answer("The text cannot be read.", "Error"),
                ],
                security: [[.component(named: "bearer"): []]])
        case .document:
            read("A document's text and its facts with offsets.", [documentID], answer: "Document", errors: [400, 404])
        case .documentFacts:
            read("A document's facts with byte offsets into its text.", [documentID], answer: "FactList", errors: [400, 404])
        case .search:
            read("Documents containing all the words, best first, with snippets.",
                 [.query(name: "q", required: true, schema: words(required: true), description: "The words."), limit],
                 answer: "SearchList")
        case .rankings:
            read("Zones ranked by a metric for a period.",
                 [metric, period(required: true),
                  .query(name: "growth", schema: .boolean(defaultValue: false), description: "Rank by growth."),
                  province, level, zoneType],
                 answer: "RankingList")
        case .conflicts:
            read("Facts on which sources disagree, the preferred reading first.", answer: "ConflictList", errors: [])
        case .checks:
            read("Consistency rules' findings and claims checked against the registry.", answer: "CheckAnswer", errors: [])
        }
    }

    /// A GET answering the component `answer`, or an error of each of `errors`.
    private static func read(
        _ summary: String, _ parameters: [OpenAPI.Parameter] = [], answer name: String, errors: [Int] = [400]
    ) -> OpenAPI.Operation {
        var responses: OpenAPI.Response.Map = [200: answer("OK", name)]
        for status in errors {
            responses[OpenAPI.Response.StatusCode(integerLiteral: status)] =
                answer(status == 404 ? "Not found." : "A parameter is missing or wrong.", "Error")
        }
        return OpenAPI.Operation(summary: summary, parameters: parameters.map { .b($0) }, responses: responses)
    }

    private static func answer(_ description: String, _ name: String) -> Either<OpenAPI.Reference<OpenAPI.Response>, OpenAPI.Response> {
        .b(OpenAPI.Response(description: description, content: [.json: .b(OpenAPI.Content(schema: JSONSchema.component(name)))]))
    }

    private static func words(required: Bool) -> JSONSchema {
        .string(minLength: required ? 1 : nil, maxLength: 200)
    }

    private static func period(required: Bool) -> OpenAPI.Parameter {
        .query(name: "period", required: required, schema: .string(pattern: "^[0-9/-]{4,21}$"),
               description: "A year or period, matched as a prefix: 2011 finds 2011, 2011-12 and 2011/2015.")
    }

    private static let zoneID = OpenAPI.Parameter.path(
        name: "id", schema: .integer(maximum: (9_007_199_254_740_991, exclusive: false), minimum: (1, exclusive: false)),
        description: "The zone's id.")
    private static let documentID = OpenAPI.Parameter.path(
        name: "id", schema: .string(minLength: 1, maxLength: 200), description: "The document id: the file name without its extension.")
    private static let metric = OpenAPI.Parameter.query(name: "metric", required: true, schema: .cases(of: Metric.self), description: "The metric.")
    private static let province = OpenAPI.Parameter.query(
        name: "province", schema: .string(maxLength: 200), description: "Only zones in this province (any case).")
    private static let level = OpenAPI.Parameter.query(name: "level", schema: .cases(of: ZoneLevel.self), description: "Only zones of this level.")
    private static let zoneType = OpenAPI.Parameter.query(name: "type", schema: .cases(of: ZoneType.self), description: "Only zones of this type.")
    private static let limit = OpenAPI.Parameter.query(
        name: "limit", schema: .integer(maximum: (100, exclusive: false), minimum: (1, exclusive: false), defaultValue: 20),
        description: "Items per page.")
    private static let offset = OpenAPI.Parameter.query(
        name: "offset", schema: .integer(maximum: (1_000_000, exclusive: false), minimum: (0, exclusive: false), defaultValue: 0),
        description: "Items to skip.")
}
