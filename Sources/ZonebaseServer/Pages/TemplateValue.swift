import Mustache

/// A view as the templates read it: its stored properties found by one reflection of each value.
///
/// swift-mustache reads a plain value's property with a `Mirror`, reflecting every property of the
/// value to find the one a tag names, and again for every tag and every level of the context stack
/// it looks through: a zone page of a few hundred figure rows spent three quarters of its time
/// there (random zones, response cache off: 44 pages/s). Wrapped, each value is reflected once and
/// a tag is a dictionary lookup.
struct TemplateValue: MustacheParent {
    private let fields: [String: Any]

    private init(fields: [String: Any]) {
        self.fields = fields
    }

    func child(named name: String) -> Any? { fields[name] }

    /// `value` ready for a template: structures and classes as ``TemplateValue``s, arrays element by
    /// element, optionals unwrapped (`nil` fields left out, so a section over them is false); strings,
    /// numbers, booleans and enumerations as they are.
    static func wrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { wrap($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { wrap($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let wrapped = wrap(child.value) { fields[label] = wrapped }
            }
            return TemplateValue(fields: fields)
        default:
            return value
        }
    }
}
