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

/// Answers to GET requests kept by URI and reused while the store's revision is unchanged, instead of
/// the page's or the endpoint's queries and rendering. Any stored document, merge or split moves the
/// revision on and the older answers are not used again: at once for writes through this server,
/// within 0.1 s for writes by another process on the same database (`zonebase ingest`).
final class ResponseCache: Sendable {
    private struct Entry {
        var revision: Int64
        var rendered: Rendered
    }

    private let entries = Mutex<(byKey: [String: Entry], bytes: Int)>(([:], 0))
    private let capacity: Int
    /// At most this many bytes of answers are kept (64 MB).
    private let byteCapacity = 64 << 20
    private let store: any KnowledgeBase
    /// The revision last read and when: it is read again at most every `revisionLifetime`, so busy
    /// readers do not queue on the database for it. Writes through this server forget it at once.
    private let lastRevision = Mutex<(value: Int64, readAt: ContinuousClock.Instant)?>(nil)
    private let revisionLifetime = Duration.milliseconds(100)

    init(store: any KnowledgeBase, capacity: Int = 2_000) {
        self.store = store
        self.capacity = capacity
    }

    /// The cached answer for `request` when it is current, else `render`'s answer (cached when small).
    func respond(to request: Request, _ render: () async throws -> Rendered) async throws -> Response {
        let key = request.uri.description
        let revision = try await currentRevision()
        if let entry = entries.withLock({ $0.byKey[key] }), entry.revision == revision { return entry.rendered.response }
        let rendered = try await render()
        let size = rendered.body.readableBytes
        if size <= 1 << 20 {
            entries.withLock { entries in
                // Full: start again rather than track ages; answers are cheap to render once.
                if entries.byKey.count >= capacity || entries.bytes + size > byteCapacity { entries = ([:], 0) }
                entries.bytes += size - (entries.byKey[key]?.rendered.body.readableBytes ?? 0)
                entries.byKey[key] = Entry(revision: revision, rendered: rendered)
            }
        }
        return rendered.response
    }

    /// Forgets the revision read last: the next request reads it again (after a write through this server).
    func invalidate() {
        lastRevision.withLock { $0 = nil }
    }

    private func currentRevision() async throws -> Int64 {
        let now = ContinuousClock.now
        if let last = lastRevision.withLock({ $0 }), now - last.readAt < revisionLifetime { return last.value }
        let value = try await store.revision()
        lastRevision.withLock { $0 = (value, now) }
        return value
    }
}
