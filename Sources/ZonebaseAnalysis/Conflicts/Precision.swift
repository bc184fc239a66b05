import Foundation

/// How precisely a number is stated, and when two statements of it agree.
enum Precision {
    /// Significant digits of `value` as stated: 44,530,000,000 ("44.53 billion") has 4, 44,500,000,000 has 3.
    static func significantDigits(_ value: Double) -> Int {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 1 }
        let exponent = floor(log10(magnitude))
        for digits in 1...12 {
            let step = pow(10, exponent - Double(digits) + 1)
            if abs((magnitude / step).rounded() * step - magnitude) <= magnitude * 1e-9 { return digits }
        }
        return 12
    }

    /// `value` rounded to `digits` significant digits.
    static func rounded(_ value: Double, toSignificantDigits digits: Int) -> Double {
        guard value != 0, value.isFinite else { return value }
        let step = pow(10, floor(log10(abs(value))) - Double(digits) + 1)
        return (value / step).rounded() * step
    }

    /// Whether two statements of a quantity agree within rounding: the more precise one, rounded to
    /// the other's digits, gives the other ("44.53 billion" and "44.5 billion") and they differ by at
    /// most 5 % ("40 billion" is no rounding of 44.53 billion), or they differ by at most half a percent.
    static func agree(_ first: Double, _ second: Double) -> Bool {
        if first == second { return true }
        let scale = max(abs(first), abs(second))
        if abs(first - second) <= scale * 0.005 { return true }
        if abs(first - second) > scale * 0.05 { return false }
        let digits = min(significantDigits(first), significantDigits(second))
        return rounded(first, toSignificantDigits: digits) == rounded(second, toSignificantDigits: digits)
    }
}
