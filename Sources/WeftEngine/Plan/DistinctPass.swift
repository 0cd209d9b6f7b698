// Pass "distinct push-down": a chain pattern whose rows only feed a DISTINCT (or aggregates that
// ignore duplicates) over its end nodes is walked as sets of nodes — one frontier per position —
// instead of enumerating every path: the top actor's two hops are 1,288 topics and 6,655 actors,
// not 795,777 rows.
//
// Why the result cannot change. The projection sees only the chain's two ends (and variables of
// earlier clauses), and drops duplicates, so it depends only on the *set* of (start, end) pairs
// with at least one match. A walk through the frontiers is a match except for "no claim bound
// twice": a walk may use one claim for two edges. That cannot happen when no claim fits two edge
// patterns (their type selections are disjoint). With two edges that do overlap, one claim on both
// means {start, middle} = {middle, end} as claim ends, so start = end: only such pairs are checked
// for a second, distinct claim (`checkSameClaim`). Longer chains with overlapping types keep the
// ordinary plan.
import WeftModel

enum DistinctPass {
    static func apply(_ query: inout CompiledQuery, graph: GraphSource) {
        for index in query.operations.indices.dropLast() {
            guard case .match(var plan) = query.operations[index],
                  case .project(let projection) = query.operations[index + 1],
                  let chain = chain(plan, feeding: projection, graph: graph)
            else { continue }
            plan.distinctChain = chain
            plan.hashJoin = nil
            estimate(&plan, chain, graph: graph)
            query.operations[index] = .match(plan)
        }
    }

    /// Whether the projection gives the same rows from one row per distinct value of its inputs.
    static func ignoresDuplicates(_ projection: ProjectionPlan) -> Bool {
        if !projection.isAggregating { return projection.distinct }
        return projection.aggregates.allSatisfy { spec in
            switch spec.function {
            case .min, .max: spec.argument != nil
            case .count, .sum, .avg, .collect: spec.distinct && spec.argument != nil
            }
        }
    }

    static func chain(_ plan: PatternPlan, feeding projection: ProjectionPlan, graph: GraphSource) -> DistinctChain? {
        guard !plan.optional, !plan.shortest, plan.paths.isEmpty, !plan.edges.isEmpty,
              plan.nodes.count == plan.edges.count + 1, ignoresDuplicates(projection),
              plan.edges.allSatisfy({ $0.hops == nil && $0.defined == nil && $0.properties.isEmpty && $0.from != $0.to })
        else { return nil }
        // A chain: two ends of degree 1, the rest of degree 2, all connected.
        var incident = Array(repeating: [Int](), count: plan.nodes.count)
        for (j, edge) in plan.edges.enumerated() {
            incident[edge.from].append(j)
            incident[edge.to].append(j)
        }
        let ends = plan.nodes.indices.filter { incident[$0].count == 1 }
        guard ends.count == 2, plan.nodes.indices.allSatisfy({ incident[$0].count <= 2 }) else { return nil }
        // Start at the end that is bound before, or has fewer candidates.
        let (first, second) = (ends[0], ends[1])
        guard !(plan.nodes[first].boundBefore && plan.nodes[second].boundBefore) else { return nil }
        var start = first
        if plan.nodes[second].boundBefore {
            start = second
        } else if !plan.nodes[first].boundBefore,
                  Planner.scanEstimate(plan.nodes[second], graph: graph).0 < Planner.scanEstimate(plan.nodes[first], graph: graph).0 {
            start = second
        }
        var nodes = [start]
        var edges: [(index: Int, forward: Bool)] = []
        var previous: Int?
        while let j = incident[nodes[nodes.count - 1]].first(where: { $0 != previous }) {
            let edge = plan.edges[j]
            let forward = edge.from == nodes[nodes.count - 1]
            nodes.append(forward ? edge.to : edge.from)
            edges.append((j, forward))
            previous = j
        }
        guard nodes.count == plan.nodes.count, Set(nodes).count == nodes.count,
              nodes.dropFirst().allSatisfy({ !plan.nodes[$0].boundBefore })
        else { return nil }
        // The projection may use the two ends only; edges and inner nodes not at all.
        let startSlot = plan.nodes[start].slot, endSlot = plan.nodes[nodes[nodes.count - 1]].slot
        let patternSlots = Set(plan.nodes.map(\.slot) + plan.edges.compactMap(\.slot))
        var used = Set<Int>()
        for item in projection.items { used.formUnion(Compiler.slots(in: item.expr)) }
        for spec in projection.aggregates { if let argument = spec.argument { used.formUnion(Compiler.slots(in: argument)) } }
        for (expr, _) in projection.order { used.formUnion(Compiler.slots(in: expr)) }
        if let predicate = projection.predicate { used.formUnion(Compiler.slots(in: predicate)) }
        guard used.intersection(patternSlots).isSubset(of: [startSlot, endSlot]) else { return nil }
        // Each WHERE conjunct at the position of the one chain node it uses besides the start.
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { (plan.nodes[$0.element].slot, $0.offset) })
        var filtersAt = Array(repeating: [Int](), count: nodes.count)
        for (k, conjunct) in plan.conjuncts.enumerated() {
            let inner = conjunct.slots.intersection(patternSlots).subtracting([startSlot])
            guard inner.count <= 1 else { return nil }
            guard let slot = inner.first else {
                filtersAt[0].append(k)
                continue
            }
            guard let at = position[slot] else { return nil }  // an edge variable
            filtersAt[at].append(k)
        }
        // Claims fitting two edge patterns: allowed for two edges only (see the file comment).
        var overlapping = false
        for a in plan.edges.indices {
            for b in plan.edges.indices where b > a && overlap(plan.edges[a], plan.edges[b]) { overlapping = true }
        }
        if overlapping && plan.edges.count > 2 { return nil }
        return DistinctChain(nodes: nodes, edges: edges, filtersAt: filtersAt, checkSameClaim: overlapping)
    }

    /// Whether some claim could match both edge patterns.
    static func overlap(_ a: PEdge, _ b: PEdge) -> Bool {
        guard let x = a.types, let y = b.types else { return true }
        return !Set(x).isDisjoint(with: Set(y))
    }

    /// Estimates for EXPLAIN: each frontier at most the nodes of its kinds.
    static func estimate(_ plan: inout PatternPlan, _ chain: DistinctChain, graph: GraphSource) {
        var estimates: [Double] = [], notes: [String] = []
        let (first, note) = Planner.scanEstimate(plan.nodes[chain.nodes[0]], graph: graph)
        var rows = max(first, 1)
        estimates.append(rows)
        notes.append(note)
        var bound: Set<Int> = [chain.nodes[0]]
        for (k, edge) in chain.edges.enumerated() {
            let (fanout, note) = Planner.expandEstimate(plan, edge: edge.index, forward: edge.forward, graph: graph, intoBound: bound)
            let node = plan.nodes[chain.nodes[k + 1]]
            let distinct = Double(node.kinds.members.reduce(0) { $0 + graph.statistics.nodesPerKind[Int($1.raw)] })
            rows = min(rows * fanout, max(distinct, 1))
            estimates.append(rows)
            notes.append(note + ", distinct ≤ \(Int(distinct))")
            bound.insert(chain.nodes[k + 1])
        }
        plan.estimates = estimates
        plan.notes = notes
    }
}
