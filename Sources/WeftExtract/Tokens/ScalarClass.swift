// Letter, digit, case, lower case and fold of one scalar, from a table over ASCII, Latin-1, Latin
// Extended A/B and Latin Extended Additional (every Vietnamese letter): Unicode property look-ups
// and String case mapping per scalar were the extractor's main cost (callgrind).
import WeftText

enum ScalarClass {
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if let info = ScalarTable.info(s.value) { return info.flags & ScalarTable.letter != 0 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if let info = ScalarTable.info(s.value) { return info.flags & ScalarTable.upper != 0 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }
}

/// Per-scalar facts for U+0000–U+024F and U+1E00–U+1EFF, computed once from the standard library
/// and `Fold.key`, so that a token's lower case and fold are built scalar by scalar with the same
/// result as `lowercased()` and `Fold.key` on the whole token (a test compares them).
struct ScalarTable: Sendable {
    static let letter: UInt8 = 1, upper: UInt8 = 2, mark: UInt8 = 4, digit: UInt8 = 8
    /// `lower` / `fold`: the one scalar it maps to; 0 = dropped (fold of a combining mark);
    /// `ScalarTable.complex` = not one scalar (the caller falls back to the String functions).
    static let complex: UInt32 = 0xFFFF_FFFF

    struct Info: Sendable {
        let flags: UInt8
        let lower: UInt32
        let fold: UInt32
    }

    private static let low: [Info] = (0..<0x250).map(make)
    private static let vietnamese: [Info] = (0x1E00..<0x1F00).map(make)

    @inline(__always) static func info(_ v: UInt32) -> Info? {
        if v < 0x250 { return low[Int(v)] }
        if v >= 0x1E00, v < 0x1F00 { return vietnamese[Int(v - 0x1E00)] }
        return nil
    }

    private static func make(_ v: Int) -> Info {
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return Info(flags: 0, lower: complex, fold: complex) }
        let p = scalar.properties
        var flags: UInt8 = 0
        if p.isAlphabetic { flags |= letter }
        if p.isUppercase { flags |= upper }
        if v >= 0x300, p.generalCategory == .nonspacingMark { flags |= mark }
        if p.numericType != nil { flags |= digit }
        func one(_ text: String) -> UInt32 {
            let scalars = Array(text.unicodeScalars)
            if scalars.isEmpty { return 0 }
            return scalars.count == 1 ? scalars[0].value : complex
        }
        let text = String(scalar)
        // Separators fold to a space between words; tokens never hold one except - and _ (handled by the caller).
        let fold: UInt32 = (v == 0x2D || v == 0x5F || p.isWhitespace) ? complex : one(Fold.key(text))
        return Info(flags: flags, lower: one(text.lowercased()), fold: fold)
    }
}
