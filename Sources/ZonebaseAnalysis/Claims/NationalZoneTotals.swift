public import ZonebaseModel

/// How many national zones of a type existed at known dates, from the notes of the bundled
/// registry (`../shared/reference/README.md`): the registry's rows are incomplete for some years,
/// these totals are not.
public enum NationalZoneTotals {
    /// (date, total) pairs in date order.
    public static func totals(of type: ZoneType) -> [(date: PartialDate, total: Int)] {
        switch type {
        case .highTech:
            [(.init(year: 1988, month: 5), 1), (.init(year: 1991, month: 3), 27), (.init(year: 1992, month: 11), 52),
             (.init(year: 1997, month: 7), 53), (.init(year: 2007, month: 1), 54), (.init(year: 2009, month: 12), 56),
             (.init(year: 2011, month: 12), 88), (.init(year: 2012, month: 12), 105), (.init(year: 2013, month: 12), 114),
             (.init(year: 2016, month: 12), 146), (.init(year: 2017, month: 12), 156), (.init(year: 2018, month: 12), 168),
             (.init(year: 2021, month: 12), 169), (.init(year: 2023, month: 11), 178)]
        case .economicTechnological:
            [(.init(year: 2018, month: 12), 219), (.init(year: 2023, month: 12), 230), (.init(year: 2024, month: 12), 232)]
        default:
            []
        }
    }
}
