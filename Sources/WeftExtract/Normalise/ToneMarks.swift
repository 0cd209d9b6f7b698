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
        // Only a word ending in o/u + a toned a, e or y can need the move (hoà, thuỷ; also quả, which
        // `fix` leaves alone): find those on the UTF-8 bytes, and rebuild the text only around the
        // words that change (normalised Vietnamese has one scalar per letter).
        var text = text
        return text.withUTF8 { bytes -> String? in
            var changes: [(range: Range<Int>, text: String)] = []
            var wordStart = 0, at = 0
            var previous: Unicode.Scalar = " ", previousStart = 0
            var inWord = false
            while at < bytes.count {
                let (scalar, width) = Tokenizer.decode(bytes, at)
                let letter = ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar)
                if letter, !inWord { wordStart = at }
                if letter, isTonedFinal(scalar.value), let base = ScalarTable.info(previous.value)?.fold,
                   base == 0x6F || base == 0x75, previousStart >= wordStart, inWord
                {
                    let end = at + width
                    var endsWord = end == bytes.count
                    if !endsWord {
                        let (next, _) = Tokenizer.decode(bytes, end)
                        endsWord = !(ScalarClass.isLetter(next) || ScalarClass.isMark(next))
                    }
                    if endsWord {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
                        let fixed = fix(word)
                        if fixed != word { changes.append((wordStart..<end, fixed)) }
                    }
                }
                inWord = letter
                previous = scalar
                previousStart = at
                at += width
            }
            guard !changes.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var copied = 0
            for change in changes {
                out += UnsafeBufferPointer(rebasing: bytes[copied..<change.range.lowerBound])
                out += change.text.utf8
                copied = change.range.upperBound
            }
            out += UnsafeBufferPointer(rebasing: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    @inline(__always) private static func isTonedFinal(_ v: UInt32) -> Bool {
        (v >= 0xC0 && v < 0x1F00) && tonedFinals.contains(v)
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
