// Quoting for DOT: every id, label and tooltip weft writes goes through here, so no name can end a
// string early, inject an attribute or statement, or be read as an escape or HTML-like label.

/// How a string becomes a quoted DOT string. Graphviz reads a quoted string in two steps: the
/// lexer turns `\"` into `"` and keeps every other backslash; then attributes of type escString
/// (label, tooltip) give `\\`, `\n`, `\N`, `\G`… their meaning and decode HTML entities (`&amp;`).
/// A quoted string is never an HTML-like label: only `<…>` outside quotes is.
enum DOTText {
    /// A node id: distinct strings stay distinct (the mapping is injective, since a lone backslash
    /// only ever starts an escape we wrote), and nothing in `text` can close the quote.
    static func id(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case _ where isControl(scalar): out += "\\u" + hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A label (an escString read once): backslashes doubled so `\N` or `\l` in a name print as
    /// written, line breaks as `\n` (centred lines), `&` as `&amp;` so `&lt;` prints literally.
    static func label(_ text: String) -> String {
        quoted(text, backslash: "\\\\")
    }

    /// A tooltip. Graphviz 2.4x reads tooltips through escape processing twice (measured: `\\G`
    /// in the file shows the graph's name), so a literal backslash needs four in the file.
    static func tooltip(_ text: String) -> String {
        quoted(text, backslash: "\\\\\\\\")
    }

    private static func quoted(_ text: String, backslash: String) -> String {
        var out = "\""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\r": out += "\\n"
            case "\t": out += " "
            // Other control characters are shown as their visible symbols (␀ … ␟, ␡): a NUL would end
            // Graphviz's C string, and the rest have no glyph.
            case _ where isControl(scalar):
                out.unicodeScalars.append(Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value) ?? "?")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
