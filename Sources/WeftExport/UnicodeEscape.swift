// `\uXXXX` for a control character: the one escape DOT ids and N-Triples literals write alike.

enum UnicodeEscape {
    /// `\u0007` for BEL: four upper-case hex digits, as both grammars read them.
    static func u4(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
