import Foundation
import Hummingbird
import Synchronization
import ZonebaseStorage

/// A rendered answer: the bytes and their type.
struct Rendered: Sendable {
    var body: ByteBuffer
    var contentType: String
    var filename: String? = nil

    /// `value` as JSON.
    static func json(_ value: some Encodable) throws -> Rendered {
        Rendered(body: ByteBuffer(bytes: try JSONEncoder().encode(value)), contentType: "application/json; charset=utf-8")
    }

    /// A page.
    static func html(_ text: String) -> Rendered {
        Rendered(body: ByteBuffer(string: text), contentType: "text/html; charset=utf-8")
    }

    var response: Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}

/// Answers to GET requests kept by URI and reused while the store's revision is unchanged: one tiny
/// query (the revision) instead of the page's or the endpoint's queries and rendering. Any stored
/// document, merge or split — by this server or by another process on the same database — moves the
/// revision on, and the cached answers of the older revision are not used again.
final class ResponseCache: Sendable {
    private struct Entry {
        var revision: Int64
        var rendered: Rendered
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int
    private let store: any KnowledgeBase

    init(store: any KnowledgeBase, capacity: Int = 2_000) {
        self.store = store
        self.capacity = capacity
    }

    /// The cached answer for `request` when it is current, else `render`'s answer (cached when small).
    func respond(to request: Request, _ render: () async throws -> Rendered) async throws -> Response {
        let key = request.uri.description
        let revision = try await store.revision()
        if let entry = entries.withLock({ $0[key] }), entry.revision == revision { return entry.rendered.response }
        let rendered = try await render()
        if rendered.body.readableBytes <= 1 << 20 {
            entries.withLock { entries in
                // Full: start again rather than track ages; answers are cheap to render once.
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = Entry(revision: revision, rendered: rendered)
            }
        }
        return rendered.response
    }
}
