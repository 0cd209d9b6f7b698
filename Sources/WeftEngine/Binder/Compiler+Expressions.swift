// Binding expressions: variables to slots, properties checked, functions and aggregates resolved.
import WeftModel
import WeftQuery

extension Compiler {
    enum Context {
        /// WHERE: no aggregates.
        case predicate
        /// WITH and RETURN items: aggregates allowed.
        case projection
        /// anywhere else: no aggregates.
        case plain
    }

    static let edgeProperties = ["claim", "article", "sentence", "evidence", "cameo", "modality", "negated",
                                 "speaker", "date", "rule"]
    static let nodeProperties = ["name", "aliases"]

    func expression(_ e: Expression, context: Context) throws -> BExpr {
        var aggregates: [AggregateSpec] = []
        return try expression(e, context: context, aggregates: &aggregates)
    }

    func expression(_ e: Expression, context: Context, aggregates: inout [AggregateSpec]) throws -> BExpr {
        switch e.kind {
        case .integer(let i): return .constant(.int(Int64(i)))
        case .float(let f): return .constant(.float(f))
        case .string(let s): return .constant(.string(s))
        case .boolean(let b): return .constant(.bool(b))
        case .null: return .constant(.null)
        case .parameter(let name):
            if let parameters, !parameters.contains(name.lowercased()) { throw Catalogue.unknownParameter(name, range: e.range) }
            return .parameter(name.lowercased())
        case .variable(let name):
            return .slot(try variable(name, range: e.range).slot)
        case .property(let base, let name):
            let compiled = try expression(base, context: context, aggregates: &aggregates)
            if case .variable(let v) = base.kind, let variable = scope[v.lowercased()] {
                try checkProperty(name, of: variable)
            }
            return .property(compiled, name.text)
        case .index(let base, let index):
            return .index(try expression(base, context: context, aggregates: &aggregates),
                          try expression(index, context: context, aggregates: &aggregates))
        case .list(let elements):
            return .list(try elements.map { try expression($0, context: context, aggregates: &aggregates) })
        case .not(let inner): return .not(try expression(inner, context: context, aggregates: &aggregates))
        case .negate(let inner): return .negate(try expression(inner, context: context, aggregates: &aggregates))
        case .isNull(let inner, let negated):
            return .isNull(try expression(inner, context: context, aggregates: &aggregates), negated: negated)
        case .exists(let exists):
            return .exists(try existsPattern(exists))
        case .call(let name, let distinct, let arguments):
            return try call(name, distinct: distinct, arguments: arguments, range: e.range, context: context, aggregates: &aggregates)
        case .binary(let op, let lhs, let rhs):
            try checkNodeComparedWithString(op, lhs, rhs, range: e.range)
            let left = try expression(lhs, context: context, aggregates: &aggregates)
            let right = try expression(rhs, context: context, aggregates: &aggregates)
            if op == .matches {
                var nameOnly = false
                if case .property(_, let property) = lhs.kind, property.text.lowercased() == "name" { nameOnly = true }
                return .matches(left, right, nameOnly: nameOnly)
            }
            return .binary(op, left, right)
        }
    }

    func variable(_ name: String, range: SourceRange) throws -> Variable {
        if let variable = scope[name.lowercased()] { return variable }
        if let withRange = dropped[name.lowercased()] {
            throw Catalogue.variableNotInScope(name, range: range, droppedBy: withRange)
        }
        let visible = scope.keys.filter { !$0.hasPrefix(" ") }
        throw Catalogue.variableNotInScope(name, range: range, suggestion: Suggestion.bestMatch(for: name, among: visible))
    }

    private func checkProperty(_ name: Name, of variable: Variable) throws {
        let key = name.text
        // The built-in properties need no look at the graph's keys (reading those scans every
        // node's properties once: half a second on a 1M-claim graph, for `b.name`).
        var builtIn = Compiler.nodeProperties
        if case .edge = variable.role { builtIn = Compiler.edgeProperties }
        if builtIn.contains(where: { $0.lowercased() == key.lowercased() }) { return }
        switch variable.role {
        case .node:
            let known = Compiler.nodeProperties + graph.nodePropertyKeys.sorted()
            guard known.contains(where: { $0.lowercased() == key.lowercased() }) else {
                throw Catalogue.unknownProperty(key, range: name.range, suggestion: Suggestion.bestMatch(for: key, among: known))
            }
        case .edge:
            let known = Compiler.edgeProperties + graph.edgePropertyKeys.sorted()
            guard known.contains(where: { $0.lowercased() == key.lowercased() }) else {
                throw Catalogue.unknownProperty(key, range: name.range, suggestion: Suggestion.bestMatch(for: key, among: known))
            }
        case .path, .value: break
        }
    }

    private func checkNodeComparedWithString(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, range: SourceRange) throws {
        guard op == .equal || op == .notEqual else { return }
        for (a, b) in [(lhs, rhs), (rhs, lhs)] {
            if case .variable(let v) = a.kind, case .string = b.kind, let variable = scope[v.lowercased()],
               case .node = variable.role
            {
                // The operator itself, found in the text between the operands, is what the fix replaces.
                let between = source.slice(SourceRange(start: lhs.range.end, end: rhs.range.start))
                let written = op == .equal ? "=" : "<>"
                var operatorRange = SourceRange(start: lhs.range.end, end: rhs.range.start)
                if let found = between.range(of: written) {
                    let start = lhs.range.end.offset + between.utf8.distance(from: between.startIndex, to: found.lowerBound)
                    operatorRange = source.range(start, start + written.utf8.count)
                }
                throw Catalogue.nodeComparedWithString(v, range: range, operatorRange: operatorRange)
            }
        }
    }

    private func call(_ name: Name, distinct: Bool, arguments: [Expression]?, range: SourceRange, context: Context,
                      aggregates: inout [AggregateSpec]) throws -> BExpr {
        let lower = name.text.lowercased()
        if let aggregate = Aggregate(rawValue: lower) {
            guard case .projection = context else { throw Catalogue.aggregateInWhere(lower, range: range) }
            var inner: [AggregateSpec] = []
            let argument = try arguments?.first.map { try expression($0, context: .plain, aggregates: &inner) }
            if arguments == nil && aggregate != .count { throw Catalogue.runtimeError("only count takes `*`", range: range) }
            aggregates.append(AggregateSpec(function: aggregate, argument: argument, distinct: distinct))
            return .aggregate(aggregates.count - 1)
        }
        guard let function = Function.allCases.first(where: { $0.rawValue.lowercased() == lower }) else {
            let names = Function.allCases.map(\.rawValue) + Function.aggregates.sorted()
            throw Catalogue.unknownFunction(name.text, range: name.range, suggestion: Suggestion.bestMatch(for: name.text, among: names))
        }
        let args = try (arguments ?? []).map { try expression($0, context: context, aggregates: &aggregates) }
        return .call(function, args)
    }

    /// Items mixing an aggregate with a variable outside it (E304).
    func checkMixed(_ item: WeftQuery.ProjectionItem) throws {
        var aggregateRange: SourceRange?
        var plainRange: SourceRange?
        func walk(_ e: Expression, insideAggregate: Bool) {
            switch e.kind {
            case .call(let name, _, let args):
                let isAggregate = Function.aggregates.contains(name.text.lowercased())
                if isAggregate && aggregateRange == nil { aggregateRange = e.range }
                for a in args ?? [] { walk(a, insideAggregate: insideAggregate || isAggregate) }
            case .variable: if !insideAggregate && plainRange == nil { plainRange = e.range }
            case .property(let b, _): walk(b, insideAggregate: insideAggregate)
            case .index(let a, let b), .binary(_, let a, let b):
                walk(a, insideAggregate: insideAggregate)
                walk(b, insideAggregate: insideAggregate)
            case .list(let l): for x in l { walk(x, insideAggregate: insideAggregate) }
            case .not(let x), .negate(let x), .isNull(let x, _): walk(x, insideAggregate: insideAggregate)
            default: break
            }
        }
        walk(item.expression, insideAggregate: false)
        if aggregateRange != nil, let plainRange {
            throw Catalogue.mixedAggregate(range: item.expression.range, plain: plainRange)
        }
    }
}
