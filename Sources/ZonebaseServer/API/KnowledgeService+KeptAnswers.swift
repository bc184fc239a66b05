import Foundation
import NIOCore
import ZonebaseStorage

extension KnowledgeService {
    /// The answer of `kind` about the zone `id`: the one kept in the store when it is current (one
    /// indexed read), else `render`'s, which is then kept for the next request (see ``KeptZoneAnswers``).
    ///
    /// - Parameter basis: what else the answer depends on beside the zone's facts (a page: the day
    ///   its targets are judged on); this server's build is added, so another release renders again.
    func keptAnswer(
        zone id: String, kind: ZoneAnswerKind, basis: String = "", contentType: String,
        render: (StoredZone) async throws -> Rendered
    ) async throws -> Rendered {
        guard let zoneID = Int64(id), zoneID > 0 else { return try await render(try await zone(id)) }
        let basis = "\(ServerBuild.identity) \(basis)"
        // The generation is read before the facts: a write committed after this read moves it on,
        // and an answer kept under the older generation is never used.
        let kept = try await store.keptZoneAnswer(zoneID: zoneID, kind: kind, basis: basis)
        if let body = kept.body { return Rendered(body: ByteBuffer(bytes: body), contentType: contentType) }
        let rendered = try await render(try await zone(id))
        let body = Array(rendered.body.readableBytesView)
        // Kept after the answer is sent; a store that cannot be written (read-only) keeps nothing.
        Task { [store] in try? await store.keepZoneAnswer(body, zoneID: zoneID, kind: kind, basis: basis, generation: kept.generation) }
        return rendered
    }
}
