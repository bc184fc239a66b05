/// Pinyin without tones for Chinese characters (see ``PinyinSyllables``): 乐山 reads "leshan", so
/// a Chinese name and its English spelling meet under one ``ZoneKey``.
public enum ChinesePinyin {
    private static let table: [UInt32: String] = {
        var map: [UInt32: String] = [:]
        for run in PinyinSyllables.runs {
            var character: UInt32?
            var syllable = ""
            for scalar in run.unicodeScalars {
                if scalar.isASCII {
                    syllable.unicodeScalars.append(scalar)
                } else {
                    if let character { map[character] = syllable }
                    character = scalar.value
                    syllable = ""
                }
            }
            if let character { map[character] = syllable }
        }
        return map
    }()

    /// The pinyin of `text`, syllables run together ("乐山" → "leshan"); characters without a reading
    /// are left out. Traditional characters read as their simplified forms.
    public static func romanized(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let syllable = table[ChineseScript.simplified(scalar.value)] { result += syllable }
        }
        return result
    }
}
