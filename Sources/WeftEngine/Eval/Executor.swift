// The evaluator: runs compiled operations over rows; patterns by depth-first search along the plan.
import Foundation
import WeftModel
import WeftQuery
import WeftText

/// Cancels a running query from another thread (the REPL's Ctrl-C).
public final class CancelToken: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    public init() {}
    public func cancel() { lock.withLock { flag = true } }
    public func reset() { lock.withLock { flag = false } }
    public var isCancelled: Bool { lock.withLock { flag } }
}

struct Cancelled: Error {}
struct LimitReached: Error { let what: String }
struct RuntimeFailure: Error { let message: String }

typealias Row = [RValue]

final class Executor {
    let graph: GraphSource
    let parameters: [String: RValue]
    let cancel: CancelToken
    let deadline: Date?
    let maxRows: Int?
    var ticks = 0
    /// Rows and seconds per operation and per pattern step, for PROFILE.
    var profile: [String: (rows: Int, seconds: Double)] = [:]
    var profiling = false
    /// Rows one MATCH may produce before the query is stopped: path explosion ends in an error,
    /// not in exhausted memory.
    var intermediateCap = 5_000_000

    init(graph: GraphSource, parameters: [String: RValue], cancel: CancelToken, deadline: Date?, maxRows: Int?) {
        self.graph = graph
        self.parameters = parameters
        self.cancel = cancel
        self.deadline = deadline
        self.maxRows = maxRows
    }

    /// Called in every loop that can run long: stops within a few thousand iterations of a cancel.
    @inline(__always) func tick() throws {
        ticks &+= 1
        if ticks & 0x3FF == 0 {
            if cancel.isCancelled { throw Cancelled() }
            if let deadline, Date() > deadline { throw LimitReached(what: "the time limit was reached") }
        }
    }

    func run(_ query: CompiledQuery) throws -> [Row] {
        var rows: [Row] = [Array(repeating: .null, count: query.slotCount)]
        for (index, operation) in query.operations.enumerated() {
            let start = Date()
            switch operation {
            case .rows(let known, _): rows = known
            case .match(let plan): rows = try match(plan, rows)
            case .unwind(let expr, let slot):
                var out: [Row] = []
                for row in rows {
                    switch try eval(expr, row) {
                    case .list(let items):
                        for item in items {
                            try tick()
                            var copy = row
                            copy[slot] = item
                            out.append(copy)
                        }
                    case .null: break
                    case let single:
                        var copy = row
                        copy[slot] = single
                        out.append(copy)
                    }
                }
                rows = out
            case .project(let plan): rows = try project(plan, rows)
            }
            if profiling { profile["op\(index)"] = (rows.count, Date().timeIntervalSince(start)) }
        }
        return rows
    }

    // MARK: Patterns

    func match(_ plan: PatternPlan, _ input: [Row]) throws -> [Row] {
        var out: [Row] = []
        for row in input {
            var found = false
            var state = MatchState(row: row)
            try search(plan, step: 0, state: &state) { result in
                found = true
                out.append(result)
                if out.count > intermediateCap {
                    throw LimitReached(what: "more than \(intermediateCap) intermediate rows; narrow the pattern or add a limit")
                }
            }
            if !found && plan.optional {
                var copy = row
                for slot in plan.newSlots { copy[slot] = .null }
                out.append(copy)
            }
        }
        return out
    }

    /// Whether any match exists (EXISTS { … }).
    func exists(_ plan: PatternPlan, _ row: Row) throws -> Bool {
        struct Found: Error {}
        var state = MatchState(row: row)
        do {
            try search(plan, step: 0, state: &state) { _ in throw Found() }
        } catch is Found {
            return true
        }
        return false
    }

    struct MatchState {
        var row: Row
        /// Edges bound so far, a stack as deep as the pattern: a linear scan of a few ids is
        /// cheaper than hashing on every expansion (profiled).
        var usedEdges: [EdgeID] = []
        /// The nodes and edges a variable-length or defined edge went through, by edge index.
        var segments: [Int: PathValue] = [:]
    }

    private func search(_ plan: PatternPlan, step: Int, state: inout MatchState, emit: (Row) throws -> Void) throws {
        try tick()
        if profiling { profile["step\(step)", default: (0, 0)].rows += 1 }
        guard step < plan.steps.count else {
            var row = state.row
            for path in plan.paths { row[path.slot] = .path(buildPath(plan, path, state)) }
            try emit(row)
            return
        }
        switch plan.steps[step] {
        case .filter(let k):
            var row = state.row
            for path in plan.paths { row[path.slot] = .path(buildPath(plan, path, state)) }
            if Truth(try eval(plan.conjuncts[k].expr, row)) == .yes {
                try search(plan, step: step + 1, state: &state, emit: emit)
            }
        case .node(let i):
            let node = plan.nodes[i]
            if case .node(let bound) = state.row[node.slot] {
                if try accepts(bound, node, state.row) { try search(plan, step: step + 1, state: &state, emit: emit) }
                return
            }
            if node.boundBefore { return }  // bound to null by an OPTIONAL MATCH: nothing matches
            for candidate in try candidates(node, state.row) {
                try tick()
                guard try accepts(candidate, node, state.row) else { continue }
                state.row[node.slot] = .node(candidate)
                try search(plan, step: step + 1, state: &state, emit: emit)
            }
            state.row[node.slot] = .null
        case .edge(let j, let forward):
            try expand(plan, edge: j, forward: forward, step: step, state: &state, emit: emit)
        }
    }

    /// Nodes to try for an unbound node: from the name index when it has a name, else its kinds.
    func candidates(_ node: PNode, _ row: Row) throws -> [NodeID] {
        if let nameExpr = node.name, case .string(let pattern) = try eval(nameExpr, row) {
            let key = Fold.key(pattern)
            if !key.contains("*") { return graph.nodes(withFold: key) }
            let prefix = String(key.prefix { $0 != "*" })
            if !prefix.isEmpty { return graph.nodes(withFoldPrefix: prefix) }
            return graph.nodes(withFoldGlob: key)
        }
        return node.kinds.members.flatMap { graph.nodes(ofKind: $0).map(NodeID.init) }
    }

    func accepts(_ id: NodeID, _ node: PNode, _ row: Row) throws -> Bool {
        guard node.kinds.contains(graph.kind(of: id)) else { return false }
        if let nameExpr = node.name {
            guard case .string(let pattern) = try eval(nameExpr, row) else { return false }
            guard Glob.matchesNode(id, pattern: pattern, graph: graph, nameOnly: false) else { return false }
        }
        for (key, expr) in node.properties {
            let expected = try eval(expr, row)
            guard Compare.equal(nodeProperty(id, key), expected) == .yes else { return false }
        }
        return true
    }

    private func edgeAccepts(_ edge: EdgeID, _ pattern: PEdge, _ row: Row) throws -> Bool {
        for (key, expr) in pattern.properties {
            guard Compare.equal(try edgeProperty(edge, key), try eval(expr, row)) == .yes else { return false }
        }
        return true
    }

    /// The edges from `node` that an edge pattern allows, walking it forward (from → to) or back,
    /// with the node at the other end.
    func neighbours(of node: NodeID, _ pattern: PEdge, forward: Bool) -> [(EdgeID, NodeID)] {
        var result: [(EdgeID, NodeID)] = []
        func add(_ direction: Direction, _ type: RelationTypeID?, negated: Bool?) {
            for edge in graph.edges(of: node, direction: direction, type: type) {
                if let negated, graph.isNegated(edge) != negated { continue }
                let other = direction == .outgoing ? graph.object(of: edge) : graph.subject(of: edge)
                result.append((edge, other))
            }
        }
        let along: Direction = (pattern.direction == .outgoing) == forward ? .outgoing : .incoming
        if let types = pattern.types {
            for selection in types {
                let symmetric = graph.schema.relationType(selection.type).symmetric
                if pattern.direction == .either || symmetric {
                    add(.outgoing, selection.type, negated: selection.negated)
                    add(.incoming, selection.type, negated: selection.negated)
                } else {
                    add(along, selection.type, negated: selection.negated)
                }
            }
        } else if pattern.direction == .either {
            add(.outgoing, nil, negated: nil)
            add(.incoming, nil, negated: nil)
        } else {
            // An untyped directed edge follows the stored direction, so `()-[r]->()` sees each
            // claim once; naming a symmetric type asks for both directions (docs/language.md).
            add(along, nil, negated: nil)
        }
        // A self-loop found in both directions is one claim.
        if pattern.direction == .either || pattern.types?.contains(where: { graph.schema.relationType($0.type).symmetric }) == true {
            var seen = Set<EdgeID>()
            result = result.filter { seen.insert($0.0).inserted }
        }
        return result
    }

    private func expand(_ plan: PatternPlan, edge j: Int, forward: Bool, step: Int, state: inout MatchState,
                        emit: (Row) throws -> Void) throws {
        let pattern = plan.edges[j]
        let startIndex = forward ? pattern.from : pattern.to
        let endIndex = forward ? pattern.to : pattern.from
        guard case .node(let start) = state.row[plan.nodes[startIndex].slot] else { return }
        let endNode = plan.nodes[endIndex]
        let boundEnd: NodeID? = { if case .node(let n) = state.row[endNode.slot] { n } else { nil } }()
        if endNode.boundBefore && boundEnd == nil { return }

        func bindEnd(_ end: NodeID, _ then: (inout MatchState) throws -> Void) throws {
            if let boundEnd {
                if boundEnd == end { try then(&state) }
                return
            }
            guard try accepts(end, endNode, state.row) else { return }
            state.row[endNode.slot] = .node(end)
            try then(&state)
            state.row[endNode.slot] = .null
        }

        if pattern.hops == nil && pattern.defined == nil {
            for (edge, end) in neighbours(of: start, pattern, forward: forward) {
                try tick()
                guard !state.usedEdges.contains(edge), try edgeAccepts(edge, pattern, state.row) else { continue }
                try bindEnd(end) { state in
                    state.usedEdges.append(edge)
                    state.segments[j] = PathValue(nodes: forward ? [start, end] : [end, start], edges: [edge])
                    if let slot = pattern.slot { state.row[slot] = .edge(edge) }
                    try search(plan, step: step + 1, state: &state, emit: emit)
                    if let slot = pattern.slot { state.row[slot] = .null }
                    state.segments[j] = nil
                    state.usedEdges.removeLast()
                }
            }
            return
        }
        let hops = pattern.hops ?? 1...1
        let paths = plan.shortest
            ? try shortestPaths(from: start, to: boundEnd, pattern, forward: forward, hops: hops, endNode: endNode, row: state.row)
            : try variablePaths(from: start, pattern, forward: forward, hops: hops)
        for path in paths {
            guard let end = path.nodes.last else { continue }
            try tick()
            try bindEnd(end) { state in
                let segment = forward ? path : PathValue(nodes: path.nodes.reversed(), edges: path.edges.reversed())
                state.segments[j] = segment
                if let slot = pattern.slot { state.row[slot] = .list(segment.edges.map(RValue.edge)) }
                try search(plan, step: step + 1, state: &state, emit: emit)
                if let slot = pattern.slot { state.row[slot] = .null }
                state.segments[j] = nil
            }
        }
    }

    private func buildPath(_ plan: PatternPlan, _ path: PPath, _ state: MatchState) -> PathValue {
        var nodes: [NodeID] = []
        var edges: [EdgeID] = []
        if let first = path.nodes.first, case .node(let n) = state.row[plan.nodes[first].slot] { nodes.append(n) }
        for j in path.edges {
            guard let segment = state.segments[j] else { continue }
            nodes += segment.nodes.dropFirst()
            edges += segment.edges
        }
        return PathValue(nodes: nodes, edges: edges)
    }
}
