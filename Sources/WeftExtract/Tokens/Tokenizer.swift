// Stage 3: syllables and punctuation with UTF-8 offsets, each syllable with its fold key.
import WeftText

/// A syllable (letters and digits, with inner - . , / between them: Covid-19, 1.000, 29/3) or one
/// punctuation character. Offsets are UTF-8 byte offsets into the text that was tokenised.
public struct Token: Equatable, Sendable {
    public let text: String
    /// Fold key (SPEC §1); for punctuation, the character itself.
    public let key: String
    /// Lower case with the tone marks kept: the key of the lexicon's words, where the fold would
    /// merge words such as đòi (demand) and đối (towards).
    public let lower: String
    public let start: Int
    public let end: Int
    public let isWord: Bool
    /// Starts with an upper-case letter.
    public let isCapitalised: Bool
    /// Every letter upper case and at least two of them (ASEAN, LHQ).
    public let isAcronym: Bool
}

public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { offsets[index + 1] = offsets[index] + UTF8.width(scalar) }
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isWordScalar(scalars[end]) {
                        end += 1
                    } else if "-.,/".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
                              isWordScalar(scalars[end + 1]), joins(scalars[end], scalars[end - 1], scalars[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(word(String(String.UnicodeScalarView(scalars[index..<end])), offsets[index], offsets[end]))
                index = end
            } else {
                let text = String(scalar)
                tokens.append(Token(text: text, key: text, lower: text, start: offsets[index], end: offsets[index + 1],
                                    isWord: false, isCapitalised: false, isAcronym: false))
                index += 1
            }
        }
        return tokens
    }

    /// Inner punctuation joins: digits around . , / (1.000, 2,5, 29/3); any word characters around -
    /// (Covid-19, Ô-xtrây-li-a).
    private static func joins(_ mark: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        if mark == "-" { return true }
        return ScalarClass.isDigit(before) && ScalarClass.isDigit(after)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || ScalarClass.isMark(scalar)
    }

    private static func word(_ text: String, _ start: Int, _ end: Int) -> Token {
        let letters = text.unicodeScalars.filter(ScalarClass.isLetter)
        let capitalised = text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
        let acronym = letters.count >= 2 && letters.allSatisfy(ScalarClass.isUppercase)
        return Token(text: text, key: Fold.key(text), lower: text.lowercased(), start: start, end: end, isWord: true,
                     isCapitalised: capitalised, isAcronym: acronym)
    }
}
