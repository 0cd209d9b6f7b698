// The tree dump: every AST node on its own line with its source range, the parser's test oracle.

/// A deterministic, indented rendering of the AST. Each line is `Node line:col-line:col
/// details`; with `ranges: false` the ranges are left out, which makes two ASTs that differ
/// only in positions dump the same (the printer round-trip test compares these).
public enum TreeDump {
    public static func dump(_ statement: Statement, ranges: Bool = true) -> String {
        var writer = DumpWriter(ranges: ranges)
        writer.statement(statement)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    public static func dump(_ expression: Expression, ranges: Bool = true) -> String {
        var writer = DumpWriter(ranges: ranges)
        writer.expression(expression)
        return writer.lines.joined(separator: "\n") + "\n"
    }
}

struct DumpWriter {
    let ranges: Bool
    var lines: [String] = []
    var depth = 0

    mutating func line(_ label: String, _ range: SourceRange, _ details: String = "") {
        var text = String(repeating: "  ", count: depth) + label
        if ranges { text += " " + range.description }
        if !details.isEmpty { text += " " + details }
        lines.append(text)
    }

    mutating func nested(_ body: (inout DumpWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    static func quoted(_ text: String) -> String { Printer.quote(text) }

    mutating func statement(_ s: Statement) {
        line("Statement", s.range, s.mode?.rawValue ?? "")
        nested { w in
            switch s.body {
            case .query(let q): w.query(q)
            case .describe(let d):
                w.line("Describe", d.range, d.depth.map { "depth=\($0)" } ?? "")
                w.nested { w in
                    w.node(d.node)
                    w.export(d.export)
                }
            case .run(let r):
                w.line("Run", r.range, "name=\(Printer.name(r.name.text))")
                w.nested { w in
                    for a in r.arguments { w.expression(a) }
                    w.export(r.export)
                }
            case .defineQuery(let d):
                let parameters = d.parameters.map { "$" + Printer.parameterName($0.text) }.joined(separator: ",")
                w.line("DefineQuery", d.range, "name=\(Printer.name(d.name.text)) params=[\(parameters)]")
                w.nested { $0.query(d.query) }
            case .defineRelation(let d):
                w.line("DefineRelation", d.range,
                       "name=\(Printer.name(d.name.text)) subject=\(Printer.name(d.subject.text)) object=\(Printer.name(d.object.text))")
                w.nested { w in
                    w.path(d.path)
                    if let p = d.predicate { w.labelled("Where", p) }
                }
            }
        }
    }

    mutating func query(_ q: Query) {
        line("Query", q.range)
        nested { w in
            for c in q.clauses { w.clause(c) }
            w.projection("Return", q.returning)
            w.export(q.export)
        }
    }

    mutating func clause(_ c: Clause) {
        switch c {
        case .match(let m):
            let flags = [m.optional ? "optional" : "", m.shortest ? "shortest" : ""].filter { !$0.isEmpty }
            line("Match", m.range, flags.joined(separator: " "))
            nested { w in
                for p in m.paths { w.path(p) }
                if let p = m.predicate { w.labelled("Where", p) }
            }
        case .with(let with):
            line("With", with.range)
            nested { w in
                w.projection("Projection", with.projection)
                if let p = with.predicate { w.labelled("Where", p) }
            }
        case .unwind(let u):
            line("Unwind", u.range, "as=\(Printer.name(u.variable.text))")
            nested { $0.expression(u.expression) }
        }
    }

    mutating func projection(_ label: String, _ p: Projection) {
        var details: [String] = []
        if p.distinct { details.append("distinct") }
        if p.items == nil { details.append("*") }
        if let skip = p.skip { details.append("skip=\(skip)") }
        if let limit = p.limit { details.append("limit=\(limit)") }
        line(label, p.range, details.joined(separator: " "))
        nested { w in
            for item in p.items ?? [] {
                w.line("Item", item.range, item.alias.map { "as=\(Printer.name($0.text))" } ?? "")
                w.nested { $0.expression(item.expression) }
            }
            for s in p.order {
                w.line("OrderBy", s.range, s.direction?.rawValue ?? "")
                w.nested { $0.expression(s.expression) }
            }
        }
    }

    mutating func export(_ e: Export?) {
        guard let e else { return }
        line("Export", e.range, e.format.rawValue + (e.file.map { " to=" + Self.quoted($0) } ?? ""))
    }

    mutating func labelled(_ label: String, _ e: Expression) {
        line(label, e.range)
        nested { $0.expression(e) }
    }
}
