// The planner: orders a pattern's node and edge steps by estimated rows from exact statistics,
// and places each WHERE conjunct right after the step that binds its last variable.
import WeftModel
import WeftText

enum Planner {
    /// Fills `plan.steps`, `plan.estimates` and `plan.notes`. With `optimize` off, steps follow the
    /// written order and filters run last: the differential tests compare the two.
    static func plan(_ plan: inout PatternPlan, graph: GraphSource, optimize: Bool) {
        if optimize { useNameIndex(&plan) }
        var bound = Set(plan.nodes.indices.filter { plan.nodes[$0].boundBefore })
        var remaining = Array(plan.edges.indices)
        var steps: [PatternPlan.Step] = []
        var estimates: [Double] = []
        var notes: [String] = []
        var rows = 1.0

        func takeNode(_ i: Int) {
            let (estimate, note) = scanEstimate(plan.nodes[i], graph: graph)
            rows *= max(estimate, plan.nodes[i].boundBefore ? 1 : 0)
            steps.append(.node(i))
            estimates.append(rows)
            notes.append(note)
            bound.insert(i)
        }
        func takeEdge(_ j: Int, forward: Bool) {
            let (fanout, note) = expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: bound)
            rows *= fanout
            steps.append(.edge(j, forward: forward))
            estimates.append(rows)
            notes.append(note)
            bound.insert(plan.edges[j].from)
            bound.insert(plan.edges[j].to)
            remaining.removeAll { $0 == j }
        }

        if optimize, let order = smallPatternOrder(plan, graph: graph) {
            // Dynamic programming found the cheapest order for this small connected pattern.
            if let anchor = order.anchor { takeNode(anchor) }
            for (edge, forward) in order.edges { takeEdge(edge, forward: forward) }
            for i in plan.nodes.indices where !bound.contains(i) { takeNode(i) }
        } else if optimize {
            while !remaining.isEmpty || plan.nodes.indices.contains(where: { !bound.contains($0) }) {
                var best: (cost: Double, edge: Int, forward: Bool)?
                for j in remaining {
                    let edge = plan.edges[j]
                    for forward in [true, false] {
                        let start = forward ? edge.from : edge.to
                        guard bound.contains(start) else { continue }
                        let cost = rows * expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: bound).0
                        if let current = best, current.cost <= cost { continue }
                        best = (cost, j, forward)
                    }
                }
                if let best {
                    takeEdge(best.edge, forward: best.forward)
                    continue
                }
                // Nothing connects to what is bound: anchor at the cheapest unbound node.
                let unbound = plan.nodes.indices.filter { !bound.contains($0) }
                let cheapest = unbound.min { scanEstimate(plan.nodes[$0], graph: graph).0 < scanEstimate(plan.nodes[$1], graph: graph).0 }
                guard let cheapest else { break }
                takeNode(cheapest)
            }
        } else {
            var nextNode = 0
            for j in plan.edges.indices {
                let edge = plan.edges[j]
                if !bound.contains(edge.from) && !bound.contains(edge.to) {
                    takeNode(edge.from)
                }
                takeEdge(j, forward: bound.contains(edge.from))
            }
            while nextNode < plan.nodes.count {
                if !bound.contains(nextNode) { takeNode(nextNode) }
                nextNode += 1
            }
        }
        // Filters: after the step that binds the last slot they use (all at the end unoptimised).
        let slotOfStep: [Set<Int>] = steps.map { step in
            switch step {
            case .node(let i): [plan.nodes[i].slot]
            case .edge(let j, _):
                Set([plan.edges[j].slot, plan.nodes[plan.edges[j].from].slot, plan.nodes[plan.edges[j].to].slot].compactMap { $0 })
            case .filter: []
            }
        }
        let patternSlots = Set(plan.nodes.map(\.slot) + plan.edges.compactMap(\.slot) + plan.paths.map(\.slot))
        var placed: [(position: Int, conjunct: Int)] = []
        for (k, conjunct) in plan.conjuncts.enumerated() {
            let needed = conjunct.slots.intersection(patternSlots)
            var position = steps.count
            if optimize && plan.paths.allSatisfy({ !needed.contains($0.slot) }) {
                var seen = Set(plan.nodes.filter(\.boundBefore).map(\.slot))
                position = 0
                for (i, slots) in slotOfStep.enumerated() {
                    if needed.isSubset(of: seen) { break }
                    seen.formUnion(slots)
                    position = i + 1
                }
            }
            placed.append((position, k))
        }
        var withFilters: [PatternPlan.Step] = [], withEstimates: [Double] = [], withNotes: [String] = []
        for i in 0...steps.count {
            for p in placed where p.position == i {
                withFilters.append(.filter(p.conjunct))
                withEstimates.append((withEstimates.last ?? 1) * 0.5)
                withNotes.append("selectivity 0.5 (default)")
            }
            if i < steps.count {
                withFilters.append(steps[i])
                withEstimates.append(estimates[i])
                withNotes.append(notes[i])
            }
        }
        plan.steps = withFilters
        plan.estimates = withEstimates
        plan.notes = withNotes
    }

    /// Pass "join order" for small connected patterns (≤ 8 edges): dynamic programming over the
    /// sets of edges taken, from every possible anchor, minimising the sum of estimated rows after
    /// each step. Larger or disconnected patterns use the greedy order.
    static func smallPatternOrder(_ plan: PatternPlan, graph: GraphSource) -> (anchor: Int?, edges: [(Int, Bool)])? {
        let n = plan.edges.count
        guard n >= 2, n <= 8 else { return nil }
        // Connected: every node reachable through edges from node 0.
        var reach: Set<Int> = [plan.edges[0].from]
        var grew = true
        while grew {
            grew = false
            for e in plan.edges where reach.contains(e.from) != reach.contains(e.to) {
                reach.insert(e.from)
                reach.insert(e.to)
                grew = true
            }
        }
        guard reach.count == plan.nodes.count else { return nil }
        struct State { var cost: Double; var rows: Double; var order: [(Int, Bool)] }
        var best: (cost: Double, anchor: Int?, order: [(Int, Bool)])?
        let preBound = Set(plan.nodes.indices.filter { plan.nodes[$0].boundBefore })
        let anchors: [Int?] = preBound.isEmpty ? plan.nodes.indices.map { Optional($0) } : [nil]
        for anchor in anchors {
            let startRows = anchor.map { scanEstimate(plan.nodes[$0], graph: graph).0 } ?? 1
            var table: [Int: State] = [0: State(cost: startRows, rows: startRows, order: [])]
            for mask in 0..<(1 << n) {
                guard let state = table[mask] else { continue }
                var bound = preBound.union(anchor.map { [$0] } ?? [])
                for (e, _) in state.order { bound.insert(plan.edges[e].from); bound.insert(plan.edges[e].to) }
                for e in 0..<n where mask & (1 << e) == 0 {
                    for forward in [true, false] {
                        let start = forward ? plan.edges[e].from : plan.edges[e].to
                        guard bound.contains(start) else { continue }
                        let rows = state.rows * expandEstimate(plan, edge: e, forward: forward, graph: graph, intoBound: bound).0
                        let next = mask | (1 << e)
                        let candidate = State(cost: state.cost + rows, rows: rows, order: state.order + [(e, forward)])
                        if let existing = table[next], existing.cost <= candidate.cost { continue }
                        table[next] = candidate
                    }
                }
            }
            if let full = table[(1 << n) - 1], best.map({ full.cost < $0.cost }) ?? true {
                best = (full.cost, anchor, full.order)
            }
        }
        return best.map { ($0.anchor, $0.order) }
    }

    /// Pass "name index": `WHERE x ~= "literal"` on a node this pattern finds becomes the node's
    /// name filter, so the node is looked up in the fold index instead of scanned and filtered.
    static func useNameIndex(_ plan: inout PatternPlan) {
        plan.conjuncts.removeAll { conjunct in
            guard case .matches(.slot(let slot), .constant(.string(let pattern)), nameOnly: false) = conjunct.expr,
                  let index = plan.nodes.firstIndex(where: { $0.slot == slot && !$0.boundBefore && $0.name == nil })
            else { return false }
            plan.nodes[index].name = .constant(.string(pattern))
            return true
        }
    }

    /// Rows from finding this node alone, and the statistic behind the figure.
    static func scanEstimate(_ node: PNode, graph: GraphSource) -> (Double, String) {
        if node.boundBefore { return (1, "bound by an earlier clause") }
        if case .constant(.string(let pattern))? = node.name {
            let key = Fold.key(pattern)
            if !key.contains("*") {
                let n = graph.nodes(withFold: key).filter { node.kinds.contains(graph.kind(of: $0)) }.count
                return (Double(n), "name index \"\(key)\" = \(n)")
            }
            let prefix = String(key.prefix { $0 != "*" })
            if !prefix.isEmpty {
                let n = graph.nodes(withFoldPrefix: prefix).count
                return (Double(n), "name index prefix \"\(prefix)\" = \(n)")
            }
        }
        if node.name != nil { return (1, "name parameter (assumed 1)") }
        let n = node.kinds.members.reduce(0) { $0 + graph.statistics.nodesPerKind[Int($1.raw)] }
        return (Double(n), "nodes(\(graph.schema.describe(node.kinds).replacingOccurrences(of: ", ", with: "|"))) = \(n)")
    }

    /// Average rows one bound row turns into when following `edge` from its bound end.
    static func expandEstimate(_ plan: PatternPlan, edge j: Int, forward: Bool, graph: GraphSource, intoBound: Set<Int>)
        -> (Double, String)
    {
        let edge = plan.edges[j]
        let schema = graph.schema, stats = graph.statistics
        let start = plan.nodes[forward ? edge.from : edge.to], end = plan.nodes[forward ? edge.to : edge.from]
        let types = edge.types.map { Set($0.map(\.type)) } ?? Set(schema.relationTypes.map(\.id))
        if edge.defined != nil { return (3, "defined relation (assumed 3)") }
        var claims = 0
        for type in types {
            let info = schema.relationType(type)
            let outgoing = (edge.direction == .outgoing) == forward
            let either = edge.direction == .either || info.symmetric
            for s in start.kinds.members {
                for o in end.kinds.members {
                    if outgoing || either { claims += stats.edges(subject: s, type: type, object: o) }
                    if !outgoing || either { claims += stats.edges(subject: o, type: type, object: s) }
                }
            }
        }
        let startNodes = max(1, start.kinds.members.reduce(0) { $0 + stats.nodesPerKind[Int($1.raw)] })
        var fanout = Double(claims) / Double(startNodes)
        if let hops = edge.hops { fanout = pow(max(fanout, 1), Double(hops.upperBound)) }
        if intoBound.contains(forward ? edge.to : edge.from) {
            let endNodes = max(1, end.kinds.members.reduce(0) { $0 + stats.nodesPerKind[Int($1.raw)] })
            fanout /= Double(endNodes)
        } else if end.name != nil {
            fanout = min(fanout, 1)
        }
        let typeNames = edge.types.map { $0.map { schema.relationType($0.type).name }.joined(separator: "|") } ?? "any"
        return (max(fanout, 0.01), "edges(\(typeNames)) from \(schema.describe(start.kinds).replacingOccurrences(of: ", ", with: "|")) = \(claims) over \(startNodes) nodes")
    }
}

import Foundation
