import ZonebaseModel

/// Reads a document and extracts its facts: zones, dated events, leading industries and figures,
/// each with the exact span it came from and the rule that produced it.
///
/// ```swift
/// let facts = try Extractor().extract(bytes, documentID: "000_leshan")
/// for fact in facts.facts { print(fact.jsonLine(documentID: facts.documentID)) }
/// ```
///
/// The extractor is a pure value: no I/O, no clock. Relative times ("last year") are resolved
/// against the date the document itself states.
public struct Extractor: Sendable {
    /// The version of the rules, stored with facts so that re-extraction can be detected.
    public static let version = "1.0.0"

    /// Creates an extractor.
    public init() {}

    /// Extracts the facts of a document given as raw bytes (UTF-8, UTF-16 with BOM, GB18030; text or HTML).
    /// - Parameters:
    ///   - bytes: the document's bytes, as read from its file.
    ///   - documentID: the document id, by convention the file name without its extension.
    /// - Returns: the facts, in text order within each kind.
    /// - Throws: ``DocumentRefusal`` when the bytes are binary or in no supported encoding.
    public func extract(_ bytes: [UInt8], documentID: String) throws(DocumentRefusal) -> DocumentFacts {
        let decoded = try DocumentDecoder().decode(bytes)
        return extract(decoded, documentID: documentID)
    }

    /// Extracts the facts of a document given as text.
    public func extract(text: String, documentID: String) -> DocumentFacts {
        let utf8 = Array(text.utf8)
        let decoded = DecodedText(utf8: utf8, encoding: .utf8, originalOffsets: nil, originalLength: utf8.count)
        return extract(decoded, documentID: documentID)
    }

    /// The text of a decoded document as the facts are read from it (and as ``DocumentFacts/plainText``
    /// keeps it): markup and the page's chrome blanked, every offset where it was.
    public static func readableText(_ decoded: DecodedText) -> String {
        var cleaned = MarkupCleaner().clean(decoded.utf8)
        PageChromeFilter().blankChrome(in: &cleaned)
        return String(decoding: cleaned, as: UTF8.self)
    }

    /// Extracts the facts of a document already decoded (see ``DocumentDecoder``); offsets in the facts
    /// point into the original bytes the text was decoded from.
    ///
    /// A long document is read in windows of about ``ReadingWindows/windowBytes`` (cut at line breaks,
    /// else at the end of a sentence), each with the document's date, and their facts are merged:
    /// memory stays flat however long the document is. A document of one window is read whole.
    public func extract(_ decoded: DecodedText, documentID: String) -> DocumentFacts {
        var cleaned = MarkupCleaner().clean(decoded.utf8)
        // The page's own title and address, when its markup states them.
        let page = PageLayout.head(of: decoded.utf8)
        let tokenizer = Tokenizer()
        let documentDate = DocumentDateFinder(tokens: tokenizer.tokenize(Array(cleaned.prefix(6000)))).documentDate()
        PageChromeFilter().blankChrome(in: &cleaned)
        var language: String?
        var merged = MergedFacts()
        for window in ReadingWindows.windows(of: cleaned) {
            let tokens = tokenizer.tokenize(cleaned, in: window)
            // The language of the first window is the document's.
            let windowLanguage = language ?? Self.language(of: tokens)
            language = windowLanguage
            merged.add(facts(of: tokens, language: windowLanguage, decoded: decoded, cleaned: cleaned, documentDate: documentDate))
        }
        var result = DocumentFacts(
            documentID: documentID, publishedDate: documentDate, facts: merged.facts,
            title: page?.title ?? DocumentTitle.first(ofLines: cleaned), language: language ?? "en",
            plainText: String(decoding: cleaned, as: UTF8.self))
        result.address = page?.address
        return result
    }

    /// The facts of one window's tokens, by the rules of `language`.
    private func facts(of tokens: [Token], language: String, decoded: DecodedText, cleaned: [UInt8], documentDate: PartialDate?) -> [Fact] {
        let sentences = SentenceSplitter().split(tokens)
        if language == "zh" {
            let readable = ChineseGlosses.removed(from: tokens)
            let sentences = readable.count == tokens.count ? sentences : SentenceSplitter().split(readable)
            let evidence = EvidenceFactory(tokens: readable, decoded: decoded, cleaned: cleaned)
            return ChineseExtractor(tokens: readable, evidence: evidence, documentDate: documentDate).facts(sentences)
        }
        var analyzed = analyze(sentences, tokens: tokens, text: cleaned, documentYear: documentDate?.year)
        // An undated page whose spans imply the current year: read its relative words again with it.
        if documentDate == nil, let year = analyzed.lazy.flatMap(\.times).compactMap(\.impliedCurrentYear).first {
            analyzed = analyze(sentences, tokens: tokens, text: cleaned, documentYear: year)
        }

        var registry = ZoneRegistry()
        for (index, sentence) in analyzed.enumerated() {
            for mention in sentence.mentions where mention.kind == .zone {
                registry.register(mention, sentenceIndex: index, parent: nil)
            }
        }
        registry.finishRegistering()
        let context = DocumentContext(documentDate: documentDate, focusZone: registry.focus, zones: registry)
        let evidence = EvidenceFactory(tokens: tokens, decoded: decoded, cleaned: cleaned)

        let events = EventRecognizer(tokens: tokens, context: context, evidence: evidence).events(in: analyzed)
        let industries = IndustryRecognizer(tokens: tokens, context: context, evidence: evidence).industries(in: analyzed)
        let builder = FigureBuilder(tokens: tokens, context: context, evidence: evidence)
        var state = FigureBuilder.State()
        var figures = FigureDeduplication.Kept()
        for sentence in analyzed {
            #if DEBUGTRACE
            print("P\(sentence.sentence.paragraph) times=\(sentence.times.map { "\($0.period)" }) :: " + evidence.collapsed(sentence.range).prefix(90))
            #endif
            for figure in builder.figures(for: sentence, state: &state) { figures.add(figure) }
        }
        let zones = ZoneRecordBuilder(tokens: tokens, context: context, evidence: evidence)
            .zones(analyzed: analyzed, events: events)

        var facts: [Fact] = zones.map(Fact.zone)
        facts += events.map(Fact.event)
        facts += industries.map(Fact.industry)
        facts += figures.figures.map(Fact.figure)
        return facts
    }

    /// `zh` when Chinese characters outnumber English words, else `en`.
    private static func language(of tokens: [Token]) -> String {
        var words = 0
        var han = 0
        for token in tokens {
            if token.kind == .word { words += 1 } else if token.kind == .other { han += 1 }
        }
        return han > words ? "zh" : "en"
    }

    private func analyze(_ sentences: [Sentence], tokens: [Token], text: [UInt8], documentYear: Int?) -> [AnalyzedSentence] {
        let quantities = QuantityRecognizer(tokens: tokens)
        let times = TimeRecognizer(tokens: tokens, documentYear: documentYear)
        let finder = MentionFinder(tokens: tokens, text: text)
        var mentions = sentences.map { finder.mentions(in: $0.tokens) }
        // Names the text declares for a zone ("… (hereinafter referred to as SIP)") are that zone
        // wherever they are used.
        var aliases = AliasDeclarations(tokens: tokens)
        for (sentence, found) in zip(sentences, mentions) { aliases.read(found, in: sentence.tokens) }
        if !aliases.isEmpty {
            mentions = zip(sentences, mentions).map { aliases.resolving($1, in: $0.tokens) }
        }
        var contextYear: Int?
        return zip(sentences, mentions).map { sentence, found in
            let (metrics, cues) = MetricLexicon.read(tokens, range: sentence.tokens)
            return AnalyzedSentence(
                sentence: sentence,
                quantities: quantities.quantities(in: sentence.tokens),
                times: times.expressions(in: sentence.tokens, contextYear: &contextYear),
                mentions: found, metrics: metrics, cues: cues)
        }
    }
}
