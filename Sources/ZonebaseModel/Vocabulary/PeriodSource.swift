/// Where a figure's period came from, from the nearest frame to the widest: the figure's own
/// sentence, its paragraph, a heading or the title above the passage, or a lead (a sentence that
/// opens the report and dates the results under it). A sentence's own time always wins.
public enum PeriodSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// A time in the figure's own sentence.
    case sentence
    /// A time that opened the paragraph, or the paragraph the figure continues.
    case paragraph
    /// A heading above the passage ("2005 Economic Indicators").
    case heading
    /// The document's title ("Development of Suzhou New District in 2017").
    case title
    /// A lead that frames the report ("… made remarkable strides in 2023", "Last year, …").
    case lead

    /// How the source reads after "period 2017 from …".
    public var phrase: String {
        switch self {
        case .sentence: "its sentence"
        case .paragraph: "its paragraph"
        case .heading: "a heading"
        case .title: "the title"
        case .lead: "the lead"
        }
    }
}
