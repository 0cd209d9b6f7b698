// The binder: resolves names against the schema and the scope, reports what can never work,
// and turns a query's AST into operations over slots.
import WeftModel
import WeftQuery
import WeftText

struct Variable {
    enum Role { case node(KindSet), edge, path, value }
    let slot: Int
    var role: Role
    let range: SourceRange
}

/// Compiles one statement. Throws the first diagnostic (errors are values with ranges).
final class Compiler {
    let graph: GraphSource
    let schema: Schema
    let definitions: Definitions
    let source: SourceText
    var slotCount = 0
    var scope: [String: Variable] = [:]
    /// Names a WITH dropped, and that WITH's range, for E302's message.
    var dropped: [String: SourceRange] = [:]
    /// Parameters with values (RUN arguments); nil means any parameter may be used.
    var parameters: Set<String>?

    init(graph: GraphSource, definitions: Definitions, source: SourceText, parameters: Set<String>? = nil) {
        self.graph = graph
        schema = graph.schema
        self.definitions = definitions
        self.source = source
        self.parameters = parameters
    }

    func newSlot() -> Int {
        defer { slotCount += 1 }
        return slotCount
    }

    func text(_ range: SourceRange) -> String { source.slice(range) }

    // MARK: Queries

    func compile(_ query: Query) throws -> CompiledQuery {
        var operations: [Operation] = []
        for clause in query.clauses {
            switch clause {
            case .match(let match):
                operations.append(.match(try compile(match)))
            case .unwind(let unwind):
                let expr = try expression(unwind.expression, context: .plain)
                let slot = newSlot()
                scope[unwind.variable.text.lowercased()] = Variable(slot: slot, role: .value, range: unwind.variable.range)
                operations.append(.unwind(expr, slot: slot))
            case .with(let with):
                let plan = try projection(with.projection, predicate: with.predicate, isWith: true, range: with.range)
                operations.append(.project(plan))
            }
        }
        let plan = try projection(query.returning, predicate: nil, isWith: false, range: query.returning.range)
        operations.append(.project(plan))
        return CompiledQuery(operations: operations, columns: plan.items.map(\.name),
                             slotCount: slotCount)
    }

    // MARK: Projections

    func projection(_ projection: Projection, predicate: Expression?, isWith: Bool, range: SourceRange) throws -> ProjectionPlan {
        var aggregates: [AggregateSpec] = []
        var items: [ProjectionItem] = []
        var newScope: [String: Variable] = [:]
        if let written = projection.items {
            for item in written {
                let name = item.alias?.text ?? text(item.expression.range)
                try checkMixed(item)
                let expr = try self.expression(item.expression, context: .projection, aggregates: &aggregates)
                var role = Variable.Role.value
                var slot: Int
                if case .variable(let v) = item.expression.kind, let existing = scope[v.lowercased()], item.alias == nil {
                    role = existing.role
                    slot = existing.slot
                } else {
                    if case .variable(let v) = item.expression.kind, let existing = scope[v.lowercased()] { role = existing.role }
                    slot = newSlot()
                }
                if isWith && item.alias == nil, !isVariable(item.expression) {
                    // WITH needs names for what it passes on, as in Cypher.
                    throw Catalogue.runtimeError("a WITH item that is not a variable needs `AS name`", range: item.range)
                }
                items.append(ProjectionItem(name: name, expr: expr, slot: slot))
                newScope[name.lowercased()] = Variable(slot: slot, role: role, range: item.range)
            }
        } else {
            for (name, variable) in scope.sorted(by: { $0.value.slot < $1.value.slot }) where !name.hasPrefix(" ") {
                items.append(ProjectionItem(name: name, expr: .slot(variable.slot), slot: variable.slot))
                newScope[name] = variable
            }
        }
        // ORDER BY sees the projected names, and the earlier variables unless rows were grouped.
        let before = scope
        if aggregates.isEmpty && !projection.distinct {
            scope = before.merging(newScope) { _, new in new }
        } else {
            scope = newScope
        }
        var order: [(BExpr, descending: Bool)] = []
        let itemTexts = (projection.items ?? []).map { text($0.expression.range) }
        for item in projection.order {
            let expr = try orderExpression(item.expression, items: items, itemTexts: itemTexts)
            order.append((expr, item.direction == .descending))
        }
        scope = newScope
        if isWith {
            for name in before.keys where newScope[name] == nil { dropped[name] = range }
            for name in newScope.keys { dropped[name] = nil }
        }
        let filter = try predicate.map { try expression($0, context: .predicate) }
        return ProjectionPlan(items: items, aggregates: aggregates, distinct: projection.distinct, order: order,
                              skip: projection.skip, limit: projection.limit, predicate: filter)
    }

    private func isVariable(_ e: Expression) -> Bool { if case .variable = e.kind { true } else { false } }

    /// ORDER BY may repeat an item's expression (`ORDER BY count(*)` after `count(*) AS n`): it then
    /// sorts by that item's value.
    private func orderExpression(_ e: Expression, items: [ProjectionItem], itemTexts: [String]) throws -> BExpr {
        let squeeze = { (s: String) in s.lowercased().filter { !$0.isWhitespace } }
        let written = squeeze(text(e.range))
        for (index, itemText) in itemTexts.enumerated() where index < items.count && squeeze(itemText) == written {
            return .slot(items[index].slot)
        }
        return try expression(e, context: .plain)
    }
}
