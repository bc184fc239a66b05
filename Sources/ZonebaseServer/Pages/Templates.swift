import Foundation
import Mustache

/// The page templates bundled with the server (`Templates/*.mustache`). `{{…}}` escapes HTML;
/// `{{{…}}}` is used only for markup the server builds itself from escaped parts (charts, highlights).
struct Templates: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> Templates {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw TemplateError(message: "the bundled Templates folder is missing")
        }
        return Templates(library: try await MustacheLibrary(directory: folder.path))
    }

    /// `page` rendered inside the common layout.
    func render(_ page: String, title: String, context: Any) -> String {
        let body = library.render(TemplateValue.wrap(context) ?? context, withTemplate: page) ?? ""
        return library.render(TemplateValue.wrap(Layout(title: title, body: body)) ?? body, withTemplate: "layout") ?? body
    }

    struct Layout {
        var title: String
        var body: String
    }
}

struct TemplateError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
