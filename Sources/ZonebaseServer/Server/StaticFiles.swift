import Foundation
import Hummingbird

/// The stylesheet and the small script, read once from the bundle and served with caching.
enum StaticFiles {
    static func register<Context: RequestContext>(on router: Router<Context>) {
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8")] {
            let text = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Static")
                .flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
            router.get("static/\(name)") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                    body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }
    }
}
