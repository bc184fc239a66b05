import Foundation
import Hummingbird
import Logging
import ZonebaseExtraction
import ZonebaseStorage

/// Every response: security headers (a strict Content-Security-Policy: nothing from elsewhere, no
/// inline script), errors as JSON under `/api` (never a bare 500 with details), and metrics.
struct ObservingMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            // Everything reads with GET (and HEAD); the one write is POST /api/v1/documents. Any other
            // method is answered 405 with the methods that are allowed.
            let writable = request.uri.path == "/api/v1/documents"
            guard [.get, .head].contains(request.method) || (writable && request.method == .post) else {
                let allowed = writable ? "GET, HEAD, POST" : "GET, HEAD"
                throw HTTPError(.methodNotAllowed, headers: [.allow: allowed], message: "\(request.method) is not allowed here")
            }
            response = try await next(request, context)
        } catch {
            response = Self.errorResponse(error, for: request, context: context)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        metrics.record(status: response.status.code, duration: ContinuousClock.now - started)
        return response
    }

    /// An error as the client sees it: JSON for the API, a small page elsewhere. Errors that are not
    /// HTTP errors are logged and answered with a generic 500.
    static func errorResponse(_ error: any Error, for request: Request, context: Context) -> Response {
        let status: HTTPResponse.Status
        let message: String
        var headers: HTTPFields = [:]
        if let error = error as? HTTPError {
            status = error.status
            message = error.body ?? error.status.reasonPhrase
            headers = error.headers
        } else if let refusal = error as? DocumentRefusal {
            // A posted text that cannot be read (binary, empty…): the request's fault.
            status = .unprocessableContent
            message = "the text cannot be read: \(refusal)"
        } else if let error = error as? StoreError, error.isAboutTheRequest {
            status = error.httpStatus
            message = error.message
        } else if let error = error as? StoreError {
            context.logger.error("store failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            status = error.httpStatus
            message = "the knowledge base could not answer; the error is in the server's log"
        } else {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            status = .internalServerError
            message = "the server could not answer; the error is in its log"
        }
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" {
            let body = APIError(error: .init(message: message, status: status.code))
            let data = (try? JSONEncoder().encode(body)) ?? Data()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let page = ErrorPage.render(status: status.code, message: message)
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

/// The JSON body of every API error: `{"error": {"message": …, "status": 404}}`.
struct APIError: Codable, ResponseEncodable {
    struct Detail: Codable {
        var message: String
        var status: Int
    }

    var error: Detail
}
