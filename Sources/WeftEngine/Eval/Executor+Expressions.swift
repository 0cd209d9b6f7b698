// Evaluating expressions over a row: Cypher's three-valued logic, comparisons, ~= on names.
import WeftModel
import WeftQuery
import WeftText

extension Executor {
    func eval(_ expr: BExpr, _ row: Row, aggregates: [RValue] = []) throws -> RValue {
        switch expr {
        case .constant(let v): return v
        case .slot(let s): return row[s]
        case .parameter(let name):
            guard let value = parameters[name] else { throw RuntimeFailure(message: "parameter $\(name) has no value") }
            return value
        case .aggregate(let k): return k < aggregates.count ? aggregates[k] : .null
        case .countAll: return .null
        case .property(let base, let key):
            switch try eval(base, row, aggregates: aggregates) {
            case .node(let n): return nodeProperty(n, key)
            case .edge(let e): return try edgeProperty(e, key)
            default: return .null
            }
        case .index(let base, let index):
            let list = try eval(base, row, aggregates: aggregates), i = try eval(index, row, aggregates: aggregates)
            guard case .list(let items) = list, case .int(let n) = i else {
                if case .string(let s) = list, case .int(let n) = i {
                    let chars = Array(s)
                    let k = n < 0 ? chars.count + Int(n) : Int(n)
                    return k >= 0 && k < chars.count ? .string(String(chars[k])) : .null
                }
                return .null
            }
            let k = n < 0 ? items.count + Int(n) : Int(n)
            return k >= 0 && k < items.count ? items[k] : .null
        case .list(let items): return .list(try items.map { try eval($0, row, aggregates: aggregates) })
        case .exists(let plan): return .bool(try exists(plan, row))
        case .not(let inner):
            switch Truth(try eval(inner, row, aggregates: aggregates)) {
            case .yes: return .bool(false)
            case .no: return .bool(true)
            case .unknown: return .null
            }
        case .negate(let inner):
            switch try eval(inner, row, aggregates: aggregates) {
            case .int(let i): return .int(-i)
            case .float(let f): return .float(-f)
            default: return .null
            }
        case .isNull(let inner, let negated):
            return .bool(try eval(inner, row, aggregates: aggregates).isNull != negated)
        case .matches(let lhs, let rhs, let nameOnly):
            let target = try eval(lhs, row, aggregates: aggregates)
            guard case .string(let pattern) = try eval(rhs, row, aggregates: aggregates) else { return .null }
            switch target {
            case .node(let n): return .bool(Glob.matchesNode(n, pattern: pattern, graph: graph, nameOnly: nameOnly))
            case .string(let s): return .bool(Glob.matches(Fold.key(s), pattern: Fold.key(pattern)))
            case .list(let items):
                return .bool(items.contains { if case .string(let s) = $0 { Glob.matches(Fold.key(s), pattern: Fold.key(pattern)) } else { false } })
            default: return .null
            }
        case .call(let function, let args):
            if args.count == 1 && function != .coalesce {
                return try call(function, single: try eval(args[0], row, aggregates: aggregates))
            }
            return try call(function, try args.map { try eval($0, row, aggregates: aggregates) })
        case .binary(let op, let lhs, let rhs):
            if op == .and || op == .or {
                let a = Truth(try eval(lhs, row, aggregates: aggregates))
                if op == .and && a == .no { return .bool(false) }
                if op == .or && a == .yes { return .bool(true) }
                let b = Truth(try eval(rhs, row, aggregates: aggregates))
                if op == .and { return (a == .yes && b == .yes) ? .bool(true) : (b == .no ? .bool(false) : .null) }
                return (a == .no && b == .no) ? .bool(false) : (b == .yes ? .bool(true) : .null)
            }
            return try binary(op, try eval(lhs, row, aggregates: aggregates), try eval(rhs, row, aggregates: aggregates))
        }
    }

    func binary(_ op: BinaryOperator, _ a: RValue, _ b: RValue) throws -> RValue {
        switch op {
        case .equal: return Compare.equal(a, b).value
        case .notEqual:
            switch Compare.equal(a, b) {
            case .yes: return .bool(false)
            case .no: return .bool(true)
            case .unknown: return .null
            }
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let c = Compare.order(a, b) else { return .null }
            switch op {
            case .less: return .bool(c < 0)
            case .lessEqual: return .bool(c <= 0)
            case .greater: return .bool(c > 0)
            default: return .bool(c >= 0)
            }
        case .in:
            guard case .list(let items) = b else { return .null }
            if a.isNull { return .null }
            var sawNull = false
            for item in items {
                switch Compare.equal(a, item) {
                case .yes: return .bool(true)
                case .unknown: sawNull = true
                case .no: break
                }
            }
            return sawNull ? .null : .bool(false)
        case .contains, .startsWith, .endsWith:
            guard case .string(let x) = a, case .string(let y) = b else { return .null }
            switch op {
            case .contains: return .bool(x.contains(y))
            case .startsWith: return .bool(x.hasPrefix(y))
            default: return .bool(x.hasSuffix(y))
            }
        case .add, .subtract, .multiply, .divide, .modulo:
            return try Arithmetic.apply(op, a, b)
        case .and, .or, .matches: return .null
        }
    }

    func nodeProperty(_ node: NodeID, _ key: String) -> RValue {
        if key == "name" { return .string(name(of: node)) }  // the common case, without lowercasing
        switch key.lowercased() {
        case "name": return .string(graph.name(of: node))
        case "aliases": return .list(graph.aliases(of: node).map(RValue.string))
        default:
            let lower = key.lowercased()
            return graph.properties(of: node).first { $0.key.lowercased() == lower }.map { RValue($0.value) } ?? .null
        }
    }

    func edgeProperty(_ edge: EdgeID, _ key: String) throws -> RValue {
        switch key.lowercased() {
        case "sentence": return graph.sentence(of: edge).map { .int(Int64($0)) } ?? .null
        case "negated": return .bool(graph.isNegated(edge))
        case "modality": return graph.modality(of: edge).map { .string($0.name) } ?? .null
        case "cameo": return graph.cameo(of: edge).map(RValue.string) ?? .null
        case "date": return graph.date(of: edge).map(RValue.date) ?? .null
        case "article": return graph.article(of: edge).map(RValue.node) ?? .null
        default:
            let record = try graph.claimRecord(edge)
            switch key.lowercased() {
            case "evidence": return record.evidence.map(RValue.string) ?? .null
            case "speaker": return record.speaker.map(RValue.string) ?? .null
            case "claim": return record.claim.map(RValue.string) ?? .null
            case "rule": return record.rule.map(RValue.string) ?? .null
            default:
                let lower = key.lowercased()
                return record.properties.first { $0.key.lowercased() == lower }.map { RValue($0.value) } ?? .null
            }
        }
    }
}

/// Equality and order between values, with null as unknown.
enum Compare {
    static func equal(_ a: RValue, _ b: RValue) -> Truth {
        if a.isNull || b.isNull { return .unknown }
        switch (a, b) {
        case (.int(let x), .float(let y)): return Double(x) == y ? .yes : .no
        case (.float(let x), .int(let y)): return x == Double(y) ? .yes : .no
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return .no }
            var unknown = false
            for (p, q) in zip(x, y) {
                switch equal(p, q) {
                case .no: return .no
                case .unknown: unknown = true
                case .yes: break
                }
            }
            return unknown ? .unknown : .yes
        default: return a == b ? .yes : .no
        }
    }

    /// nil when the two cannot be ordered (different types, or null).
    static func order(_ a: RValue, _ b: RValue) -> Int? {
        switch (a, b) {
        case (.int, .int), (.int, .float), (.float, .int), (.float, .float), (.string, .string), (.date, .date), (.bool, .bool):
            return Ordering.compare(a, b)
        default: return nil
        }
    }
}

enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ a: RValue, _ b: RValue) throws -> RValue {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int(let x), .int(let y)):
            let result: (Int64, Bool)
            switch op {
            case .add: result = x.addingReportingOverflow(y)
            case .subtract: result = x.subtractingReportingOverflow(y)
            case .multiply: result = x.multipliedReportingOverflow(by: y)
            case .divide:
                guard y != 0 else { throw RuntimeFailure(message: "division by zero") }
                result = x.dividedReportingOverflow(by: y)
            default:
                guard y != 0 else { throw RuntimeFailure(message: "division by zero") }
                result = x.remainderReportingOverflow(dividingBy: y)
            }
            if result.1 { throw RuntimeFailure(message: "integer overflow") }
            return .int(result.0)
        case (.int, .float), (.float, .int), (.float, .float):
            let x = number(a), y = number(b)
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            case .divide: return .float(x / y)
            default: return .float(x.truncatingRemainder(dividingBy: y))
            }
        // Joined strings are made NFC again ("e" + "\u{301}"), so that every string the engine
        // holds is NFC and byte equality is canonical equality (RValue+Hashable).
        case (.string(let x), .string(let y)) where op == .add: return .string(NFC.normalize(x + y))
        case (.list(let x), .list(let y)) where op == .add: return .list(x + y)
        case (.list(let x), let y) where op == .add: return .list(x + [y])
        case (.string(let x), let y) where op == .add: return .string(NFC.normalize(x + ValueText.plain(y, graph: nil)))
        default: throw RuntimeFailure(message: "cannot apply `\(op.rawValue)` to \(a.typeName) and \(b.typeName)")
        }
    }

    static func number(_ v: RValue) -> Double {
        switch v {
        case .int(let i): Double(i)
        case .float(let f): f
        default: 0
        }
    }
}

/// `~=` patterns: fold both sides; `*` matches any run of characters; no `*` means equality.
enum Glob {
    static func matches(_ text: String, pattern: String) -> Bool {
        guard pattern.contains("*") else { return text == pattern }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(text)
        guard let first = parts.first, rest.hasPrefix(first) else { return false }
        rest = rest.dropFirst(first.count)
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 { return part.isEmpty || rest.hasSuffix(part) }
            // `**` is one `*` (as in the name index's glob); Foundation finds no empty string.
            if part.isEmpty { continue }
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    static func matchesNode(_ node: NodeID, pattern: String, graph: GraphSource, nameOnly: Bool) -> Bool {
        let key = Fold.key(pattern)
        if matches(Fold.key(graph.name(of: node)), pattern: key) { return true }
        if nameOnly { return false }
        return graph.aliases(of: node).contains { matches(Fold.key($0), pattern: key) }
    }
}
