// Printing of paths, node and edge patterns, hops and property maps.
import WeftText

extension Printer {
    public static func path(_ p: Path) -> String {
        var text = p.variable.map { name($0.text) + " = " } ?? ""
        text += node(p.start)
        for step in p.steps { text += edge(step.edge) + node(step.node) }
        return text
    }

    public static func node(_ n: NodePattern) -> String {
        var inner = n.variable.map { name($0.text) } ?? ""
        if !n.kinds.isEmpty { inner += ":" + n.kinds.map { name($0.text) }.joined(separator: "|") }
        if let filter = n.filter {
            let text = switch filter {
            case .name(let s): quote(s)
            case .parameter(let p): "$" + parameterName(p)
            case .properties(let map): properties(map)
            }
            inner += inner.isEmpty ? text : " " + text
        }
        return "(" + inner + ")"
    }

    public static func edge(_ e: EdgePattern) -> String {
        var inner = e.variable.map { name($0.text) } ?? ""
        if !e.types.isEmpty {
            inner += ":" + e.types.map { ($0.negated ? "NOT " : "") + name($0.name.text) }.joined(separator: "|")
        }
        if let h = e.hops { inner += hops(h) }
        if let map = e.properties { inner += (inner.isEmpty ? "" : " ") + properties(map) }
        let body = inner.isEmpty ? "--" : "-[" + inner + "]-"
        switch e.direction {
        case .outgoing: return body + ">"
        case .incoming: return "<" + body
        case .either: return body
        }
    }

    /// `*`, `*2`, `*1..3`, `*..3`, `*2..`, `*..` exactly as the hops were written.
    public static func hops(_ h: Hops) -> String {
        var text = "*" + (h.lower.map(String.init) ?? "")
        if h.isRange { text += ".." + (h.upper.map(String.init) ?? "") }
        return text
    }

    static func properties(_ map: PropertyMap) -> String {
        "{" + map.entries.map { name($0.key.text) + ": " + print($0.value) }.joined(separator: ", ") + "}"
    }
}

/// The one place the printer asks WeftText whether a name would survive NFC unchanged.
enum WeftTextBridge {
    static func isNFC(_ text: String) -> Bool { NFC.normalize(text) == text }
}
