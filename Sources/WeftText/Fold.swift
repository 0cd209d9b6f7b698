// The fold of SPEC §1: the key under which names are matched ("Phạm Minh Chính" = "pham minh chinh").
import Foundation

/// Folding: NFC → lower case → strip combining marks → đ/ð → d → `-`, `_` and white space → one
/// space, trimmed. Foundation's diacritic folding keeps đ, so the mapping is done by hand here.
public enum Fold {
    /// The fold key of `text`. Pure and deterministic; ASCII input takes a fast path.
    public static func key(_ text: String) -> String {
        var utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiKey(&utf8)
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if isSeparator(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(mapLetter(scalar))
        }
        return String(out)
    }

    /// Whether two strings have the same fold.
    public static func equal(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    private static func asciiKey(_ utf8: inout String.UTF8View) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), 0x09...0x0D, 0x20:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar.properties.isWhitespace
    }

    /// Letters whose stroke is not a combining mark: đ (Vietnamese), ð (its Icelandic look-alike,
    /// common in badly converted text) and ɖ (African D).
    private static func mapLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0111, 0x00F0, 0x0256: return "d"
        default: return scalar
        }
    }
}
