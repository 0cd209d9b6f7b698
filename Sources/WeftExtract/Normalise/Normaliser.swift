// Stage 1: one spelling for the same text — NFC, Đ look-alikes, one tone placement, plain quotes and dashes.
import WeftText

public enum Normaliser {
    /// `text` in NFC with: Ð/ð (Icelandic eth, common in badly converted text) → Đ/đ; typographic
    /// quotes → " and '; en and em dashes and the minus sign → -; no-break and other spaces → space;
    /// zero-width characters removed; tone marks on oa/oe/uy placed as the seed article writes them
    /// (hóa, thủy: see ToneMarks).
    ///
    /// Works on UTF-8 bytes: text made only of ASCII, precomposed Latin and Vietnamese letters
    /// (U+0000–U+02FF, U+1E00–U+1EFF) and general punctuation is already NFC, so NFC (a String
    /// round trip) runs only for text that has anything else, such as combining marks.
    public static func normalise(_ text: String) -> String {
        var text = text
        let (bytes, simple) = text.withUTF8 { substitute($0) }
        let replaced = String(decoding: bytes, as: UTF8.self)
        return ToneMarks.standardise(simple ? replaced : NFC.normalize(replaced))
    }

    /// The substitutions, and whether the result is known to be NFC.
    private static func substitute(_ input: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], nfc: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var nfc = true
        var at = 0
        while at < input.count {
            let byte = input[at]
            if byte < 0x80 {
                if byte != 0x0D { out.append(byte) }
                at += 1
                continue
            }
            let (scalar, width) = Tokenizer.decode(input, at)
            switch scalar.value {
            case 0x00D0: out += [0xC4, 0x90]  // Đ
            case 0x00F0: out += [0xC4, 0x91]  // đ
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.append(0x22)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append(0x27)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: out.append(0x2D)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(0x20)
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD: break
            case let v:
                if !(v < 0x300 || (0x1E00..<0x1F00).contains(v) || (0x2000..<0x2070).contains(v)) { nfc = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[at..<(at + width)]))
            }
            at += width
        }
        return (out, nfc)
    }
}
