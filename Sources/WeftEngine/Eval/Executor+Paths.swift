// Variable-length and shortest paths: acyclic, parallel claims bundled into one hop, bounded.
import WeftModel

extension Executor {
    /// One hop per neighbouring node: parallel claims between a pair count once (the lowest edge
    /// id stands for them), so paths are sets of node sequences. A defined relation hops by its
    /// own pattern. With `at`, only the nodes a breadth-first search reached at that level, kept
    /// before bundling: walking back from a hub (Việt Nam's 375,000 claims at 5M) then groups the
    /// few nodes on a shortest path, not all its neighbours. (A filter closure here instead was
    /// an indirect call per neighbour: Q5a at 5M 4.4 → 5.6 ms.)
    func hops(from node: NodeID, _ pattern: PEdge, forward: Bool,
              at reached: (levels: [UInt8], level: UInt8)? = nil) throws -> [(EdgeID?, NodeID)] {
        let levels = reached?.levels ?? [], level = reached?.level ?? 0, filters = reached != nil
        if let relation = pattern.defined {
            return try definedNeighbours(node, relation, forward: pattern.direction == .incoming ? !forward : forward)
                .filter { !filters || levels[Int($0.raw)] == level }.map { (nil, $0) }
        }
        var best: [NodeID: EdgeID] = [:]
        forEachNeighbour(of: node, pattern, forward: forward) { edge, other in
            guard !filters || levels[Int(other.raw)] == level else { return }
            if let current = best[other], current <= edge { return }
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

extension Executor {
    /// The hops from `node` without bundling or sorting: breadth-first search only needs the
    /// neighbours (a defined relation hops by its own pattern).
    func forEachHop(from node: NodeID, _ pattern: PEdge, forward: Bool, _ body: (NodeID) throws -> Void) throws {
        if let relation = pattern.defined {
            for other in try definedNeighbours(node, relation, forward: pattern.direction == .incoming ? !forward : forward) {
                try body(other)
            }
            return
        }
        try forEachNeighbour(of: node, pattern, forward: forward) { _, other in try body(other) }
    }

    /// All shortest paths from `start` to the nearest of `targets`, within `hops` (lower bound 0
    /// or 1), by breadth-first search from both ends, always expanding the smaller frontier. The
    /// levels keep distances only (one byte per node): nothing is enumerated until the frontiers
    /// meet, so an unconnected pair costs the smaller side's reachable set, not every path. Paths
    /// are then built back from each meeting node, one at a time, so LIMIT stops them early.
    func bidirectionalShortest(from start: NodeID, targets: [NodeID], _ pattern: PEdge, forward: Bool,
                               hops range: ClosedRange<Int>, each: (PathValue) throws -> Void) throws {
        if range.lowerBound == 0 && targets.contains(start) {
            try each(PathValue(nodes: [start], edges: []))
            return
        }
        // Distance + 1 from each side; 0 = not reached. Kept for the next start row and cleared
        // where this search wrote, not over every node.
        var fromStart = spareLevels?.start ?? [UInt8](repeating: 0, count: graph.nodeCount)
        var fromTarget = spareLevels?.target ?? [UInt8](repeating: 0, count: graph.nodeCount)
        spareLevels = nil
        fromStart[Int(start.raw)] = 1
        var frontierS = [start], frontierT: [NodeID] = []
        for target in targets where target != start && fromTarget[Int(target.raw)] == 0 {
            fromTarget[Int(target.raw)] = 1
            frontierT.append(target)
        }
        var depthS = 0, depthT = 0
        // The nodes each side reached at each depth, for walking back (`hopsBack`).
        var levelsS = [frontierS], levelsT = [frontierT]
        // Every level written is in levelsS/levelsT once the expansion is over (a cancel during it
        // ends the query, and the arrays are dropped).
        var expanded = false
        defer {
            if expanded {
                for level in levelsS { for n in level { fromStart[Int(n.raw)] = 0 } }
                for level in levelsT { for n in level { fromTarget[Int(n.raw)] = 0 } }
                spareLevels = (fromStart, fromTarget)
            }
        }
        var meets: [NodeID] = []
        while !frontierT.isEmpty && depthS + depthT < range.upperBound {
            // One level of one side: new nodes get `level`; those the other side reached meet.
            func expand(_ frontier: [NodeID], forward: Bool, _ mine: inout [UInt8], _ theirs: [UInt8], level: UInt8) throws -> [NodeID] {
                var next: [NodeID] = []
                for u in frontier {
                    try forEachHop(from: u, pattern, forward: forward) { v in
                        try tick()
                        guard mine[Int(v.raw)] == 0 else { return }
                        mine[Int(v.raw)] = level
                        next.append(v)
                        if theirs[Int(v.raw)] != 0 { meets.append(v) }
                    }
                }
                return next
            }
            let next: [NodeID]
            if frontierS.count <= frontierT.count {
                next = try expand(frontierS, forward: forward, &fromStart, fromTarget, level: UInt8(depthS + 2))
                depthS += 1
                frontierS = next
                levelsS.append(next)
            } else {
                next = try expand(frontierT, forward: !forward, &fromTarget, fromStart, level: UInt8(depthT + 2))
                depthT += 1
                frontierT = next
                levelsT.append(next)
            }
            if !meets.isEmpty || next.isEmpty { break }
        }
        expanded = true
        // Every shortest path crosses exactly one meeting node at distance depthS from the start.
        func towardStart(_ x: NodeID, _ distance: Int, _ nodes: [NodeID], _ edges: [EdgeID],
                         _ then: ([NodeID], [EdgeID]) throws -> Void) throws {
            if distance == 0 { return try then(nodes.reversed(), edges.reversed()) }
            for (edge, u) in try hopsBack(from: x, pattern, forward: !forward, at: (fromStart, UInt8(distance)),
                                          among: levelsS[distance - 1]) {
                try tick()
                try towardStart(u, distance - 1, nodes + [u], edges + (edge.map { [$0] } ?? []), then)
            }
        }
        func towardTarget(_ y: NodeID, _ distance: Int, _ nodes: [NodeID], _ edges: [EdgeID]) throws {
            if distance == 0 { return try each(PathValue(nodes: nodes, edges: edges)) }
            for (edge, w) in try hopsBack(from: y, pattern, forward: forward, at: (fromTarget, UInt8(distance)),
                                          among: levelsT[distance - 1]) {
                try tick()
                try towardTarget(w, distance - 1, nodes + [w], edges + (edge.map { [$0] } ?? []))
            }
        }
        for meet in meets.sorted() {
            let distanceT = Int(fromTarget[Int(meet.raw)]) - 1
            try towardStart(meet, depthS, [meet], []) { nodes, edges in
                try towardTarget(meet, distanceT, nodes, edges)
            }
        }
    }

    /// `hops(from:at:)` when the nodes at that level are known (`among`): from a hub on a shortest
    /// path (Việt Nam, 326,290 claims at 5M) back to the few nodes one level nearer the start, it
    /// is cheaper to look from those nodes for the hub than through the hub's claims for them. The
    /// same edges join the pair either way, and hops are in node order, so the result is the same.
    func hopsBack(from node: NodeID, _ pattern: PEdge, forward: Bool, at reached: (levels: [UInt8], level: UInt8),
                  among candidates: [NodeID]) throws -> [(EdgeID?, NodeID)] {
        let direct = graph.claimCount(of: node)
        var viaCandidates = 0
        for candidate in candidates {
            viaCandidates += graph.claimCount(of: candidate)
            if viaCandidates >= direct { break }
        }
        guard pattern.defined == nil, viaCandidates < direct else {
            return try hops(from: node, pattern, forward: forward, at: reached)
        }
        var best: [NodeID: EdgeID] = [:]
        for candidate in candidates {
            try tick()
            forEachNeighbour(of: candidate, pattern, forward: !forward) { edge, other in
                guard other == node else { return }
                if let current = best[candidate], current <= edge { return }
                best[candidate] = edge
            }
        }
        return best.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
    }

}
