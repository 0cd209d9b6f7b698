// The distinct push-down (DistinctPass): a chain walked as sets of nodes, one row per distinct
// (start, end) pair, each node expanded once per start however many paths reach it.
import WeftModel

/// Marks nodes as seen in the current frontier without clearing: a node is seen when its mark
/// equals the current generation.
struct NodeMarks {
    private var marks: [UInt32]
    private(set) var generation: UInt32 = 0

    init(nodeCount: Int) { marks = Array(repeating: 0, count: nodeCount) }

    mutating func next() { generation &+= 1 }
    /// Marks `node`; false when it was already marked in this generation.
    mutating func insert(_ node: NodeID) -> Bool {
        let i = Int(node.raw)
        if marks[i] == generation { return false }
        marks[i] = generation
        return true
    }
    func contains(_ node: NodeID) -> Bool { marks[Int(node.raw)] == generation }
}

extension Executor {
    func distinctChain(_ plan: PatternPlan, _ chain: DistinctChain, _ row: Row, emit: (Row) throws -> Void) throws {
        let startNode = plan.nodes[chain.nodes[0]]
        var starts: [NodeID] = []
        if case .node(let bound) = row[startNode.slot] {
            if try accepts(bound, startNode, row) { starts = [bound] }
        } else if !startNode.boundBefore {
            for candidate in try matchingNodes(startNode, row) {
                try tick()
                starts.append(candidate)
            }
        }
        // One mark array per query, reused by every input row and frontier.
        var marks = spareMarks ?? NodeMarks(nodeCount: graph.nodeCount)
        spareMarks = nil
        defer { spareMarks = marks }
        var work = row
        let last = chain.nodes.count - 1
        for start in starts {
            work[startNode.slot] = .node(start)
            guard try passes(plan, chain.filtersAt[0], work) else { continue }
            if profiling { profile["chain0", default: (0, 0)].rows += 1 }
            var frontier = [start]
            for (k, step) in chain.edges.enumerated() {
                let pattern = plan.edges[step.index]
                let node = plan.nodes[chain.nodes[k + 1]]
                let filters = chain.filtersAt[k + 1]
                let checksSameClaim = chain.checkSameClaim && k == 1
                marks.next()
                var next: [NodeID] = []
                for from in frontier {
                    try forEachNeighbour(of: from, pattern, forward: step.forward) { edge, to in
                        try tick()
                        if marks.contains(to) { return }
                        if checksSameClaim && to == start {
                            // Start = end: the pair needs a second claim, other than this one, for
                            // the first edge between the start and `from`.
                            guard try hasOtherClaim(plan, chain, from: start, to: from, besides: edge) else { return }
                        }
                        _ = marks.insert(to)
                        guard try accepts(to, node, work) else { return }
                        if !filters.isEmpty {
                            work[node.slot] = .node(to)
                            defer { work[node.slot] = .null }
                            guard try passes(plan, filters, work) else { return }
                        }
                        next.append(to)
                    }
                }
                frontier = next
                if profiling { profile["chain\(k + 1)", default: (0, 0)].rows += next.count }
                if frontier.isEmpty { break }
            }
            let endSlot = plan.nodes[chain.nodes[last]].slot
            for end in frontier {
                try tick()
                work[endSlot] = .node(end)
                try emit(work)
            }
            work[endSlot] = .null
        }
    }

    private func passes(_ plan: PatternPlan, _ filters: [Int], _ row: Row) throws -> Bool {
        for k in filters where Truth(try eval(plan.conjuncts[k].expr, row)) != .yes { return false }
        return true
    }

    /// Whether a claim other than `claim` fits the chain's first edge from `start` to `middle`.
    private func hasOtherClaim(_ plan: PatternPlan, _ chain: DistinctChain, from start: NodeID, to middle: NodeID,
                               besides claim: EdgeID) throws -> Bool {
        let first = chain.edges[0]
        var found = false
        forEachNeighbour(of: middle, plan.edges[first.index], forward: !first.forward) { edge, other in
            if other == start && edge != claim { found = true }
        }
        return found
    }
}
