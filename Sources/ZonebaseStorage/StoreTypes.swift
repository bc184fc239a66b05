public import ZonebaseModel

/// A document ready to be stored: its identity, its text and the facts extracted from it.
public struct DocumentInput: Sendable {
    /// The document id (file name without extension).
    public var id: String
    /// Where it was read from.
    public var source: String
    /// SHA-256 of the original bytes (see ``ContentHash``).
    public var contentHash: String
    /// The original text, decoded.
    public var text: String
    /// The facts and what the extractor learned of the document.
    public var facts: DocumentFacts
    /// The extractor version that produced the facts.
    public var extractorVersion: String

    /// Creates a document input.
    public init(id: String, source: String, contentHash: String, text: String, facts: DocumentFacts, extractorVersion: String) {
        self.id = id
        self.source = source
        self.contentHash = contentHash
        self.text = text
        self.facts = facts
        self.extractorVersion = extractorVersion
    }
}

/// What ingesting one document did.
public enum IngestResult: Sendable, Equatable {
    /// A document not seen before, with the number of facts stored.
    case new(facts: Int)
    /// A known document whose content changed: its old facts were replaced.
    case updated(facts: Int)
    /// The same content was already stored; nothing changed.
    case unchanged
}

/// Which zones to list.
public struct ZoneFilter: Sendable {
    /// Only zones in this province (case-insensitive).
    public var province: String?
    /// Only zones of this level.
    public var level: ZoneLevel?
    /// Only zones of this type.
    public var type: ZoneType?

    /// Creates a filter; `nil` means any.
    public init(province: String? = nil, level: ZoneLevel? = nil, type: ZoneType? = nil) {
        self.province = province
        self.level = level
        self.type = type
    }
}

/// A zone as stored: one record per real zone across documents.
public struct StoredZone: Sendable, Hashable, Codable {
    /// The zone's id in the store.
    public var id: Int64
    /// The fullest name seen.
    public var name: String
    /// The zone's type.
    public var type: ZoneType
    /// The highest level any source gives.
    public var level: ZoneLevel?
    /// Province and city, when known.
    public var province: String?
    public var city: String?
    /// The parent zone's name, for sub-parks.
    public var parent: String?
    /// How many documents name the zone.
    public var documentCount: Int
    /// The official Chinese name, from the registry of national zones.
    public var nameZH: String? = nil
    /// The registry's English name.
    public var registryName: String? = nil
    /// When the registry says the zone became national.
    public var registryNationalDate: String? = nil
}

/// A dated event with its source.
public struct StoredEvent: Sendable, Hashable, Codable {
    public var kind: EventKind
    public var date: String
    public var authority: String?
    public var document: String
    public var quote: String
    /// Where the document was read from (a path or URL).
    public var source: String = ""
    /// The date the document states for itself, when it states one.
    public var published: String? = nil
}

/// A figure with its source.
public struct StoredFigure: Sendable, Hashable, Codable {
    public var subject: String
    public var metric: Metric
    public var value: Double
    public var unit: FigureUnit
    public var aspect: Aspect
    public var status: FigureStatus
    public var bound: Bound
    public var period: String?
    public var isConversion: Bool
    public var document: String
    public var quote: String
    public var sentence: String
    /// The measure as the text names it (`general public budget revenue`), when one was named.
    public var measure: String? = nil
    /// Where the quote is in the original document: byte offsets `[spanStart, spanEnd)`.
    public var spanStart: Int = 0
    public var spanEnd: Int = 0
    /// Where the document was read from.
    public var source: String = ""
    /// The date the document states for itself, when it states one.
    public var published: String? = nil
}

/// Everything the store knows of one zone.
public struct ZoneProfile: Sendable, Hashable, Codable {
    public var zone: StoredZone
    /// Every name the zone was seen under.
    public var aliases: [String]
    /// Dated events, oldest first, each with its source; conflicting dates appear side by side.
    public var events: [StoredEvent]
    /// Leading industries, as written.
    public var industries: [String]
    /// Zones that are part of this one (sub-parks).
    public var subZones: [String] = []
    /// Figures about the zone, newest period first.
    public var figures: [StoredFigure]
}

extension ZoneProfile {
    /// For each metric, aspect and unit, the actual figures of its newest period (every source of
    /// it); undated figures only where nothing is dated.
    public var latestActualFigures: [StoredFigure] {
        let actual = figures.filter { $0.status == .actual }
        func key(_ figure: StoredFigure) -> String { "\(figure.metric.rawValue)|\(figure.aspect.rawValue)|\(figure.unit.rawValue)" }
        var newest: [String: String?] = [:]
        for figure in actual.sorted(by: { ($0.period ?? "") > ($1.period ?? "") }) where newest[key(figure)] == nil {
            newest[key(figure)] = .some(figure.period)
        }
        return actual.filter { newest[key($0)] == .some($0.period) }
    }
}

/// How much the store holds.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var documents: Int
    public var zones: Int
    public var events: Int
    public var figures: Int
    public var industries: Int
}

/// The knowledge base, whatever database holds it.
public protocol FactStore: Sendable {
    /// Stores a document and its facts in one transaction: new, updated (old facts replaced) or unchanged.
    func ingest(_ document: DocumentInput) async throws -> IngestResult
    /// Stores several documents, each all-or-nothing (a savepoint of its own), committed together:
    /// one commit instead of one per document. A document that fails is rolled back alone and its
    /// error returned in its place; a killed run loses at most the uncommitted group.
    func ingest(_ documents: [DocumentInput]) async -> [Result<IngestResult, any Error>]
    /// Zones matching `filter`, by name.
    func zones(_ filter: ZoneFilter) async throws -> [StoredZone]
    /// Zones whose name or alias matches `name` (any case), or whose id is `name`.
    func findZones(_ name: String) async throws -> [StoredZone]
    /// The profile of one zone.
    func profile(of zone: StoredZone) async throws -> ZoneProfile
    /// Row counts.
    func counts() async throws -> StoreCounts
}

extension FactStore {
    /// Stores the documents one transaction each: for stores with nothing better to do.
    public func ingest(_ documents: [DocumentInput]) async -> [Result<IngestResult, any Error>] {
        var results: [Result<IngestResult, any Error>] = []
        for document in documents {
            do { results.append(.success(try await ingest(document))) } catch { results.append(.failure(error)) }
        }
        return results
    }
}

/// Which figures to list.
public struct FigureFilter: Sendable {
    /// Only figures about this zone (its id).
    public var zoneID: Int64?
    /// Only this metric.
    public var metric: Metric?
    /// Only figures whose period starts with this text (a year such as `2011`, or a span such as `2011/2015`).
    public var period: String?
    /// Only this status.
    public var status: FigureStatus?
    /// Only figures of a subject and metric that some target is about (the targets themselves, and
    /// the actuals and forecasts they are judged against).
    public var targetedOnly: Bool

    /// Creates a filter; `nil` means any.
    public init(
        zoneID: Int64? = nil, metric: Metric? = nil, period: String? = nil, status: FigureStatus? = nil, targetedOnly: Bool = false
    ) {
        self.zoneID = zoneID
        self.metric = metric
        self.period = period
        self.status = status
        self.targetedOnly = targetedOnly
    }
}

/// A figure with the zone it was resolved to, for listings and export.
public struct FigureRow: Sendable, Hashable, Codable {
    /// The zone's stored name, when the subject resolved to a zone.
    public var zone: String?
    /// The zone's id, when the subject resolved to a zone.
    public var zoneID: Int64? = nil
    /// The figure and its source.
    public var figure: StoredFigure

    /// Creates a row.
    public init(zone: String?, zoneID: Int64?, figure: StoredFigure) {
        self.zone = zone
        self.zoneID = zoneID
        self.figure = figure
    }
}

/// A document found by full-text search.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// Its headline.
    public var title: String
    /// The matching passage, matches marked [like this].
    public var snippet: String
}

extension SearchHit {
    /// A snippet with runs of white space (blanked markup, line breaks) as single spaces.
    static func tidy(_ snippet: String) -> String {
        snippet.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// An event with its zone, for export.
public struct EventRow: Sendable, Hashable, Codable {
    /// The zone's stored name.
    public var zone: String
    /// The zone's id.
    public var zoneID: Int64 = 0
    /// The event and its source.
    public var event: StoredEvent

    /// Creates a row.
    public init(zone: String, zoneID: Int64, event: StoredEvent) {
        self.zone = zone
        self.zoneID = zoneID
        self.event = event
    }
}

/// A stored document, for listings.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// The document id (file name without extension).
    public var id: String
    public var title: String?
    /// Where it was read from.
    public var source: String
    public var language: String?
    /// The date the document states for itself.
    public var published: String?
    /// How many figures and events it gave.
    public var facts: Int

    /// Creates a summary.
    public init(id: String, title: String?, source: String, language: String?, published: String?, facts: Int) {
        self.id = id
        self.title = title
        self.source = source
        self.language = language
        self.published = published
        self.facts = facts
    }
}

/// One fact of a document with where it sits in the text, for highlighting.
public struct LocatedFact: Sendable, Hashable, Codable {
    /// `figure`, `event` or `industry`.
    public var kind: String
    /// The fact in a few words ("revenue level actual 2011: 108860000000 CNY").
    public var summary: String
    /// The zone it is about, when it resolved to one.
    public var zoneID: Int64?
    public var zone: String?
    /// Byte offsets of the quote in the original text: `[spanStart, spanEnd)`.
    public var spanStart: Int
    public var spanEnd: Int
    public var quote: String

    /// Creates a located fact.
    public init(kind: String, summary: String, zoneID: Int64?, zone: String?, spanStart: Int, spanEnd: Int, quote: String) {
        self.kind = kind
        self.summary = summary
        self.zoneID = zoneID
        self.zone = zone
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.quote = quote
    }
}

/// A stored document with its text and its facts in text order.
public struct StoredDocument: Sendable, Hashable, Codable {
    public var summary: DocumentSummary
    /// The original text, decoded.
    public var text: String
    /// The same text with markup, scripts and page chrome blanked by spaces: byte for byte the same
    /// length, so the facts' offsets hold in both.
    public var readableText: String
    public var facts: [LocatedFact]

    /// Creates a stored document.
    public init(summary: DocumentSummary, text: String, readableText: String, facts: [LocatedFact]) {
        self.summary = summary
        self.text = text
        self.readableText = readableText
        self.facts = facts
    }
}

/// A leading industry as a document names it, with its zone.
public struct IndustryRow: Sendable, Hashable, Codable {
    /// The zone's id and stored name.
    public var zoneID: Int64
    public var zone: String
    /// The industry as written.
    public var name: String
    /// The document naming it, and the exact words.
    public var document: String
    public var quote: String

    /// Creates an industry row.
    public init(zoneID: Int64, zone: String, name: String, document: String, quote: String) {
        self.zoneID = zoneID
        self.zone = zone
        self.name = name
        self.document = document
        self.quote = quote
    }
}

/// A stored document's readable text, for rules that read sentences again (claims about order and count).
public struct DocumentText: Sendable, Hashable, Codable {
    /// The document id.
    public var document: String
    /// Its headline, when it has one.
    public var title: String?
    /// The date the document states for itself.
    public var published: String?
    /// The text with markup blanked, offsets as in the original.
    public var text: String

    /// Creates a document text.
    public init(document: String, title: String?, published: String?, text: String) {
        self.document = document
        self.title = title
        self.published = published
        self.text = text
    }
}

/// Listings beyond one zone: figures, search and export.
public protocol FactQueries: Sendable {
    /// Figures matching `filter`.
    func figures(_ filter: FigureFilter) async throws -> [FigureRow]
    /// Documents matching every word of `words`, best first.
    func search(_ words: String, limit: Int) async throws -> [SearchHit]
    /// Every event with its zone.
    func allEvents() async throws -> [EventRow]
    /// Every leading industry with its zone, by zone name.
    func allIndustries() async throws -> [IndustryRow]
    /// Documents, newest first (by published date, then id), `limit` from `offset`.
    func documents(limit: Int, offset: Int) async throws -> [DocumentSummary]
    /// One document with its text and facts, or `nil`.
    func document(_ id: String) async throws -> StoredDocument?
    /// The texts of the documents that contain every word of `words` (all documents when `nil`).
    func documentTexts(containing words: String?) async throws -> [DocumentText]
}

/// Everything the command line and the server need of a knowledge base; both backends provide it.
public protocol KnowledgeBase: FactStore, FactQueries, TargetJudgementStore {
    /// Whether a document with exactly this content is stored.
    func containsContent(_ contentHash: String) async throws -> Bool
    /// Merges zone `source` into `target`, remembering the names for later ingests.
    func merge(_ source: StoredZone, into target: StoredZone) async throws
    /// Splits the name `alias` off `zone` into a zone of its own, remembered for later ingests.
    @discardableResult func split(_ alias: String, from zone: StoredZone) async throws -> StoredZone
    /// Problems with the stored data (empty when consistent).
    func consistencyProblems() async throws -> [String]
    /// A digest of everything stored, independent of row ids.
    func contentDigest() async throws -> String
    /// A number that grows with every committed change (a stored document, a merge, a split): a
    /// reader that cached an answer at one revision knows it is still current at the same revision.
    func revision() async throws -> Int64
}
