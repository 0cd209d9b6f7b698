// The scalar functions of SPEC §5: id kind type names degree length nodes rels cite fold lower upper
// trim toString coalesce size date year month.
import WeftModel
import WeftText

extension Executor {
    func call(_ function: Function, _ args: [RValue]) throws -> RValue {
        let first = args.first ?? .null
        func need(_ n: Int) throws {
            guard args.count == n else { throw RuntimeFailure(message: "\(function.rawValue) takes \(n) argument\(n == 1 ? "" : "s"), found \(args.count)") }
        }
        switch function {
        case .coalesce: return args.first { !$0.isNull } ?? .null
        default: try need(1)
        }
        return try call(function, single: first)
    }

    /// A function of one argument (all but coalesce): no argument array per row.
    func call(_ function: Function, single first: RValue) throws -> RValue {
        if first.isNull { return .null }
        switch (function, first) {
        case (.id, .node(let n)): return .string(graph.externalID(of: n))
        case (.id, .edge(let e)): return .string(try graph.claimRecord(e).id)
        case (.kind, .node(let n)): return .string(graph.schema.kind(graph.kind(of: n)).name)
        case (.type, .edge(let e)): return .string(typeNames[Int(graph.type(of: e).raw)])
        case (.names, .node(let n)): return .list(([graph.name(of: n)] + graph.aliases(of: n)).map(RValue.string))
        case (.degree, .node(let n)):
            return .int(Int64(graph.claimCount(of: n)))
        case (.length, .path(let p)): return .int(Int64(p.edges.isEmpty ? p.nodes.count - 1 : p.edges.count))
        case (.length, .list(let l)), (.size, .list(let l)): return .int(Int64(l.count))
        case (.length, .string(let s)), (.size, .string(let s)): return .int(Int64(s.count))
        case (.nodes, .path(let p)): return .list(p.nodes.map(RValue.node))
        case (.rels, .path(let p)): return .list(p.edges.map(RValue.edge))
        case (.rels, .list(let l)): return .list(l)
        case (.cite, .edge(let e)): return .string(try cite(e))
        case (.fold, .string(let s)): return .string(Fold.key(s))
        // Case mappings can leave NFC ("ΐ" upper-cases to three scalars): normalised again.
        case (.lower, .string(let s)): return .string(NFC.normalize(s.lowercased()))
        case (.upper, .string(let s)): return .string(NFC.normalize(s.uppercased()))
        case (.trim, .string(let s)): return .string(NFC.normalize(s.trimmingCharacters(in: .whitespacesAndNewlines)))
        case (.toString, let v): return .string(ValueText.plain(v, graph: graph))
        case (.date, .string(let s)):
            guard let day = Day(iso: s) else { throw RuntimeFailure(message: "date(\"\(s)\"): expected YYYY-MM-DD") }
            return .date(day)
        case (.date, .date(let d)): return .date(d)
        case (.year, .date(let d)): return .int(Int64(d.civil.year))
        case (.month, .date(let d)): return .int(Int64(d.civil.month))
        default:
            throw RuntimeFailure(message: "\(function.rawValue)() does not take \(first.typeName)")
        }
    }

    /// "article title (date), sentence N: «evidence»".
    func cite(_ edge: EdgeID) throws -> String {
        let record = try graph.claimRecord(edge)
        var title = record.article ?? "unknown article"
        var date = record.date?.description
        if let article = graph.article(of: edge) {
            let properties = graph.properties(of: article)
            if case .string(let t)? = properties.first(where: { $0.key == "title" })?.value { title = t }
            if date == nil, let value = properties.first(where: { $0.key == "date" })?.value {
                switch value {
                case .date(let d): date = d.description
                case .string(let s): date = s
                default: break
                }
            }
        }
        var text = title + (date.map { " (\($0))" } ?? "")
        if let sentence = record.sentence { text += ", sentence \(sentence)" }
        if let evidence = record.evidence { text += ": «\(evidence)»" }
        return text
    }
}

import Foundation

/// Values as text: the shell's table cells, `toString`, CSV.
public enum ValueText {
    public static func plain(_ value: RValue, graph: GraphSource?) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return "\(f)"
        case .string(let s): return s
        case .text(let t): return t.string
        case .date(let d): return d.description
        case .list(let items): return "[" + items.map { quoted($0, graph: graph) }.joined(separator: ", ") + "]"
        case .node(let n): return graph.map { $0.name(of: n) } ?? "node \(n.raw)"
        case .edge(let e):
            guard let graph else { return "edge \(e.raw)" }
            let type = graph.schema.relationType(graph.type(of: e)).name
            return "\(graph.name(of: graph.subject(of: e)))-[\(graph.isNegated(e) ? "NOT " : "")\(type)]->\(graph.name(of: graph.object(of: e)))"
        case .path(let p):
            guard let graph else { return "path" }
            var text = p.nodes.first.map { "(\(graph.name(of: $0)))" } ?? ""
            for (k, e) in p.edges.enumerated() where k + 1 < p.nodes.count {
                let type = graph.schema.relationType(graph.type(of: e)).name
                let forward = graph.subject(of: e) == p.nodes[k]
                text += forward ? "-[\(type)]->" : "<-[\(type)]-"
                text += "(\(graph.name(of: p.nodes[k + 1])))"
            }
            return text
        }
    }

    private static func quoted(_ value: RValue, graph: GraphSource?) -> String {
        switch value {
        case .string(let s): return "\"\(s)\""
        case .text(let t): return "\"\(t.string)\""
        default: return plain(value, graph: graph)
        }
    }
}
