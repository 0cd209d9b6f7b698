// Tree dump of patterns and expressions.

extension DumpWriter {
    mutating func path(_ p: Path) {
        line("Path", p.range, p.variable.map { "var=\(Printer.name($0.text))" } ?? "")
        nested { w in
            w.node(p.start)
            for step in p.steps {
                w.edge(step.edge)
                w.node(step.node)
            }
        }
    }

    mutating func node(_ n: NodePattern) {
        var details: [String] = []
        if let v = n.variable { details.append("var=\(Printer.name(v.text))") }
        if !n.kinds.isEmpty { details.append("kinds=" + n.kinds.map { Printer.name($0.text) }.joined(separator: "|")) }
        switch n.filter {
        case .name(let s): details.append("name=" + Self.quoted(s))
        case .parameter(let p): details.append("param=$" + Printer.name(p))
        case .properties, nil: break
        }
        line("Node", n.range, details.joined(separator: " "))
        if case .properties(let map) = n.filter { nested { $0.properties(map) } }
    }

    mutating func edge(_ e: EdgePattern) {
        var details = [e.direction.rawValue]
        if let v = e.variable { details.append("var=\(Printer.name(v.text))") }
        if !e.types.isEmpty {
            details.append("types=" + e.types.map { ($0.negated ? "NOT " : "") + Printer.name($0.name.text) }
                .joined(separator: "|"))
        }
        if let h = e.hops { details.append("hops=" + Printer.hops(h)) }
        line("Edge", e.range, details.joined(separator: " "))
        if let map = e.properties { nested { $0.properties(map) } }
    }

    mutating func properties(_ map: PropertyMap) {
        line("Properties", map.range)
        nested { w in
            for entry in map.entries {
                w.line("Entry", entry.range, "key=\(Printer.name(entry.key.text))")
                w.nested { $0.expression(entry.value) }
            }
        }
    }

    mutating func expression(_ e: Expression) {
        switch e.kind {
        case .integer(let v): line("Integer", e.range, String(v))
        case .float(let v): line("Float", e.range, v.description)
        case .string(let s): line("String", e.range, Self.quoted(s))
        case .boolean(let b): line("Boolean", e.range, b ? "true" : "false")
        case .null: line("Null", e.range)
        case .parameter(let p): line("Parameter", e.range, "$" + Printer.parameterName(p))
        case .variable(let v): line("Variable", e.range, Printer.name(v))
        case .property(let base, let key):
            line("Property", e.range, "key=\(Printer.name(key.text))")
            nested { $0.expression(base) }
        case .index(let base, let i):
            line("Index", e.range)
            nested { w in
                w.expression(base)
                w.expression(i)
            }
        case .call(let fn, let distinct, let arguments):
            line("Call", e.range, "name=\(Printer.name(fn.text))" + (distinct ? " distinct" : "") + (arguments == nil ? " *" : ""))
            nested { w in for a in arguments ?? [] { w.expression(a) } }
        case .list(let elements):
            line("List", e.range)
            nested { w in for x in elements { w.expression(x) } }
        case .exists(let x):
            line("Exists", e.range)
            nested { w in
                for p in x.paths { w.path(p) }
                if let p = x.predicate { w.labelled("Where", p) }
            }
        case .not(let x):
            line("Not", e.range)
            nested { $0.expression(x) }
        case .negate(let x):
            line("Negate", e.range)
            nested { $0.expression(x) }
        case .isNull(let x, let negated):
            line(negated ? "IsNotNull" : "IsNull", e.range)
            nested { $0.expression(x) }
        case .binary(let op, let l, let r):
            line("Binary", e.range, op.rawValue)
            nested { w in
                w.expression(l)
                w.expression(r)
            }
        }
    }
}
