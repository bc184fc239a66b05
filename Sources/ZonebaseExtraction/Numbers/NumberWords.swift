/// English number words and scale words, as the number recognizer reads them.
enum NumberWords {
    /// Cardinal words and their values: `nine projects`, `a dozen enterprises`.
    static let cardinals: WordTable<Double> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Scale words: `44.53-bln`, `1.9 billion`, `220 million`, `27.9 trillion`.
    static let scales: WordTable<Double> = [
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "billions": 1e9,
        "bln": 1e9, "bn": 1e9, "bil": 1e9, "trillion": 1e12, "tn": 1e12,
    ]

    /// Chinese scale characters: 万 is ten thousand and 亿 a hundred million, so 4.4亿 is 440,000,000.
    static let chineseScales: [String: Double] = ["\u{4E07}": 1e4, "\u{4EBF}": 1e8, "\u{5343}": 1e3]

    /// Denominators of fractions written as words: `one-third` is 1/3, `two-fifths` 2/5.
    static let denominators: WordTable<Double> = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "sixth": 6, "tenth": 10, "tenths": 10,
    ]
}
