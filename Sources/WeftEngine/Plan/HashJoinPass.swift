// Pass "hash join": where two anchored parts of a pattern meet, find the second part once from its
// own anchor into a table keyed by the meeting node, instead of expanding into it from every row
// of the first part. Chosen when its estimated work is lower than the ordinary order's.
import WeftModel

enum HashJoinPass {
    /// The join and the probe side's order, when a join is estimated cheaper than `ordinary`.
    ///
    /// Candidates: a tail of the pattern — a simple chain of fixed-length edges from a named node
    /// `b` (an end of the pattern: one edge) to a meeting node `m`, whose inner nodes touch only
    /// the chain — is the build side; the rest, `m` included, is planned as usual and probes.
    static func choose(_ plan: PatternPlan, ordinary: Planner.Ordered, graph: GraphSource)
        -> (plan: HashJoinPlan, probe: Planner.Ordered)?
    {
        guard plan.paths.isEmpty, !plan.shortest, plan.edges.count >= 2 else { return nil }
        let preBound = Set(plan.nodes.indices.filter { plan.nodes[$0].boundBefore })
        var incident = Array(repeating: [Int](), count: plan.nodes.count)
        for (j, edge) in plan.edges.enumerated() {
            incident[edge.from].append(j)
            if edge.to != edge.from { incident[edge.to].append(j) }
        }
        let ordinaryWork = work(plan, ordinary.steps, preBound: preBound, graph: graph).cost
        var best: (cost: Double, plan: HashJoinPlan, probe: Planner.Ordered)?
        for b in plan.nodes.indices where !plan.nodes[b].boundBefore && plan.nodes[b].name != nil && incident[b].count == 1 {
            var chainNodes = [b]
            var chainEdges: [(Int, Bool)] = []
            var current = b
            var previous: Int?
            while true {
                let next = incident[current].filter { $0 != previous }
                guard next.count == 1, let j = next.first else { break }
                let edge = plan.edges[j]
                guard edge.hops == nil, edge.defined == nil, edge.from != edge.to else { break }
                let forward = edge.from == current
                let other = forward ? edge.to : edge.from
                guard !chainNodes.contains(other) else { break }
                chainEdges.append((j, forward))
                // Candidate: the chain so far is the build side, `other` the meeting node.
                let buildEdges = chainEdges.map(\.0)
                let probeEdges = plan.edges.indices.filter { !buildEdges.contains($0) }
                let probeNodes = plan.nodes.indices.filter { !chainNodes.contains($0) }
                if !probeEdges.isEmpty {
                    let candidate = evaluate(plan, graph: graph, b: b, chainNodes: chainNodes, chainEdges: chainEdges,
                                             meet: other, probeEdges: probeEdges, probeNodes: probeNodes, preBound: preBound)
                    if let candidate, candidate.cost < ordinaryWork * 0.8, best.map({ candidate.cost < $0.cost }) ?? true {
                        best = candidate
                    }
                }
                if plan.nodes[other].boundBefore || incident[other].count != 2 { break }
                chainNodes.append(other)
                previous = j
                current = other
            }
        }
        return best.map { ($0.plan, $0.probe) }
    }

    private static func evaluate(_ plan: PatternPlan, graph: GraphSource, b: Int, chainNodes: [Int], chainEdges: [(Int, Bool)],
                                 meet: Int, probeEdges: [Int], probeNodes: [Int], preBound: Set<Int>)
        -> (cost: Double, plan: HashJoinPlan, probe: Planner.Ordered)?
    {
        // The build side: its anchor, then the chain.
        var build = Planner.Ordered()
        build.takeNode(b, plan, graph: graph)
        for (j, forward) in chainEdges { build.takeEdge(j, forward: forward, plan, graph: graph) }
        let buildRows = build.rows
        let buildWork = work(plan, build.steps, preBound: [], graph: graph).cost + buildRows
        // The probe side, planned as usual, with the probe right after the meeting node is bound.
        var probe = Planner.order(plan, graph: graph, optimize: true, edges: probeEdges, nodes: probeNodes, preBound: preBound)
        let meetNodes = max(1.0, Planner.scanEstimate(PNode(slot: 0, kinds: plan.nodes[meet].kinds, name: nil, properties: [],
                                                            boundBefore: false, range: .none), graph: graph).0)
        guard let at = probe.steps.firstIndex(where: { step in
            switch step {
            case .node(let i): i == meet
            case .edge(let j, _): plan.edges[j].from == meet || plan.edges[j].to == meet
            default: false
            }
        }) else { return nil }
        let probeRowsAtMeet = probe.estimates[at]
        let factor = buildRows / meetNodes
        probe.steps.insert(.probe, at: at + 1)
        probe.estimates.insert(probeRowsAtMeet * factor, at: at + 1)
        probe.notes.insert(String(format: "build %.1f rows over nodes(%@) = %.0f",
                                  buildRows, graph.schema.describe(plan.nodes[meet].kinds).replacingOccurrences(of: ", ", with: "|"),
                                  meetNodes), at: at + 1)
        for k in (at + 2)..<probe.estimates.count { probe.estimates[k] *= factor }
        let probeWork = work(plan, probe.steps, preBound: preBound, graph: graph, joinFactor: factor).cost
        // What the build evaluates: the names and properties of its nodes and claims.
        let expressions = (chainNodes + [meet]).flatMap { i in (plan.nodes[i].name.map { [$0] } ?? []) + plan.nodes[i].properties.map(\.1) }
            + chainEdges.flatMap { plan.edges[$0.0].properties.map(\.1) }
        let readsRow = plan.nodes[meet].boundBefore || expressions.contains { !Compiler.slots(in: $0).isEmpty }
        let join = HashJoinPlan(buildSteps: build.steps, buildEstimates: build.estimates, buildNotes: build.notes, meet: meet,
                                buildNodes: chainNodes, buildEdges: chainEdges.map(\.0), buildRows: buildRows, readsRow: readsRow)
        return (buildWork + probeWork, join, probe)
    }

    /// Estimated work of running `steps`: rows scanned, claims looked at (before the far end is
    /// checked, so an expand-into costs what it reads), table look-ups and joined rows.
    static func work(_ plan: PatternPlan, _ steps: [PatternPlan.Step], preBound: Set<Int>, graph: GraphSource,
                     joinFactor: Double = 1) -> (cost: Double, rows: Double) {
        var rows = 1.0, cost = 0.0
        var bound = preBound
        // Nodes bound by following a claim: they read more claims than their kind's average.
        var reached = Set<Int>()
        for step in steps {
            switch step {
            case .node(let i):
                let estimate = Planner.scanEstimate(plan.nodes[i], graph: graph).0
                cost += rows * max(estimate, 1)
                rows *= max(estimate, plan.nodes[i].boundBefore ? 1 : 0)
                bound.insert(i)
            case .edge(let j, let forward):
                let from = forward ? plan.edges[j].from : plan.edges[j].to
                let looked = Planner.expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: [], raw: true,
                                                    reachedByClaim: reached.contains(from)).0
                cost += rows * (1 + looked)
                rows *= Planner.expandEstimate(plan, edge: j, forward: forward, graph: graph, intoBound: bound).0
                reached.insert(forward ? plan.edges[j].to : plan.edges[j].from)
                bound.insert(plan.edges[j].from)
                bound.insert(plan.edges[j].to)
            case .probe:
                cost += rows
                rows *= joinFactor
                cost += rows
            case .filter:
                break
            }
        }
        return (cost, rows)
    }
}
