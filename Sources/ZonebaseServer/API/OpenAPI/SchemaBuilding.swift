import OpenAPIKit

/// The few shapes every schema of the API is made of, so that each is written once.
extension JSONSchema {
    /// A string holding one of `T`'s raw values. The values come from the type itself: a case added
    /// to an enum is in the document the moment it is in the code.
    static func cases<T: CaseIterable & RawRepresentable>(
        of type: T.Type, required: Bool = true, description: String? = nil, default defaultValue: T? = nil
    ) -> JSONSchema where T.RawValue == String {
        .string(required: required, description: description, allowedValues: T.allCases.map { AnyCodable($0.rawValue) },
                defaultValue: defaultValue.map { AnyCodable($0.rawValue) })
    }

    /// A reference to the component schema `name`.
    static func component(_ name: String, required: Bool = true) -> JSONSchema {
        .reference(.component(named: name), required: required)
    }

    /// An array of the component schema `name`.
    static func list(of name: String) -> JSONSchema {
        .array(items: .component(name))
    }

    /// An object with exactly these properties (each required unless its schema says otherwise).
    static func record(_ properties: OrderedDictionary<String, JSONSchema>) -> JSONSchema {
        .object(properties: properties, additionalProperties: .a(false))
    }

    /// A page of a listing: the items of one page and where it stands in the whole.
    static func page(of item: String) -> JSONSchema {
        .record(["total": .integer, "limit": .integer, "offset": .integer, "items": .list(of: item)])
    }

    /// A whole list, for answers short by nature.
    static func itemList(of item: String) -> JSONSchema {
        .record(["items": .list(of: item)])
    }

    /// A string that may be left out.
    static var optionalString: JSONSchema { .string(required: false) }

    /// A period: a year, a point or a span.
    static func period(required: Bool = true) -> JSONSchema {
        .string(required: required, description: "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
                pattern: "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$")
    }

    /// A date as precise as its source: a year, a month or a day.
    static func datePrefix(required: Bool = true) -> JSONSchema {
        .string(required: required, description: "An ISO date prefix: 2012, 2012-08 or 2012-08-28.", pattern: "^[0-9]{4}(-[0-9]{2}){0,2}$")
    }
}
