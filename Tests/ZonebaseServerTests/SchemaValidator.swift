import Foundation

/// A parsed JSON value, keeping booleans and numbers apart.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    subscript(key: String) -> JSONValue? { if case .object(let object) = self { object[key] } else { nil } }
    var string: String? { if case .string(let text) = self { text } else { nil } }
    var array: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
    var object: [String: JSONValue]? { if case .object(let object) = self { object } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}

/// Checks JSON values against the JSON Schema subset the OpenAPI document uses: `$ref`, `type`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `oneOf`, `pattern`.
struct SchemaValidator {
    let document: JSONValue

    /// What is wrong with `value` (empty when it conforms).
    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string { return problems(value, against: resolve(reference), at: path) }
        if let options = schema["oneOf"]?.array {
            let matching = options.filter { problems(value, against: $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of the oneOf schemas"]
        }
        if let type = schema["type"]?.string, !has(value, type: type) { return ["\(path): \(value) is not \(type)"] }
        var found: [String] = []
        if let allowed = schema["enum"]?.array, !allowed.contains(where: { "\($0)" == "\(value)" }) {
            found.append("\(path): \(value) not in \(allowed)")
        }
        if let pattern = schema["pattern"]?.string, let text = value.string, text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \(text) does not match \(pattern)")
        }
        if let object = value.object {
            let properties = schema["properties"]?.object ?? [:]
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            for (key, member) in object {
                if let property = properties[key] {
                    found += problems(member, against: property, at: "\(path).\(key)")
                } else if case .bool(false)? = schema["additionalProperties"] {
                    found.append("\(path): unexpected property \(key)")
                }
            }
        }
        if let array = value.array, let items = schema["items"] {
            for (index, item) in array.enumerated() { found += problems(item, against: items, at: "\(path)[\(index)]") }
        }
        return found
    }

    /// The schema a `#/components/schemas/Name` reference names.
    func resolve(_ reference: String) -> JSONValue {
        var node = document
        for part in reference.dropFirst(2).split(separator: "/") { node = node[String(part)] ?? .null }
        return node
    }

    /// The schema of the `status` JSON response of `method` on `path`.
    func responseSchema(path: String, method: String = "get", status: String = "200") -> JSONValue? {
        document["paths"]?[path]?[method]?["responses"]?[status]?["content"]?["application/json"]?["schema"]
    }

    private func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("number", .number): true
        case ("integer", .number(let number)): number.rounded() == number
        default: false
        }
    }
}
