// Terminal display width: grapheme clusters, East Asian wide characters and emoji take two columns.

public enum DisplayWidth {
    /// Columns `text` occupies on a terminal: one per grapheme cluster, two for wide clusters,
    /// none for control characters and lone zero-width joiners.
    public static func columns(_ text: String) -> Int {
        var total = 0
        for character in text { total += columns(character) }
        return total
    }

    public static func columns(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.value == 0x200B || first.value == 0x200D || first.value == 0xFEFF { return 0 }
        if isWide(first) { return 2 }
        // An emoji made of several scalars (flags, ZWJ sequences, VS16) is drawn wide.
        if character.unicodeScalars.count > 1,
           character.unicodeScalars.contains(where: { $0.value == 0xFE0F || $0.properties.isEmojiPresentation })
        {
            return 2
        }
        return 1
    }

    /// East Asian Wide and Fullwidth ranges (UAX #11) plus emoji presentation.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` padded with spaces on the right to `width` display columns.
    public static func padRight(_ text: String, to width: Int) -> String {
        let missing = width - columns(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// `text` padded with spaces on the left to `width` display columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        let missing = width - columns(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }
}
