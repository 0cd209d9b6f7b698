// Unicode Normalization Form C with a quick check, so text that is already NFC costs one scan.
import Foundation

public enum NFC {
    /// `text` in NFC. Returns `text` itself when the quick check proves it is already NFC.
    public static func normalize(_ text: String) -> String {
        isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// A conservative quick check: true only when no scalar could change under NFC (no combining
    /// marks, no conjoining jamo, no composition exclusions or singletons). False means "maybe".
    public static func isKnownNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0xCC }) { return true }  // below U+0300: nothing composes
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            // Precomposed Latin Extended Additional (all of Vietnamese's letters) is NFC.
            if (0x1E00...0x1EFF).contains(scalar.value) { continue }
            let properties = scalar.properties
            if properties.canonicalCombiningClass != .notReordered { return false }
            if properties.isFullCompositionExclusion { return false }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: break
            }
            if (0x1100...0x11FF).contains(scalar.value) { return false }
        }
        return true
    }
}
