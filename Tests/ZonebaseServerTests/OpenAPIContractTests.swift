import Foundation
import HummingbirdTesting
import OpenAPIKit
import Testing
import ZonebaseAnalysis
import ZonebaseModel

/// Real responses of every GET endpoint, checked against the schemas of `/api/v1/openapi.json`.
@Suite struct OpenAPIContractTests {
    @Test func everyEndpointAnswersAsTheDocumentSays() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            var document = JSONValue.null
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                document = try JSONValue.parse(response.text)
            }
            #expect(document["openapi"]?.string == "3.1.0")
            let validator = SchemaValidator(document: document)
            let paths = Set(document["paths"]?.object?.keys.map { $0 } ?? [])
            let requests: [(path: String, uri: String, status: String)] = [
                ("/healthz", "/healthz", "200"),
                ("/api/v1/zones", "/api/v1/zones?limit=100", "200"),
                ("/api/v1/zones/{id}", "/api/v1/zones/3", "200"),
                ("/api/v1/zones/{id}/figures", "/api/v1/zones/3/figures", "200"),
                ("/api/v1/zones/{id}/series", "/api/v1/zones/3/series?metric=output_value", "200"),
                ("/api/v1/zones/{id}/events", "/api/v1/zones/3/events", "200"),
                ("/api/v1/zones/{id}/targets", "/api/v1/zones/3/targets", "200"),
                ("/api/v1/targets", "/api/v1/targets?limit=100", "200"),
                ("/api/v1/targets", "/api/v1/targets?status=not_yet_known&limit=5&offset=1", "200"),
                ("/api/v1/targets", "/api/v1/targets?status=late", "400"),
                ("/api/v1/documents", "/api/v1/documents", "200"),
                ("/api/v1/documents/{id}", "/api/v1/documents/leshan-upgrade", "200"),
                ("/api/v1/documents/{id}/facts", "/api/v1/documents/kunming-2011/facts", "200"),
                ("/api/v1/search", "/api/v1/search?q=zone", "200"),
                ("/api/v1/rankings", "/api/v1/rankings?metric=output_value&period=2011", "200"),
                ("/api/v1/conflicts", "/api/v1/conflicts", "200"),
                ("/api/v1/checks", "/api/v1/checks", "200"),
                ("/api/v1/zones/{id}", "/api/v1/zones/999999", "404"),
                ("/api/v1/zones", "/api/v1/zones?limit=-1", "400"),
            ]
            #expect(Set(requests.map(\.path)).isSuperset(of: paths), "every documented path is exercised")
            for request in requests {
                try await client.execute(uri: request.uri, method: .get) { response in
                    #expect(String(response.status.code) == request.status, "\(request.uri)")
                    let schema = try #require(validator.responseSchema(path: request.path, status: request.status), "\(request.path) \(request.status)")
                    let problems = validator.problems(try JSONValue.parse(response.text), against: schema)
                    #expect(problems.isEmpty, "\(request.uri): \(problems.prefix(5))")
                }
            }
        }
    }

    /// Each closed set of values the API speaks (metrics, units, statuses…) is listed in the document
    /// in full: a case added to a model enum and missing from the document fails here.
    @Test func everyCaseOfTheModelEnumsIsInTheDocument() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            var document = JSONValue.null
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                document = try JSONValue.parse(response.text)
            }
            var listed: [Set<String>] = []
            func collect(_ value: JSONValue) {
                if let object = value.object {
                    if let values = object["enum"]?.array { listed.append(Set(values.compactMap(\.string))) }
                    object.values.forEach(collect)
                } else if let items = value.array {
                    items.forEach(collect)
                }
            }
            collect(document)
            func expectListed<T: CaseIterable & RawRepresentable>(_ type: T.Type) where T.RawValue == String {
                let cases = Set(T.allCases.map(\.rawValue))
                let isListed = listed.contains(cases)
                #expect(isListed, "the API document lists no enum with exactly the cases of \(T.self): \(cases.sorted())")
            }
            expectListed(ZoneType.self)
            expectListed(ZoneLevel.self)
            expectListed(EventKind.self)
            expectListed(Metric.self)
            expectListed(FigureUnit.self)
            expectListed(Aspect.self)
            expectListed(FigureStatus.self)
            expectListed(Bound.self)
            expectListed(SourceKind.self)
            expectListed(TargetAssessment.Status.self)
            expectListed(DerivedFigure.Method.self)
            expectListed(CheckRule.Severity.self)
            expectListed(Claim.Verdict.self)
        }
    }

    /// The served document is a valid OpenAPI 3.1 document by OpenAPIKit's validator: every
    /// reference resolves, every operation answers, every path parameter is declared.
    @Test func theDocumentIsValidOpenAPI() async throws {
        let store = try await TestServer.store()
        try await TestServer.run(store) { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(response.text.utf8))
                #expect(document.openAPIVersion == .v3_1_0)
                _ = try document.validate()
            }
        }
    }
}
