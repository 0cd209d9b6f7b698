// The planner: orders a pattern's node and edge steps by estimated rows from exact statistics,
// and places each WHERE conjunct right after the step that binds its last variable.
import WeftModel
import WeftText

enum Planner {
    /// Steps in order with their estimated rows and the statistic behind each.
    struct Ordered {
        var steps: [PatternPlan.Step] = []
        var estimates: [Double] = []
        var notes: [String] = []
        /// While the order is built: the rows expected after the last step, the nodes bound so far.
        var rows = 1.0
        var bound: Set<Int> = []

        /// Appends a scan of node `i`, with its estimate.
        mutating func takeNode(_ i: Int, _ plan: PatternPlan, graph: GraphSource) {
            let (estimate, note) = Planner.scanEstimate(plan.nodes[i], graph: graph)
            rows *= max(estimate, plan.nodes[i].boundBefore ? 1 : 0)
            steps.append(.node(i))
            estimates.append(rows)
            notes.append(note)
            bound.insert(i)
        }

        /// Appends an expansion along edge `j`, with its estimate from the nodes bound so far.
        mutating func takeEdge(_ j: Int, forward: Bool, _ plan: PatternPlan, graph: GraphSource) {
            let (fanout, note) = Planner.expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: bound)
            rows *= fanout
            steps.append(.edge(j, forward: forward))
            estimates.append(rows)
            notes.append(note)
            bound.insert(plan.edges[j].from)
            bound.insert(plan.edges[j].to)
        }
    }

    /// Fills `plan.steps`, `plan.estimates` and `plan.notes`. With `optimize` off, steps follow the
    /// written order and filters run last: the differential tests compare the two.
    static func plan(_ plan: inout PatternPlan, graph: GraphSource, optimize: Bool) {
        if optimize { useNameIndex(&plan) }
        let preBound = Set(plan.nodes.indices.filter { plan.nodes[$0].boundBefore })
        var ordered = order(plan, graph: graph, optimize: optimize, edges: Array(plan.edges.indices),
                            nodes: Array(plan.nodes.indices), preBound: preBound)
        plan.hashJoin = nil
        if optimize, let join = HashJoinPass.choose(plan, ordinary: ordered, graph: graph) {
            plan.hashJoin = join.plan
            ordered = join.probe
        }
        placeFilters(&plan, ordered, optimize: optimize)
    }

    /// The order of the given edges and nodes of a pattern, from the nodes in `preBound`: dynamic
    /// programming for small connected parts, greedy beyond, the written order unoptimised.
    static func order(_ plan: PatternPlan, graph: GraphSource, optimize: Bool, edges: [Int], nodes: [Int],
                      preBound: Set<Int>) -> Ordered {
        var remaining = edges
        var result = Ordered(bound: preBound)
        func takeNode(_ i: Int) { result.takeNode(i, plan, graph: graph) }
        func takeEdge(_ j: Int, forward: Bool) {
            result.takeEdge(j, forward: forward, plan, graph: graph)
            remaining.removeAll { $0 == j }
        }

        if optimize, let order = smallPatternOrder(plan, graph: graph, edges: edges, nodes: nodes, preBound: preBound) {
            // Dynamic programming found the cheapest order for this small connected pattern.
            if let anchor = order.anchor { takeNode(anchor) }
            for (edge, forward) in order.edges { takeEdge(edge, forward: forward) }
            for i in nodes where !result.bound.contains(i) { takeNode(i) }
        } else if optimize {
            while !remaining.isEmpty || nodes.contains(where: { !result.bound.contains($0) }) {
                var best: (cost: Double, edge: Int, forward: Bool)?
                for j in remaining {
                    let edge = plan.edges[j]
                    for forward in [true, false] {
                        let start = forward ? edge.from : edge.to
                        guard result.bound.contains(start) else { continue }
                        let cost = result.rows * expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: result.bound).0
                        if let current = best, current.cost <= cost { continue }
                        best = (cost, j, forward)
                    }
                }
                if let best {
                    takeEdge(best.edge, forward: best.forward)
                    continue
                }
                // Nothing connects to what is bound: anchor at the cheapest unbound node.
                let unbound = nodes.filter { !result.bound.contains($0) }
                let cheapest = unbound.min { scanEstimate(plan.nodes[$0], graph: graph).0 < scanEstimate(plan.nodes[$1], graph: graph).0 }
                guard let cheapest else { break }
                takeNode(cheapest)
            }
        } else {
            for j in edges {
                let edge = plan.edges[j]
                if !result.bound.contains(edge.from) && !result.bound.contains(edge.to) {
                    takeNode(edge.from)
                }
                takeEdge(j, forward: result.bound.contains(edge.from))
            }
            for i in nodes where !result.bound.contains(i) { takeNode(i) }
        }
        return result
    }

    /// Filters: each conjunct after the step that binds the last slot it uses (all at the end
    /// unoptimised).
    static func placeFilters(_ plan: inout PatternPlan, _ ordered: Ordered, optimize: Bool) {
        let steps = ordered.steps
        let slotOfStep: [Set<Int>] = steps.map { step in
            switch step {
            case .node(let i): [plan.nodes[i].slot]
            case .edge(let j, _):
                Set([plan.edges[j].slot, plan.nodes[plan.edges[j].from].slot, plan.nodes[plan.edges[j].to].slot].compactMap { $0 })
            case .probe:
                Set((plan.hashJoin?.buildNodes ?? []).map { plan.nodes[$0].slot }
                    + (plan.hashJoin?.buildEdges ?? []).compactMap { plan.edges[$0].slot })
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
                withEstimates.append(ordered.estimates[i])
                withNotes.append(ordered.notes[i])
            }
        }
        plan.steps = withFilters
        plan.estimates = withEstimates
        plan.notes = withNotes
    }

    /// Pass "join order" for small connected patterns (≤ 8 edges): dynamic programming over the
    /// sets of edges taken, from every possible anchor, minimising the sum of estimated rows after
    /// each step. Larger or disconnected patterns use the greedy order.
    static func smallPatternOrder(_ plan: PatternPlan, graph: GraphSource, edges: [Int], nodes: [Int], preBound: Set<Int>)
        -> (anchor: Int?, edges: [(Int, Bool)])?
    {
        let n = edges.count
        guard n >= 2, n <= 8 else { return nil }
        // Connected: every node reachable through the edges from the first edge's start.
        var reach: Set<Int> = [plan.edges[edges[0]].from]
        var grew = true
        while grew {
            grew = false
            for e in edges.map({ plan.edges[$0] }) where reach.contains(e.from) != reach.contains(e.to) {
                reach.insert(e.from)
                reach.insert(e.to)
                grew = true
            }
        }
        guard reach.count == nodes.count, reach == Set(nodes) else { return nil }
        struct State { var cost: Double; var rows: Double; var order: [(Int, Bool)] }
        var best: (cost: Double, anchor: Int?, order: [(Int, Bool)])?
        let bound0 = preBound.intersection(nodes)
        let anchors: [Int?] = bound0.isEmpty ? nodes.map { Optional($0) } : [nil]
        for anchor in anchors {
            let startRows = anchor.map { scanEstimate(plan.nodes[$0], graph: graph).0 } ?? 1
            var table: [Int: State] = [0: State(cost: startRows, rows: startRows, order: [])]
            for mask in 0..<(1 << n) {
                guard let state = table[mask] else { continue }
                var bound = preBound.union(anchor.map { [$0] } ?? [])
                for (e, _) in state.order { bound.insert(plan.edges[e].from); bound.insert(plan.edges[e].to) }
                for bit in 0..<n where mask & (1 << bit) == 0 {
                    let e = edges[bit]
                    for forward in [true, false] {
                        let start = forward ? plan.edges[e].from : plan.edges[e].to
                        guard bound.contains(start) else { continue }
                        let rows = state.rows * expandEstimate(plan, edge: e, forward: forward, graph: graph, intoBound: bound).0
                        let next = mask | (1 << bit)
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
            let slot: Int, pattern: String, nameOnly: Bool
            switch conjunct.expr {
            case .matches(.slot(let s), .constant(.string(let p)), nameOnly: false):
                (slot, pattern, nameOnly) = (s, p, false)
            case .matches(.property(.slot(let s), let key), .constant(.string(let p)), nameOnly: true) where key.lowercased() == "name":
                // `x.name ~= "…"`: the index holds names and aliases; the name alone is checked after.
                (slot, pattern, nameOnly) = (s, p, true)
            default:
                return false
            }
            guard let index = plan.nodes.firstIndex(where: { $0.slot == slot && !$0.boundBefore && $0.name == nil }) else { return false }
            plan.nodes[index].name = .constant(.string(pattern))
            plan.nodes[index].nameOnly = nameOnly
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
    static func expandEstimate(_ plan: PatternPlan, edge j: Int, forward: Bool, graph: GraphSource, intoBound: Set<Int>,
                               raw: Bool = false, reachedByClaim: Bool = false) -> (Double, String)
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
        var startNodes = max(1, start.kinds.members.reduce(0) { $0 + stats.nodesPerKind[Int($1.raw)] })
        var source = "edges(\(edge.types.map { $0.map { schema.relationType($0.type).name }.joined(separator: "|") } ?? "any")) from \(schema.describe(start.kinds).replacingOccurrences(of: ", ", with: "|"))"
        if let named = namedNodes(start, graph: graph), !named.isEmpty {
            // A named start is a few known nodes: their exact degree, not the kind's average
            // (the top actor has 75k claims where the average country has hundreds).
            claims = named.reduce(0) { $0 + degree(of: $1, edge, forward: forward, graph: graph) }
            startNodes = named.count
            source = "degree of the named node\(named.count == 1 ? "" : "s")"
        }
        var fanout = Double(claims) / Double(startNodes)
        if let hops = edge.hops { fanout = pow(max(fanout, 1), Double(hops.upperBound)) }
        if raw {
            // The claims looked at, before the far end is checked. A node a claim led to has more
            // than its kind's average: a sample of a named neighbour's other neighbours says how
            // many, else the kinds' degree bias.
            if let sampled = sampledDegree(plan, node: forward ? edge.from : edge.to, edge: j, forward: forward, graph: graph) {
                fanout = max(fanout, sampled)
            } else if reachedByClaim, namedNodes(start, graph: graph) == nil {
                fanout *= stats.degreeBias(start.kinds.members)
            }
        } else if intoBound.contains(forward ? edge.to : edge.from) {
            let endNodes = max(1, end.kinds.members.reduce(0) { $0 + stats.nodesPerKind[Int($1.raw)] })
            fanout /= Double(endNodes)
        } else if end.name != nil {
            fanout = min(fanout, 1)
        }
        return (max(fanout, 0.01), "\(source) = \(claims) over \(startNodes) node\(startNodes == 1 ? "" : "s")")
    }

    /// The mean claims `edge` would read from node `i`, over up to 256 neighbours of a named node
    /// that another edge joins to `i`; nil when no named node is one edge away. Neighbours of a
    /// hub are hubs far more often than the kind's average says: the topics Việt Nam and Nhật Bản
    /// share have thousands of claims each, where the average node at 1M has ten. With the
    /// average, `(a "Việt Nam")-[]-(t)-[]-(b "Nhật Bản")` read every shared topic's claims for
    /// Việt Nam, row after row, instead of hash-joining on Việt Nam's own claims.
    static func sampledDegree(_ plan: PatternPlan, node i: Int, edge j: Int, forward: Bool, graph: GraphSource) -> Double? {
        var total = 0, sampled = 0
        for (k, other) in plan.edges.enumerated() where sampled < 256 && k != j && other.hops == nil && other.defined == nil
            && (other.from == i) != (other.to == i)
        {
            let far = other.from == i ? other.to : other.from
            guard let named = namedNodes(plan.nodes[far], graph: graph) else { continue }
            // Walking `other` from the named node toward `i`.
            let towardForward = other.from == far
            for n in named {
                for neighbour in neighbours(of: n, other, forward: towardForward, graph: graph, limit: 256 - sampled) {
                    total += degree(of: neighbour, plan.edges[j], forward: forward, graph: graph)
                    sampled += 1
                }
                if sampled >= 256 { break }
            }
        }
        return sampled == 0 ? nil : Double(total) / Double(sampled)
    }

    /// Up to `limit` nodes `edge` reaches from `node` (a sample: the first claims of each run).
    static func neighbours(of node: NodeID, _ edge: PEdge, forward: Bool, graph: GraphSource, limit: Int) -> [NodeID] {
        var found: [NodeID] = []
        for (direction, type) in adjacencyRuns(edge, forward: forward, graph: graph) where found.count < limit {
            for e in graph.edges(of: node, direction: direction, type: type).prefix(limit - found.count) {
                found.append(direction == .outgoing ? graph.object(of: e) : graph.subject(of: e))
            }
        }
        return found
    }

    /// The nodes a literal name (no `*`) selects, of the node's kinds; nil for other nodes.
    static func namedNodes(_ node: PNode, graph: GraphSource) -> [NodeID]? {
        guard !node.boundBefore, case .constant(.string(let pattern))? = node.name else { return nil }
        let key = Fold.key(pattern)
        guard !key.contains("*") else { return nil }
        return graph.nodes(withFold: key).filter { node.kinds.contains(graph.kind(of: $0)) }
    }

    /// Claims an edge pattern allows from one node (negated or not), counted from the index.
    static func degree(of node: NodeID, _ edge: PEdge, forward: Bool, graph: GraphSource) -> Int {
        adjacencyRuns(edge, forward: forward, graph: graph).reduce(0) { $0 + graph.edges(of: node, direction: $1.0, type: $1.1).count }
    }

    /// The adjacency runs (direction, type) an edge pattern reads from a node, negated or not:
    /// both directions for an undirected edge or a symmetric type.
    static func adjacencyRuns(_ edge: PEdge, forward: Bool, graph: GraphSource) -> [(Direction, RelationTypeID?)] {
        let along: Direction = (edge.direction == .outgoing) == forward ? .outgoing : .incoming
        guard let types = edge.types else {
            return edge.direction == .either ? [(.outgoing, nil), (.incoming, nil)] : [(along, nil)]
        }
        var runs: [(Direction, RelationTypeID?)] = []
        for type in Set(types.map(\.type)).sorted(by: { $0.raw < $1.raw }) {
            if edge.direction == .either || graph.schema.relationType(type).symmetric {
                runs += [(.outgoing, type), (.incoming, type)]
            } else {
                runs.append((along, type))
            }
        }
        return runs
    }
}

import Foundation
