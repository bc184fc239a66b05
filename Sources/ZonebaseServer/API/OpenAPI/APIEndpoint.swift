import OpenAPIKit

/// Every operation of the JSON API. The controller registers a handler for each and the OpenAPI
/// document describes each, both by a switch over all cases: an endpoint cannot be served without
/// being documented, nor documented without being served.
enum APIEndpoint: CaseIterable, Sendable {
    case health
    case zones, zone, zoneFigures, zoneSeries, zoneEvents, zoneTargets
    case targets
    case documents, storeDocument, document, documentFacts
    case search, rankings, conflicts, checks

    /// The path as OpenAPI writes it: `/api/v1/zones/{id}`.
    var path: String {
        switch self {
        case .health: "/healthz"
        case .zones: "/api/v1/zones"
        case .zone: "/api/v1/zones/{id}"
        case .zoneFigures: "/api/v1/zones/{id}/figures"
        case .zoneSeries: "/api/v1/zones/{id}/series"
        case .zoneEvents: "/api/v1/zones/{id}/events"
        case .zoneTargets: "/api/v1/zones/{id}/targets"
        case .targets: "/api/v1/targets"
        case .documents, .storeDocument: "/api/v1/documents"
        case .document: "/api/v1/documents/{id}"
        case .documentFacts: "/api/v1/documents/{id}/facts"
        case .search: "/api/v1/search"
        case .rankings: "/api/v1/rankings"
        case .conflicts: "/api/v1/conflicts"
        case .checks: "/api/v1/checks"
        }
    }

    var method: OpenAPI.HttpMethod { self == .storeDocument ? .post : .get }

    /// The path as the router writes it, below `/api/v1` (`zones/:id`); `/healthz` is the application's own.
    var route: String {
        let relative = path.hasPrefix("/api/v1/") ? String(path.dropFirst("/api/v1/".count)) : String(path.dropFirst())
        return relative.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/")
    }
}
