// Stage 1: one spelling for the same text — NFC, Đ look-alikes, one tone placement, plain quotes and dashes.
import WeftText

public enum Normaliser {
    /// `text` in NFC with: Ð/ð (Icelandic eth, common in badly converted text) → Đ/đ; typographic
    /// quotes → " and '; en and em dashes and the minus sign → -; no-break and other spaces → space;
    /// zero-width characters removed; tone marks on oa/oe/uy placed as the seed article writes them
    /// (hóa, thủy: see ToneMarks).
    public static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00D0: scalars.append("\u{0110}")
            case 0x00F0: scalars.append("\u{0111}")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: scalars.append("\"")
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: scalars.append("'")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: scalars.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: scalars.append(" ")
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD: continue
            case 0x000D: continue
            default: scalars.append(scalar)
            }
        }
        return ToneMarks.standardise(NFC.normalize(String(scalars)))
    }
}
