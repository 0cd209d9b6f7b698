// Vietnamese string order (CLDR): letters a ă â b c d đ e ê … ơ … ư …, tones break ties, then case.
import Foundation

/// A precomputed sort key, so sorting a million names costs one key per name instead of a
/// locale-aware comparison per pair. Keys compare lexicographically; tests check the order
/// against Foundation's `compare(_:options:range:locale:)` with the `vi` locale.
public enum VietnameseCollation {
    /// The sort key of `text`: primary weights (letters with ă â đ ê ô ơ ư as letters of their
    /// own), then tone weights, then case weights, each level ended by 0.
    public static func key(_ text: String) -> [UInt16] {
        var primary: [UInt16] = [], tones: [UInt16] = [], cases: [UInt16] = []
        primary.reserveCapacity(text.utf8.count)
        for character in text {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = scalars.first else { continue }
            let lower = Character(base).lowercased().unicodeScalars.first ?? base
            let isUpper = lower != base
            var tone: UInt16 = 1
            var modifier: Unicode.Scalar?
            for mark in scalars.dropFirst() {
                if let weight = toneWeight[mark.value] { tone = weight } else if letterMarks.contains(mark.value) { modifier = mark }
            }
            primary.append(primaryWeight(lower, modifier: modifier, scalars: scalars))
            tones.append(tone)
            cases.append(isUpper ? 2 : 1)
        }
        return primary + [0] + tones + [0] + cases
    }

    /// Compares two strings in Vietnamese order.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let x = key(a), y = key(b)
        if x == y { return .orderedSame }
        return x.lexicographicallyPrecedes(y) ? .orderedAscending : .orderedDescending
    }

    // Tones: ngang (none) < huyền < hỏi < ngã < sắc < nặng, the order of Vietnamese dictionaries.
    private static let toneWeight: [UInt32: UInt16] = [0x300: 2, 0x309: 3, 0x303: 4, 0x301: 5, 0x323: 6]
    // Marks that make a letter of its own: breve (ă), circumflex (â ê ô), horn (ơ ư).
    private static let letterMarks: Set<UInt32> = [0x306, 0x302, 0x31B]

    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt16] = {
        var ranks: [String: UInt16] = [:]
        for (i, letter) in alphabet.enumerated() { ranks[letter] = UInt16(0x1000 + i) }
        return ranks
    }()

    private static func primaryWeight(_ lower: Unicode.Scalar, modifier: Unicode.Scalar?, scalars: [Unicode.Scalar]) -> UInt16 {
        var letter = String(lower)
        if lower == "đ" || lower == "ð" { letter = "đ" }
        if let modifier { letter = String(String.UnicodeScalarView([lower, modifier])).precomposedStringWithCanonicalMapping }
        if let rank = letterRank[letter] ?? letterRank[String(lower)] { return rank }
        let v = lower.value
        // Digits after spaces and punctuation, before letters; other scripts after Latin.
        if v < 0x80 { return (48...57).contains(v) ? UInt16(0x0800 + v) : UInt16(0x0100 + v) }
        return UInt16(truncatingIfNeeded: min(0x2000 + v, 0xFFFE))
    }
}
