import ZonebaseModel

/// A target's judgement as the store keeps it between queries: the columns a listing filters and
/// sorts by, and the judgement itself as the analysis layer encoded it (the store never reads it).
///
/// Judging every target reads every actual it is judged by (on 10,000 documents, 13,000 targets
/// against 89,000 actuals: about two seconds); kept judgements answer a listing of all of them at
/// once. They are kept current zone by zone: every change to a zone's figures marks the zone
/// (triggers in the database, so no writer can forget), and a refresh judges again only the zones
/// marked.
public struct StoredTargetJudgement: Sendable, Hashable {
    /// The zone the target is about; `nil` for a subject no zone was found for.
    public var zoneID: Int64?
    /// The subject's name, for ordering.
    public var subject: String
    /// The target's metric.
    public var metric: Metric
    /// The target's aspect (level, growth or share), for ordering.
    public var aspect: Aspect
    /// The judgement's status (`met`, `behind`, …), for filtering.
    public var status: String
    /// The judgement, encoded by the layer that made it.
    public var payload: String

    /// Creates a judgement row.
    public init(zoneID: Int64?, subject: String, metric: Metric, aspect: Aspect, status: String, payload: String) {
        self.zoneID = zoneID
        self.subject = subject
        self.metric = metric
        self.aspect = aspect
        self.status = status
        self.payload = payload
    }
}

/// Which kept judgements to list.
public struct TargetJudgementFilter: Sendable, Hashable {
    /// Only this zone's targets.
    public var zoneID: Int64?
    /// Only judgements with this status.
    public var status: String?
    /// At most this many, from `offset` (all when `nil`).
    public var limit: Int?
    /// How many matching judgements to skip.
    public var offset: Int

    /// Creates a filter; `nil` lets everything through.
    public init(zoneID: Int64? = nil, status: String? = nil, limit: Int? = nil, offset: Int = 0) {
        self.zoneID = zoneID
        self.status = status
        self.limit = limit
        self.offset = offset
    }
}

/// Kept judgements matching a filter: one page of them and how many match in all.
public struct KeptTargetJudgements: Sendable, Hashable {
    /// How many judgements match, over all pages.
    public var total: Int
    /// The page asked for, by subject, metric and aspect.
    public var items: [StoredTargetJudgement]

    /// Creates a page.
    public init(total: Int, items: [StoredTargetJudgement]) {
        self.total = total
        self.items = items
    }
}

/// Judges the targets among figures: given the figures of some zones (each target with every
/// figure of its subject and metric), the judgements of their targets as of a year.
public struct TargetJudge: Sendable {
    /// Names the rules and the encoding the judge applies: judgements kept by a judge of another
    /// version are judged again, so a new release never answers with an old release's judgements.
    public var version: String
    /// Judges the targets among the figures as of the year. `copies` are the documents in clusters
    /// of copies (``KnowledgeBase/copies()``), so that a judge can count each article once.
    public var judge: @Sendable (_ figures: [FigureRow], _ copies: [DocumentSummary], _ year: Int) throws -> [StoredTargetJudgement]

    /// Creates a judge.
    public init(
        version: String,
        judge: @escaping @Sendable (_ figures: [FigureRow], _ copies: [DocumentSummary], _ year: Int) throws -> [StoredTargetJudgement]
    ) {
        self.version = version
        self.judge = judge
    }
}

/// What a refresh judged again.
public struct TargetJudgementRefresh: Sendable, Hashable {
    /// How much a refresh may judge.
    public enum Scope: Sendable, Hashable {
        /// Whatever is needed: every target when nothing is kept for this year and judge, or when
        /// many zones changed.
        case whateverIsNeeded
        /// Only the zones that changed, one by one, and only when that is all that is needed: a
        /// writer keeps judgements current after a small change without taking the time to judge
        /// everything after a large one (the next listing does that).
        case changedZonesOnly
    }

    /// Whether every target was judged again (first use, a new year, or many zones changed).
    public var wasComplete: Bool
    /// How many changed zones were judged again one by one (0 when nothing had changed, or when
    /// the refresh was complete).
    public var zones: Int
    /// How many judgements were written.
    public var judgements: Int
    /// Whether the kept judgements are current after the refresh (false when its scope kept it from
    /// judging everything that needed it).
    public var isCurrent: Bool = true

    /// Creates a refresh summary.
    public init(wasComplete: Bool, zones: Int, judgements: Int, isCurrent: Bool = true) {
        self.wasComplete = wasComplete
        self.zones = zones
        self.judgements = judgements
        self.isCurrent = isCurrent
    }
}

/// Kept target judgements; both backends provide them.
public protocol TargetJudgementStore: Sendable {
    /// Judges again, with `judge`, the targets of every zone whose figures changed since the last
    /// refresh — or every target, when none were judged as of `year` by this version of the judge
    /// before (unless `scope` says changed zones only) — and keeps the result. Runs in one write
    /// transaction, so a listing never sees half of a refresh.
    @discardableResult
    func refreshTargetJudgements(year: Int, judge: TargetJudge, scope: TargetJudgementRefresh.Scope) async throws -> TargetJudgementRefresh
    /// The kept judgements matching `filter` (the page it asks for), by subject, metric and aspect, and
    /// how many match in all; `nil` when they are not current (never judged, judged as of another
    /// year or by another version of the judge, or figures changed since).
    func targetJudgements(_ filter: TargetJudgementFilter, year: Int, judgeVersion: String) async throws -> KeptTargetJudgements?
}

extension TargetJudgementStore {
    /// Judges again whatever is needed for the kept judgements to be current (see
    /// ``refreshTargetJudgements(year:judge:scope:)``).
    @discardableResult
    public func refreshTargetJudgements(year: Int, judge: TargetJudge) async throws -> TargetJudgementRefresh {
        try await refreshTargetJudgements(year: year, judge: judge, scope: .whateverIsNeeded)
    }
}
