import Foundation
import OpenAPIKit

/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.json`, built from the
/// code: every ``APIEndpoint``, and schemas whose enum values come from the Swift enums. A test
/// checks real responses of every endpoint against it, so the document cannot drift from the code.
enum OpenAPIDocument {
    static var document: OpenAPI.Document {
        var paths: OpenAPI.PathItem.Map = [:]
        for endpoint in APIEndpoint.allCases {
            let path = OpenAPI.Path(rawValue: endpoint.path)
            var item = paths[path]?.pathItemValue ?? OpenAPI.PathItem()
            item[endpoint.method] = APIOperations.operation(for: endpoint)
            paths[path] = .b(item)
        }
        var schemas: OpenAPI.ComponentDictionary<JSONSchema> = [:]
        for (name, schema) in APISchemas.all { schemas[OpenAPI.ComponentKey(stringLiteral: name)] = schema }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(
                title: "Zonebase",
                description: "China's development zones: zones, dated events and figures extracted from documents, each with its source, "
                    + "and judgements over them. Reads are public; writes need a bearer token.",
                version: "1.0.0"),
            servers: [.init(urlTemplate: URLTemplate(rawValue: "/")!)],
            paths: paths,
            components: .init(schemas: schemas, securitySchemes: ["bearer": .b(.http(scheme: "bearer"))]))
    }

    /// The document as JSON, encoded once.
    static let json: String = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        } catch {
            preconditionFailure("the OpenAPI document does not encode: \(error)")
        }
    }()
}
