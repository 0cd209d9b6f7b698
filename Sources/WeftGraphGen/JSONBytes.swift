import Foundation

// A growable byte buffer with the few JSON writers the generator needs. No JSONSerialization:
// strings are escaped once (names, cue phrases) and copied as bytes afterwards.

struct JSONBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    @inline(__always) mutating func raw(_ b: UInt8) { bytes.append(b) }
    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
    @inline(__always) mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// A JSON string literal; `escaped` is already escaped content (see `escape`).
    @inline(__always) mutating func quoted(_ escaped: [UInt8]) {
        bytes.append(0x22); bytes.append(contentsOf: escaped); bytes.append(0x22)
    }

    /// A JSON string literal from arbitrary text.
    mutating func string(_ text: String) {
        bytes.append(0x22); JSONBytes.escape(text, into: &bytes); bytes.append(0x22)
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var v = value.magnitude
        if v < 10 { bytes.append(0x30 + UInt8(v)); return }
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            while v > 0 { buf[n] = 0x30 + UInt8(v % 10); v /= 10; n += 1 }
            for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[i]) }
        }
    }

    /// An id such as `p12`: a one-letter prefix and a number, quoted.
    @inline(__always) mutating func id(_ prefix: UInt8, _ number: Int) {
        bytes.append(0x22); bytes.append(prefix); int(number); bytes.append(0x22)
    }

    /// A decimal with `digits` fractional digits from a scaled integer (12345, 2 → 123.45); no
    /// floating-point formatting, so it prints the same everywhere.
    mutating func fixed(_ scaled: Int, digits: Int) {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        if scaled < 0 { bytes.append(0x2D) }
        let m = scaled.magnitude
        int(Int(m / UInt(scale)))
        bytes.append(0x2E)
        var frac = Int(m % UInt(scale))
        var digitsOut = [UInt8](repeating: 0x30, count: digits)
        for i in stride(from: digits - 1, through: 0, by: -1) { digitsOut[i] = 0x30 + UInt8(frac % 10); frac /= 10 }
        bytes.append(contentsOf: digitsOut)
    }

    /// A date "YYYY-MM-DD", quoted, from days since 1970-01-01.
    mutating func date(days: Int) {
        let (y, m, d) = civil(fromDays: days)
        bytes.append(0x22)
        bytes.append(0x30 + UInt8(y / 1000)); bytes.append(0x30 + UInt8(y / 100 % 10))
        bytes.append(0x30 + UInt8(y / 10 % 10)); bytes.append(0x30 + UInt8(y % 10)); bytes.append(0x2D)
        bytes.append(0x30 + UInt8(m / 10)); bytes.append(0x30 + UInt8(m % 10)); bytes.append(0x2D)
        bytes.append(0x30 + UInt8(d / 10)); bytes.append(0x30 + UInt8(d % 10))
        bytes.append(0x22)
    }

    mutating func stringList(_ items: [String]) {
        bytes.append(0x5B)
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            string(item)
        }
        bytes.append(0x5D)
    }

    /// Escapes text for the inside of a JSON string: `"` `\` and control characters; the rest,
    /// including all non-ASCII, is copied as UTF-8 (after NFC by the caller if needed).
    static func escape(_ text: String, into out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in text.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x08: out.append(0x5C); out.append(0x62)
            case 0x0C: out.append(0x5C); out.append(0x66)
            case 0..<0x20, 0x7F:
                out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
                out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
    }

    static func escape(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        escape(text, into: &out)
        return out
    }
}

/// (year, month, day) of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
}

/// Days since 1970-01-01 of a civil date.
func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
}

/// The search key of a name: lower case, marks stripped, đ → d, `-`/`_` → space, spaces
/// collapsed (SPEC §1). Implemented without locale-dependent Foundation calls, so it is the
/// same on every machine; used for aliases and URL slugs.
func foldName(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var lastSpace = true
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
        let v = scalar.value
        if (0x300...0x36F).contains(v) { continue }
        var c = scalar
        if v == 0x111 || v == 0x110 { c = "d" }
        else if v == 0x2D || v == 0x5F || v == 0x20 { c = " " }
        else if v >= 0x41 && v <= 0x5A { c = Unicode.Scalar(UInt8(v + 32)) }
        else if v >= 0x80 { c = Character(c).lowercased().unicodeScalars.first ?? c }
        if c == " " { if lastSpace { continue }; lastSpace = true } else { lastSpace = false }
        out.append(c)
    }
    if out.last == " " { out.removeLast() }
    return String(out)
}
