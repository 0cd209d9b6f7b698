// Quoting for DOT: every id, label and tooltip weft writes goes through here, so no name can end a
// string early, inject an attribute or statement, or be read as an escape or HTML-like label.

/// How a string becomes a quoted DOT string. Graphviz reads a quoted string in two steps: the
/// lexer turns `\"` into `"` and keeps every other backslash; then attributes of type escString
/// (label, tooltip) give `\\`, `\n`, `\N`, `\G`… their meaning and decode HTML entities (`&amp;`).
/// A quoted string is never an HTML-like label: only `<…>` outside quotes is.
/// Works on UTF-8 bytes: every byte that needs care is ASCII, and a whole-graph export quotes
/// millions of strings (scalar-by-scalar String building was a third of its time).
enum DOTText {
    enum Context {
        /// A node id: distinct strings stay distinct (the mapping is injective, since a lone
        /// backslash only ever starts an escape we wrote), and nothing can close the quote.
        case id
        /// A label (an escString read once): backslashes doubled so `\N` or `\l` in a name print
        /// as written, line breaks as `\n` (centred lines), `&` as `&amp;` so `&lt;` prints literally.
        case label
        /// A tooltip. Graphviz 2.4x reads tooltips through escape processing twice (measured: `\\G`
        /// in the file shows the graph's name), so a literal backslash needs four in the file.
        case tooltip
    }

    static func id(_ text: String) -> String { quoted(text, .id) }
    static func label(_ text: String) -> String { quoted(text, .label) }
    static func tooltip(_ text: String) -> String { quoted(text, .tooltip) }

    static func quoted(_ text: String, _ context: Context) -> String {
        var bytes: [UInt8] = []
        append(text, context, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` quoted for `context` to `bytes`.
    static func append(_ text: String, _ context: Context, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(text, context, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` escaped for `context` without the quotes, so that one quoted string can be
    /// written in pieces (a tooltip's citations) without building it first.
    static func appendEscaped(_ text: String, _ context: Context, to bytes: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { utf8 in
            // Plain runs are copied in one go; only the bytes that need escaping are looked at one
            // by one (profiled: appending byte by byte was a fifth of a whole-graph export).
            var runStart = 0
            var i = 0
            // Sixteen bytes at a time while none needs care: most text has no byte to escape.
            let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
            let ampersand = SIMD16<UInt8>(repeating: context == .id ? 0x22 : 0x26), space = SIMD16<UInt8>(repeating: 0x20)
            let delete = SIMD16<UInt8>(repeating: 0x7F)
            while i < utf8.count {
                if i + 16 <= utf8.count, let base = utf8.baseAddress {
                    let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    let special = (chunk .< space) .| (chunk .== quote) .| (chunk .== backslash) .| (chunk .== ampersand) .| (chunk .== delete)
                    if !any(special) {
                        i += 16
                        continue
                    }
                }
                let byte = utf8[i]
                defer { i += 1 }
                let special = byte == 0x5C || byte == 0x22 || byte < 0x20 || byte == 0x7F || (byte == 0x26 && context != .id)
                guard special else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                let previous: UInt8 = i > 0 ? utf8[i - 1] : 0
                switch byte {
                case UInt8(ascii: "\\"):
                    bytes.append(contentsOf: context == .tooltip ? [92, 92, 92, 92] : [92, 92])
                case UInt8(ascii: "\""):
                    bytes.append(contentsOf: [92, 34])
                case UInt8(ascii: "&"):
                    bytes.append(contentsOf: "&amp;".utf8)
                case 0x0A:
                    // A CR LF pair is one line break.
                    if context == .id || previous != 0x0D { bytes.append(contentsOf: [92, UInt8(ascii: "n")]) }
                case 0x0D:
                    bytes.append(contentsOf: [92, UInt8(ascii: context == .id ? "r" : "n")])
                case 0x09 where context != .id:
                    bytes.append(UInt8(ascii: " "))
                default:
                    if context == .id {
                        bytes.append(contentsOf: Array(UnicodeEscape.u4(Unicode.Scalar(byte)).utf8))
                    } else {
                        // Other control characters are shown as their visible symbols (␀ … ␟, ␡): a NUL
                        // would end Graphviz's C string, and the rest have no glyph.
                        bytes.append(contentsOf: [0xE2, 0x90, byte == 0x7F ? 0xA1 : 0x80 + byte])
                    }
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 bytes in one copy (appending `"…".utf8` goes through the generic
    /// sequence path: 3% of a whole-graph export).
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends a non-negative number's decimal digits.
    mutating func append(decimal value: Int) {
        guard value >= 10 else { return append(UInt8(48 + Swift.max(value, 0))) }
        append(decimal: value / 10)
        append(UInt8(48 + value % 10))
    }
}
