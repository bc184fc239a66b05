extension Fact {
    /// The fact as one line of the exchange format (`SCHEMA.md`), keys in the schema's order.
    ///
    /// ```swift
    /// fact.jsonLine(documentID: "000_x")
    /// // {"doc":"000_x","kind":"figure","subject":"Leshan Hi-tech Industrial Park", …}
    /// ```
    /// - Parameter documentID: the document id (file name without extension).
    /// - Returns: a JSON object on one line, without a trailing newline.
    public func jsonLine(documentID: String) -> String {
        var line: [UInt8] = []
        appendJSONLine(documentID: documentID, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends ``jsonLine(documentID:)``'s UTF-8 to `output` (no `String` made: what `zonebase extract`
    /// writes for every fact).
    public func appendJSONLine(documentID: String, to output: inout [UInt8]) {
        var json = JSONObjectWriter()
        json.add("doc", documentID)
        json.add("kind", kindName)
        switch self {
        case .zone(let zone):
            json.add("name", zone.name)
            json.add("level", zone.level?.rawValue)
            json.add("type", zone.type.rawValue)
            json.add("province", zone.province)
            json.add("city", zone.city)
            if let parent = zone.parent { json.add("parent", parent) }
        case .event(let event):
            json.add("zone", event.zone)
            json.add("event", event.kind.rawValue)
            json.add("date", event.date.description)
            if let authority = event.authority { json.add("authority", authority) }
        case .figure(let figure):
            json.add("subject", figure.subject)
            json.add("metric", figure.metric.rawValue)
            json.add("value", figure.value)
            json.add("unit", figure.unit.rawValue)
            json.add("aspect", figure.aspect.rawValue)
            json.add("status", figure.status.rawValue)
            json.add("bound", figure.bound.rawValue)
            json.add("period", figure.period?.description)
            if figure.isConversion { json.add("conversion", true) }
            // Beyond SCHEMA.md (the scorer ignores fields it does not know): the measure as named.
            if let measure = figure.measure { json.add("measure", measure) }
        case .industry(let industry):
            json.add("zone", industry.zone)
            json.add("name", industry.name)
        }
        json.add("quote", evidence.quote)
        json.finish(into: &output)
    }
}
