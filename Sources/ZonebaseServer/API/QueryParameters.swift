import Foundation
import Hummingbird
import ZonebaseModel

/// Reading and checking query parameters: a bad value is a 400 naming the parameter and what it takes.
struct QueryParameters {
    let request: Request

    /// A text parameter, `nil` when absent (an empty value is a value: checks on it apply). Control
    /// characters become spaces: a NUL must never reach a database's parser.
    func text(_ name: String, maximumLength: Int = 200) throws -> String? {
        guard let value = request.uri.queryParameters.get(name) else { return nil }
        guard value.count <= maximumLength else { throw HTTPError(.badRequest, message: "\(name) is longer than \(maximumLength) characters") }
        guard value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// Every value of a repeated text parameter (`zone=A&zone=B`), empty ones left out.
    func texts(_ name: String, maximumLength: Int = 200) throws -> [String] {
        try request.uri.queryParameters.getAll(name).map { value in
            guard value.count <= maximumLength else { throw HTTPError(.badRequest, message: "\(name) is longer than \(maximumLength) characters") }
            return String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// A value of a closed vocabulary.
    func value<Value: RawRepresentable<String>>(_ name: String, _ type: Value.Type, allowed: [String]) throws -> Value? {
        guard let text = try text(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw HTTPError(.badRequest, message: "\(name) must be one of \(allowed.joined(separator: ", ")); got \(text)")
        }
        return value
    }

    /// An integer within `range`, or `defaultValue` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let text = try text(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound); got \(text)")
        }
        return value
    }

    /// A period prefix such as `2011` or `2011/2015`.
    func period(_ name: String) throws -> String? {
        guard let text = try text(name, maximumLength: 21) else { return nil }
        let allowed = text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
        guard allowed, text.utf8.count >= 4 else {
            throw HTTPError(.badRequest, message: "\(name) must be a year or period such as 2011, 2011-06 or 2011/2015; got \(text)")
        }
        return text
    }

    /// A boolean: `true`/`false`/`1`/`0`; `defaultValue` when not given.
    func flag(_ name: String, default defaultValue: Bool = false) throws -> Bool {
        guard let text = try text(name) else { return defaultValue }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: throw HTTPError(.badRequest, message: "\(name) must be true or false; got \(text)")
        }
    }
}
