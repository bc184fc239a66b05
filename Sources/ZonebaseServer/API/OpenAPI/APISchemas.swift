import OpenAPIKit
import ZonebaseAnalysis
import ZonebaseModel
import ZonebaseStorage

/// The component schemas of the API: one for each type an answer encodes, with enum values taken
/// from the Swift enums.
enum APISchemas {
    static var all: OrderedDictionary<String, JSONSchema> {
        var schemas = storage
        for (name, schema) in analysis { schemas[name] = schema }
        return schemas
    }

    /// What the knowledge base stores: zones, events, figures, documents, and the small answers around them.
    static let storage: OrderedDictionary<String, JSONSchema> = [
        "Error": .record(["error": .record(["message": .string, "status": .integer])]),
        "Health": .record(["status": .string(allowedValues: "ok")]),
        "Zone": .record([
            "id": .integer, "name": .string, "type": .cases(of: ZoneType.self), "level": .cases(of: ZoneLevel.self, required: false),
            "province": .optionalString, "city": .optionalString, "parent": .optionalString, "documentCount": .integer,
            "nameZH": .optionalString, "registryName": .optionalString, "registryNationalDate": .optionalString,
        ]),
        "ZonePage": .page(of: "Zone"),
        "Event": .record([
            "kind": .cases(of: EventKind.self), "date": .string, "authority": .optionalString, "document": .string, "quote": .string,
            "source": .string, "published": .optionalString, "spanStart": .integer,
        ]),
        "Figure": .record([
            "subject": .string, "metric": .cases(of: Metric.self), "value": .number, "unit": .cases(of: FigureUnit.self),
            "aspect": .cases(of: Aspect.self), "status": .cases(of: FigureStatus.self), "bound": .cases(of: Bound.self),
            "period": .optionalString, "isConversion": .boolean, "document": .string, "quote": .string, "sentence": .string,
            "measure": .string(required: false, description: "The measure as the text names it, normalized (general public budget "
                + "revenue); figures of one metric but different measures are different quantities."),
            "spanStart": .integer, "spanEnd": .integer, "source": .string, "published": .optionalString,
        ]),
        "FigureRow": .record(["zone": .optionalString, "zoneID": .integer(required: false), "figure": .component("Figure")]),
        "ZoneDetail": .record([
            "zone": .component("Zone"), "aliases": .array(items: .string), "events": .list(of: "Event"),
            "industries": .array(items: .string), "subZones": .array(items: .string), "figureCount": .integer,
            "latest": .list(of: "Figure"),
        ]),
        "FigureList": .itemList(of: "FigureRow"),
        "EventList": .itemList(of: "Event"),
        "DocumentSummary": .record([
            "id": .string, "title": .optionalString, "source": .string,
            "language": .string(required: false, allowedValues: "en", "zh"), "published": .optionalString, "facts": .integer,
            "address": .optionalString,
            "cluster": .string(required: false, description: "The cluster of copies of one article it is in (its first document's id)."),
            "copyOf": .string(required: false, description: "The stored document it was found to copy when ingested."),
            "copySimilarity": .number(required: false, description: "How much of the smaller text the larger holds (0–1)."),
            "canonical": .string(required: false, description: "For a copy: the document that stands for its cluster (government > newspaper > portal > copy; then the earliest date; then the longest text)."),
            "textLength": .integer,
            "factsOmitted": .integer(required: false, description: "Facts beyond the limit a document, not stored."),
        ]),
        "DocumentPage": .page(of: "DocumentSummary"),
        "LocatedFact": .record([
            "kind": .string(allowedValues: "figure", "event", "industry"), "summary": .string, "zoneID": .integer(required: false),
            "zone": .optionalString, "spanStart": .integer, "spanEnd": .integer, "quote": .string,
        ]),
        "FactList": .itemList(of: "LocatedFact"),
        "Document": .record([
            "summary": .component("DocumentSummary"), "text": .string,
            "readableText": .string(description: "The text with markup blanked by spaces, byte for byte as long as text: the facts' "
                + "offsets hold in both."),
            "facts": .list(of: "LocatedFact"),
        ]),
        "SearchHit": .record(["document": .string, "title": .string, "snippet": .string]),
        "SearchList": .itemList(of: "SearchHit"),
        "DocumentUpload": .record([
            "id": .string(pattern: "^[A-Za-z0-9._-]{1,200}$"),
            "text": .string(description: "Plain text or HTML; no control characters but tab, line feed, form feed and carriage return.",
                            pattern: "^[^\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f]*$"),
            "source": .optionalString,
            "address": .string(required: false, description: "The address the document was published at (else `source` when it is an "
                + "http(s) URL, else the one the page states)."),
        ]),
        "DocumentStored": .record([
            "id": .string, "result": .string(allowedValues: "new", "updated", "unchanged"), "facts": .integer,
            "factsOmitted": .integer(required: false, description: "Facts beyond the limit a document, not stored."),
        ]),
    ]
}
