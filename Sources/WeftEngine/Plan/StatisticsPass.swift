// Pass "statistics": `MATCH ()-[r]->() RETURN type(r), count(*)` — claims per relation type over
// the whole graph — is answered from the exact statistics instead of visiting every claim.
import WeftModel

enum StatisticsPass {
    /// Rewrites the query when it is exactly one unconstrained directed edge, grouped by `type(r)`
    /// with `count(*)` or `count(r)`; anything else (a kind, a name, a WHERE, DISTINCT, another
    /// item) keeps the ordinary plan.
    static func apply(_ query: inout CompiledQuery, graph: GraphSource) {
        guard query.operations.count == 2,
              case .match(let plan) = query.operations[0], case .project(let projection) = query.operations[1],
              plan.nodes.count == 2, plan.edges.count == 1, plan.paths.isEmpty, plan.conjuncts.isEmpty, !plan.optional,
              !plan.shortest, plan.nodes.allSatisfy({ !$0.boundBefore && $0.name == nil && $0.properties.isEmpty
                  && $0.kinds == graph.schema.allKinds }),
              let edge = plan.edges.first, let edgeSlot = edge.slot, edge.types == nil, edge.hops == nil,
              edge.defined == nil, edge.properties.isEmpty, edge.direction != .either,
              projection.predicate == nil, !projection.distinct, projection.items.count == 2,
              projection.aggregates.count == 1, let count = projection.aggregates.first, count.function == .count,
              !count.distinct
        else { return }
        switch count.argument {
        case nil: break
        case .slot(let s)? where s == edgeSlot: break
        default: return
        }
        var typeItem: ProjectionItem?, countItem: ProjectionItem?
        for item in projection.items {
            switch item.expr {
            case .call(.type, let args) where args.count == 1:
                if case .slot(let s) = args[0], s == edgeSlot { typeItem = item }
            case .aggregate(0): countItem = item
            default: break
            }
        }
        guard let typeItem, let countItem else { return }
        let stats = graph.statistics
        var rows: [Row] = []
        for type in graph.schema.relationTypes where stats.edgesPerType[Int(type.id.raw)] > 0 {
            var row = Row(repeating: .null, count: query.slotCount)
            row[typeItem.slot] = .string(type.name)
            row[countItem.slot] = .int(Int64(stats.edgesPerType[Int(type.id.raw)]))
            rows.append(row)
        }
        var copy = projection
        copy.aggregates = []
        copy.items = projection.items.map { ProjectionItem(name: $0.name, expr: .slot($0.slot), slot: $0.slot) }
        query.operations = [.rows(rows, note: "edges per type, exact"), .project(copy)]
    }
}
