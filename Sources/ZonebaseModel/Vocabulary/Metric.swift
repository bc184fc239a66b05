/// What a figure measures: the closed list of the exchange format (`SCHEMA.md`).
public enum Metric: String, Sendable, Hashable, Codable, CaseIterable {
    /// Gross or industrial output value, production value.
    case outputValue = "output_value"
    /// Industrial added value, value added.
    case addedValue = "added_value"
    /// Profit and tax reported together.
    case profitTax = "profit_tax"
    /// Profit alone.
    case profit
    /// Tax paid or tax revenue.
    case tax
    /// Total, operating, sales, fiscal or budget revenue; technology-industry-trade income.
    case revenue
    /// Gross domestic product, "economic output".
    case gdp
    /// Investment planned, signed, completed or attracted; fixed-asset investment; FDI.
    case investment
    /// Exports alone (import-and-export totals are `other`).
    case exports
    /// A number of enterprises or companies.
    case enterprises
    /// A number of certified high-tech enterprises.
    case hitechEnterprises = "hitech_enterprises"
    /// A number of jobs.
    case jobs
    /// A number of projects.
    case projects
    /// An area, in square kilometres.
    case area
    /// A number of residents.
    case population
    /// Research and development spending.
    case rdSpending = "rd_spending"
    /// A number of patents.
    case patents
    /// Anything else worth recording (trade totals, counts of zones, ratios).
    case other
}

/// The unit a figure's value is expressed in, after conversion to base units.
public enum FigureUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chinese yuan (renminbi), in yuan.
    case cny = "CNY"
    /// US dollars, in dollars.
    case usd = "USD"
    /// Square kilometres.
    case squareKilometres = "km2"
    /// A plain count.
    case count
    /// Percent points (`6.5` for 6.5 %).
    case percent
}

/// Whether a figure is an amount, a growth rate or a share of a whole.
public enum Aspect: String, Sendable, Hashable, Codable, CaseIterable {
    /// The amount itself.
    case level
    /// A growth rate in percent, or an absolute change in the figure's own unit.
    case growth
    /// A part of a whole, in percent.
    case share
}

/// Whether a figure was achieved, is aimed at, or is forecast.
public enum FigureStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reported as achieved.
    case actual
    /// A goal or plan to reach.
    case target
    /// A forecast or projection.
    case expected
}

/// How the stated number bounds the real value.
public enum Bound: String, Sendable, Hashable, Codable, CaseIterable {
    /// The number as stated.
    case exact
    /// "over", "more than", "exceeding", "break through".
    case atLeast = "at_least"
    /// "less than", "under", "no more than".
    case atMost = "at_most"
    /// "nearly", "about", "around".
    case approx
}
