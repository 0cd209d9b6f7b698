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
        return latinKey(text) ?? generalKey(text)
    }

    /// The fold through a table of the Latin and Vietnamese letters (U+00C0–U+024F,
    /// U+1E00–U+1EFF), with no Foundation call; nil when the text has anything else.
    static func latinKey(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var mapped: Unicode.Scalar
            if v < 0x80 {
                if v == 0x2D || v == 0x5F || v == 0x20 || (0x09...0x0D).contains(v) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                mapped = (0x41...0x5A).contains(v) ? Unicode.Scalar(UInt8(v + 0x20)) : scalar
            } else if (0x300...0x36F).contains(v) {
                continue  // a combining mark of decomposed input
            } else if let base = LatinTable.shared.base(of: v) {
                mapped = base
            } else {
                return nil
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(mapped)
        }
        return String(out)
    }

    static func generalKey(_ text: String) -> String {
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

    /// The general fold of one letter (used to build the table), or nil when it is not one letter.
    fileprivate static func foldOfLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let folded = generalKey(String(Character(scalar))).unicodeScalars
        return folded.count == 1 ? folded.first : nil
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

/// Folds of the precomposed Latin and Vietnamese letters, computed once from the general fold.
private final class LatinTable: Sendable {
    static let shared = LatinTable()
    private let latin: [UInt32]  // U+0080–U+024F → folded scalar, 0 when not a single letter
    private let vietnamese: [UInt32]  // U+1E00–U+1EFF

    private init() {
        func table(_ range: ClosedRange<UInt32>) -> [UInt32] {
            range.map { v in
                guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return 0 }
                return Fold.foldOfLetter(scalar)?.value ?? 0
            }
        }
        latin = table(0x80...0x24F)
        vietnamese = table(0x1E00...0x1EFF)
    }

    func base(of v: UInt32) -> Unicode.Scalar? {
        let folded: UInt32
        switch v {
        case 0x80...0x24F: folded = latin[Int(v - 0x80)]
        case 0x1E00...0x1EFF: folded = vietnamese[Int(v - 0x1E00)]
        default: return nil
        }
        return folded == 0 ? nil : Unicode.Scalar(folded)
    }
}
