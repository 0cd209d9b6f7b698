// Variable-length and shortest paths: acyclic, parallel claims bundled into one hop, bounded.
import WeftModel

extension Executor {
    /// One hop per neighbouring node: parallel claims between a pair count once (the lowest edge
    /// id stands for them), so paths are sets of node sequences. A defined relation hops by its
    /// own pattern.
    func hops(from node: NodeID, _ pattern: PEdge, forward: Bool) throws -> [(EdgeID?, NodeID)] {
        if let relation = pattern.defined {
            return try definedNeighbours(node, relation, forward: pattern.direction == .incoming ? !forward : forward)
                .map { (nil, $0) }
        }
        var best: [NodeID: EdgeID] = [:]
        for (edge, other) in neighbours(of: node, pattern, forward: forward) {
            if let current = best[other], current <= edge { continue }
            best[other] = edge
        }
        return best.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
    }

    /// Acyclic paths from `start` with a length in `hops`, in depth-first order.
    func variablePaths(from start: NodeID, _ pattern: PEdge, forward: Bool, hops range: ClosedRange<Int>) throws -> [PathValue] {
        var result: [PathValue] = []
        var nodes = [start]
        var edges: [EdgeID] = []
        var onPath: Set<NodeID> = [start]
        func walk() throws {
            try tick()
            if nodes.count - 1 >= range.lowerBound { result.append(PathValue(nodes: nodes, edges: edges)) }
            guard nodes.count - 1 < range.upperBound, let last = nodes.last else { return }
            for (edge, next) in try hops(from: last, pattern, forward: forward) where !onPath.contains(next) {
                nodes.append(next)
                if let edge { edges.append(edge) }
                onPath.insert(next)
                try walk()
                onPath.remove(next)
                nodes.removeLast()
                if edge != nil { edges.removeLast() }
            }
        }
        try walk()
        return result
    }

    /// All shortest paths from `start` to `target` (or to every node the end pattern accepts),
    /// breadth first, within `hops`.
    func shortestPaths(from start: NodeID, to target: NodeID?, _ pattern: PEdge, forward: Bool, hops range: ClosedRange<Int>,
                       endNode: PNode, row: Row) throws -> [PathValue] {
        var parents: [NodeID: [(EdgeID?, NodeID)]] = [start: []]
        var frontier = [start]
        var depth = 0
        var reached: [NodeID] = []
        func isTarget(_ n: NodeID) throws -> Bool {
            if let target { return n == target }
            return try accepts(n, endNode, row)
        }
        if range.lowerBound == 0, try isTarget(start) { return [PathValue(nodes: [start], edges: [])] }
        while !frontier.isEmpty && depth < range.upperBound && reached.isEmpty {
            depth += 1
            var next: [NodeID] = []
            var discovered: [NodeID: [(EdgeID?, NodeID)]] = [:]
            for node in frontier {
                for (edge, other) in try hops(from: node, pattern, forward: forward) where parents[other] == nil {
                    try tick()
                    if discovered[other] == nil { next.append(other) }
                    discovered[other, default: []].append((edge, node))
                }
            }
            for (node, links) in discovered { parents[node] = links }
            for node in next where depth >= range.lowerBound { if try isTarget(node) { reached.append(node) } }
            frontier = next
        }
        var paths: [PathValue] = []
        func unwind(_ node: NodeID, _ nodes: [NodeID], _ edges: [EdgeID]) throws {
            try tick()
            guard let links = parents[node], !links.isEmpty else {
                paths.append(PathValue(nodes: [node] + nodes, edges: edges))
                return
            }
            for (edge, parent) in links {
                try unwind(parent, [node] + nodes, (edge.map { [$0] } ?? []) + edges)
            }
        }
        for node in reached.sorted() { try unwind(node, [], []) }
        return paths
    }

    /// The nodes a defined relation reaches from `node` (its subject), or back from it.
    func definedNeighbours(_ node: NodeID, _ relation: DefinedRelation, forward: Bool) throws -> [NodeID] {
        var row = Row(repeating: .null, count: relation.slotCount)
        let (bound, free) = forward ? (relation.subjectSlot, relation.objectSlot) : (relation.objectSlot, relation.subjectSlot)
        row[bound] = .node(node)
        let plan = forward ? relation.forward : relation.backward
        var found = Set<NodeID>()
        for result in try match(plan, [row]) {
            if case .node(let n) = result[free] { found.insert(n) }
        }
        return found.sorted()
    }
}
