// N-Triples literals: escaping (RDF 1.1 N-Triples, STRING_LITERAL_QUOTE) and typed values.
import WeftModel

enum NTriples {
    /// A string literal, with `@language` when given. `"` `\` and line breaks are escaped; other
    /// control characters become `\u00XX`; everything else is written as UTF-8.
    static func literal(_ text: String, language: String? = nil) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where UnicodeEscape.isControl(scalar): out += UnicodeEscape.u4(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        if let language { out += "@" + language }
        return out
    }

    static func typed(_ lexical: String, _ xsdType: String) -> String {
        literal(lexical) + "^^<\(RDFTerms.xsd)\(xsdType)>"
    }

    /// A property value as literals: a list gives one per element (RDF properties are multi-valued;
    /// the order is not kept), null gives none.
    static func literals(_ value: Value, language: String?) -> [String] {
        switch value {
        case .null: []
        case .bool(let b): [typed(b ? "true" : "false", "boolean")]
        case .int(let i): [typed(String(i), "integer")]
        case .float(let d): [typed(d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-INF" : "INF") : "\(d)", "double")]
        case .string(let s): [literal(s, language: language)]
        case .date(let day): [typed(day.description, "date")]
        case .list(let items): items.flatMap { literals($0, language: language) }
        }
    }
}
