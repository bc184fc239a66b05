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
        Rendered(body: ByteBuffer(bytes: try JSONEncoder().encode(value)), contentType: jsonType)
    }

    /// A page.
    static func html(_ text: String) -> Rendered {
        Rendered(body: ByteBuffer(string: text), contentType: htmlType)
    }

    static let jsonType = "application/json; charset=utf-8"
    static let htmlType = "text/html; charset=utf-8"

    var response: Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// The response, with the validators of the store's state it was rendered from.
    func response(validators: HTTPFields) -> Response {
        var response = self.response
        response.headers.append(contentsOf: validators)
        return response
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
    /// When this server first answered from each revision (for `Last-Modified`).
    private let firstSeen = Mutex<[Int64: Date]>([:])
    /// This server's start, in seconds: part of every `ETag`.
    private let started = Int(Date().timeIntervalSince1970)

    /// A cache of at most `capacity` answers; 0 keeps none.
    init(store: any KnowledgeBase, capacity: Int = 2_000) {
        self.store = store
        self.capacity = capacity
    }

    /// The cached answer for `request` when it is current, else `render`'s answer (cached when small).
    /// Every answer carries an `ETag` and a `Last-Modified` of the store's revision, so a browser or
    /// a cache that asks again with `If-None-Match` (or `If-Modified-Since`) gets 304 Not Modified
    /// while nothing was stored, merged or split.
    func respond(to request: Request, _ render: () async throws -> Rendered) async throws -> Response {
        let key = request.uri.description
        let revision = try await currentRevision()
        let validators = self.validators(revision)
        if Self.isNotModified(request, validators) {
            return Response(status: .notModified, headers: validators)
        }
        if capacity == 0 { return try await render().response(validators: validators) }
        if let entry = entries.withLock({ $0.byKey[key] }), entry.revision == revision {
            return entry.rendered.response(validators: validators)
        }
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
        return rendered.response(validators: validators)
    }

    /// `ETag` (the revision and this server's start, so a restarted server with other code does not
    /// answer 304 for what it renders differently), `Last-Modified` (when this server first saw the
    /// revision, to the second) and `Cache-Control: no-cache` (use it, but ask again first).
    private func validators(_ revision: Int64) -> HTTPFields {
        let seen = firstSeen.withLock { seen in
            if let known = seen[revision] { return known }
            if seen.count > 64 { seen.removeAll() }
            let now = Date()
            seen[revision] = now
            return now
        }
        return [
            .eTag: "W/\"\(revision)-\(started)\"",
            .lastModified: Self.httpDate(seen),
            .cacheControl: "no-cache",
        ]
    }

    private static func isNotModified(_ request: Request, _ validators: HTTPFields) -> Bool {
        if let tags = request.headers[.ifNoneMatch], let etag = validators[.eTag] {
            return tags.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }
        }
        // Dates to the second: the answer is unchanged when it was last modified no later than asked.
        if let since = request.headers[.ifModifiedSince].flatMap(Self.parseHTTPDate),
           let modified = validators[.lastModified].flatMap(Self.parseHTTPDate)
        {
            return modified <= since
        }
        return false
    }

    /// An IMF-fixdate: `Tue, 01 Dec 2026 19:32:56 GMT`.
    static func httpDate(_ date: Date) -> String {
        httpDateFormatter().string(from: date)
    }

    static func parseHTTPDate(_ text: String) -> Date? {
        httpDateFormatter().date(from: text)
    }

    private static func httpDateFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
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
