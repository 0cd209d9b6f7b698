// Old and new tone placement (hoà/hòa, thuỷ/thủy) written one way, so they are one key and one name.
import Foundation
import WeftText

enum ToneMarks {
    /// The five tone marks as combining characters (grave, acute, tilde, hook above, dot below).
    private static let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// Moves the tone of a syllable ending in oa, oe or uy (no final consonant) from the last vowel
    /// to the first: hoà → hòa, thuỷ → thủy, as the seed article writes them. "quý" keeps its
    /// placement (qu is a consonant).
    static func standardise(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xC0...0x1EFF).contains($0.value) }) else { return text }
        // Only a word whose last letter is a toned a, e or y can need the move: find those first
        // (scalars, not Characters: normalised Vietnamese has one scalar per letter).
        var out = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        func flush() {
            if let last = word.last, tonedFinals.contains(last.value) {
                out.append(contentsOf: fix(String(word)).unicodeScalars)
            } else {
                out.append(contentsOf: word)
            }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar) {
                word.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    /// a, e, y (and capitals) carrying one of the five tones, precomposed.
    private static let tonedFinals: Set<UInt32> = {
        var set: Set<UInt32> = []
        for base in ["a", "e", "y", "A", "E", "Y"] {
            for tone in tones.compactMap(Unicode.Scalar.init) {
                let composed = (base + String(Character(tone))).precomposedStringWithCanonicalMapping
                if composed.unicodeScalars.count == 1, let v = composed.unicodeScalars.first?.value { set.insert(v) }
            }
        }
        return set
    }()

    private static func fix(_ syllable: String) -> String {
        let letters = Array(syllable)
        guard letters.count >= 2 else { return syllable }
        let last = letters[letters.count - 1], previous = letters[letters.count - 2]
        let lastBase = base(last), previousBase = base(previous)
        let pair = previousBase + lastBase
        guard pair == "oa" || pair == "oe" || pair == "uy" else { return syllable }
        if pair == "uy", letters.count >= 3, base(letters[letters.count - 3]) == "q" { return syllable }
        let lastScalars = Array(String(last).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let tone = lastScalars.first(where: { tones.contains($0.value) }),
              !String(previous).decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: { tones.contains($0.value) })
        else { return syllable }
        let bareLast = String(String.UnicodeScalarView(lastScalars.filter { $0 != tone }))
        let markedPrevious = String(previous).decomposedStringWithCanonicalMapping + String(Character(tone))
        return NFC.normalize(String(letters.dropLast(2)) + markedPrevious + bareLast)
    }

    private static func base(_ character: Character) -> String {
        Fold.key(String(character))
    }
}
