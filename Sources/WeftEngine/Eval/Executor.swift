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
    /// Schema facts read on every expansion or row, looked up once (the schema is a struct behind
    /// a protocol: reading it per row copies it).
    let isSymmetric: [Bool]
    let typeNames: [String]
    let allKinds: KindSet
    /// Off with the session's optimiser: SHORTEST then searches from the start only, the
    /// reference the bidirectional search is tested against.
    var optimize = true
    /// The distinct push-down's node marks, kept between input rows.
    var spareMarks: NodeMarks?
    /// The nodes a name pattern matches, by pattern (namedNodes).
    var namedNodeSets: [NamePattern: Set<UInt32>?] = [:]
    /// The bidirectional search's levels, kept between start rows (cleared where written).
    var spareLevels: (start: [UInt8], target: [UInt8])?

    init(graph: GraphSource, parameters: [String: RValue], cancel: CancelToken, deadline: Date?, maxRows: Int?) {
        self.graph = graph
        self.parameters = parameters
        self.cancel = cancel
        self.deadline = deadline
        self.maxRows = maxRows
        let types = graph.schema.relationTypes
        isSymmetric = types.map(\.symmetric)
        allKinds = graph.schema.allKinds
        typeNames = types.map(\.name)
    }

    /// A node's name. (A per-query cache of decoded names was tried and measured slower on the
    /// top actor's 75k rows: most names appear once, so it only added misses.)
    func name(of node: NodeID) -> String { graph.name(of: node) }

    /// Called in every loop that can run long: stops within a few thousand iterations of a cancel.
    @inline(__always) func tick() throws {
        ticks &+= 1
        if ticks & 0x3FF == 0 {
            if cancel.isCancelled { throw Cancelled() }
            if let deadline, Date() > deadline { throw LimitReached(what: "the time limit was reached") }
        }
    }

    /// Runs the operations. The rows returned hold the output columns only, in order.
    func run(_ query: CompiledQuery) throws -> [Row] {
        var rows: [Row] = [Array(repeating: .null, count: query.slotCount)]
        let operations = query.operations
        var index = 0
        while index < operations.count {
            let start = Date()
            let isLast = index + 1 == operations.count
            switch operations[index] {
            case .rows(let known, _): rows = known
            case .match(let plan):
                if index + 1 < operations.count, case .project(let projection) = operations[index + 1] {
                    // The MATCH streams into the projection after it: aggregates, DISTINCT and LIMIT
                    // see each pattern row as it is found, and nothing is materialised.
                    let sink = ProjectionSink(projection, executor: self, isFinal: index + 2 == operations.count,
                                              slotCount: query.slotCount, cap: intermediateCap)
                    try match(plan, rows) { try sink.add($0) }
                    if profiling { profile["op\(index)"] = (sink.received, 0) }
                    rows = try sink.finish()
                    index += 1
                } else {
                    rows = try match(plan, rows)
                }
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
            case .project(let plan): rows = try project(plan, rows, isFinal: isLast, slotCount: query.slotCount)
            }
            if profiling { profile["op\(index)"] = (rows.count, Date().timeIntervalSince(start)) }
            index += 1
        }
        return rows
    }

    // MARK: Patterns

    /// Every match of `plan` for each input row, materialised (a MATCH followed by another MATCH
    /// or UNWIND, DESCRIBE, defined relations).
    func match(_ plan: PatternPlan, _ input: [Row]) throws -> [Row] {
        var out: [Row] = []
        try match(plan, input) { row in
            out.append(row)
            if out.count > intermediateCap {
                throw LimitReached(what: "more than \(intermediateCap) intermediate rows; narrow the pattern or add a limit")
            }
            return true
        }
        return out
    }

    /// Streams every match of `plan` for each input row into `sink`, until it returns false.
    func match(_ plan: PatternPlan, _ input: [Row], into sink: (Row) throws -> Bool) throws {
        struct Enough: Error {}
        // The hash join's table, when its build side reads nothing from the input row.
        var shared: JoinTable?
        do {
            for row in input {
                var found = false
                if let chain = plan.distinctChain {
                    try distinctChain(plan, chain, row) { result in
                        found = true
                        if try !sink(result) { throw Enough() }
                    }
                } else {
                    var state = MatchState(row: row)
                    if let join = plan.hashJoin {
                        let table = try shared ?? buildJoinTable(plan, join, row)
                        if !join.readsRow { shared = table }
                        state.joinTable = table
                    }
                    try search(plan, step: 0, state: &state) { result in
                        found = true
                        if try !sink(result) { throw Enough() }
                    }
                }
                if !found && plan.optional {
                    var copy = row
                    for slot in plan.newSlots { copy[slot] = .null }
                    if try !sink(copy) { throw Enough() }
                }
            }
        } catch is Enough {}
    }

    /// Whether any match exists (EXISTS { … }).
    func exists(_ plan: PatternPlan, _ row: Row) throws -> Bool {
        struct Found: Error {}
        var state = MatchState(row: row)
        if let join = plan.hashJoin { state.joinTable = try buildJoinTable(plan, join, row) }
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
        /// The built side of the plan's hash join, by meeting node.
        var joinTable: JoinTable?
    }

    func search(_ plan: PatternPlan, step: Int, state: inout MatchState, emit: (Row) throws -> Void) throws {
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
            let (found, nameChecked) = try nameCandidates(node, state.row)
            for candidate in found {
                try tick()
                guard try accepts(candidate, node, state.row, nameChecked: nameChecked) else { continue }
                state.row[node.slot] = .node(candidate)
                try search(plan, step: step + 1, state: &state, emit: emit)
            }
            state.row[node.slot] = .null
        case .edge(let j, let forward):
            try expand(plan, edge: j, forward: forward, step: step, state: &state, emit: emit)
        case .probe:
            try probe(plan, step: step, state: &state, emit: emit)
        }
    }

    /// The nodes `node` admits in `row`, found through the name index when it names them (and
    /// then not folded again by `accepts`).
    func matchingNodes(_ node: PNode, _ row: Row) throws -> [NodeID] {
        let (found, nameChecked) = try nameCandidates(node, row)
        return try found.filter { try accepts($0, node, row, nameChecked: nameChecked) }
    }

    /// The candidates, and whether the name index already matched every one of them against
    /// the whole pattern (in names or aliases), so `accepts` need not fold their names again.
    func nameCandidates(_ node: PNode, _ row: Row) throws -> (nodes: [NodeID], nameChecked: Bool) {
        if let nameExpr = node.name, case .string(let pattern) = try eval(nameExpr, row) {
            let (nodes, exact) = indexMatches(pattern)
            return (nodes, exact)
        }
        return (node.kinds.members.flatMap { graph.nodes(ofKind: $0).map(NodeID.init) }, false)
    }

    /// The nodes the name index gives for a `~=` pattern (in names or aliases), and whether each
    /// of them matches the whole pattern; not, when only its literal prefix could be looked up.
    func indexMatches(_ pattern: String) -> (nodes: [NodeID], exact: Bool) {
        let key = Fold.key(pattern)
        if !key.contains("*") { return (graph.nodes(withFold: key), true) }
        let prefix = String(key.prefix { $0 != "*" })
        if !prefix.isEmpty { return (graph.nodes(withFoldPrefix: prefix), key == prefix + "*") }
        return (graph.nodes(withFoldGlob: key), true)
    }

    /// A pattern as `namedNodes` keeps it.
    struct NamePattern: Hashable {
        let pattern: String
        let nameOnly: Bool
    }

    /// The nodes whose name — or an alias, unless `nameOnly` — matches `pattern`, found once per
    /// query through the name index, so that expanding into a named node checks membership
    /// instead of folding every neighbour's name (`(a "Việt Nam")-[]-(t)-[]-(u)-[]-(b "…")` at 1M,
    /// whose last step looks through hubs: most of 9 s was folding names). Nil when more than
    /// `namedNodeLimit` nodes match: then each is folded as before.
    func namedNodes(_ pattern: String, nameOnly: Bool) -> Set<UInt32>? {
        let cacheKey = NamePattern(pattern: pattern, nameOnly: nameOnly)
        if let known = namedNodeSets[cacheKey] { return known }
        var (found, exact) = indexMatches(pattern)
        var set: Set<UInt32>?
        // Folding each candidate to check it costs what the expansion would: fewer of those.
        if found.count <= (exact && !nameOnly ? Executor.namedNodeLimit : Executor.namedNodeLimit / 10) {
            if !exact || nameOnly { found = found.filter { Glob.matchesNode($0, pattern: pattern, graph: graph, nameOnly: nameOnly) } }
            set = Set(found.map(\.raw))
        }
        namedNodeSets[cacheKey] = .some(set)
        return set
    }
    static let namedNodeLimit = 50_000

    func accepts(_ id: NodeID, _ node: PNode, _ row: Row, nameChecked: Bool = false) throws -> Bool {
        if node.name == nil && node.properties.isEmpty && node.kinds == allKinds { return true }
        guard node.kinds.contains(graph.kind(of: id)) else { return false }
        if nameChecked {
            // Matched in the name or an alias; for the name alone, a node without aliases is done.
            if node.nameOnly, !graph.aliases(of: id).isEmpty, let nameExpr = node.name {
                guard case .string(let pattern) = try eval(nameExpr, row),
                      Glob.matchesNode(id, pattern: pattern, graph: graph, nameOnly: true) else { return false }
            }
        } else if let nameExpr = node.name {
            guard case .string(let pattern) = try eval(nameExpr, row) else { return false }
            if let named = namedNodes(pattern, nameOnly: node.nameOnly) {
                guard named.contains(id.raw) else { return false }
            } else {
                guard Glob.matchesNode(id, pattern: pattern, graph: graph, nameOnly: node.nameOnly) else { return false }
            }
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
            // Segments are kept only for path variables: building them cost two arrays per row.
            let tracksPath = !plan.paths.isEmpty
            let checksProperties = !pattern.properties.isEmpty
            if step + 1 == plan.steps.count && !tracksPath && !checksProperties && boundEnd == nil {
                // The last step of a pattern without paths: each neighbour is a row, emitted from
                // here rather than through one more level of search (a third of Q1's time per row).
                let endSlot = endNode.slot, edgeSlot = pattern.slot
                try forEachNeighbour(of: start, pattern, forward: forward) { edge, end in
                    try tick()
                    guard !state.usedEdges.contains(edge), try accepts(end, endNode, state.row) else { return }
                    if profiling { profile["step\(step + 1)", default: (0, 0)].rows += 1 }
                    state.row[endSlot] = .node(end)
                    if let edgeSlot { state.row[edgeSlot] = .edge(edge) }
                    try emit(state.row)
                }
                state.row[endSlot] = .null
                if let edgeSlot { state.row[edgeSlot] = .null }
                return
            }
            try forEachNeighbour(of: start, pattern, forward: forward) { edge, end in
                try tick()
                guard !state.usedEdges.contains(edge) else { return }
                if checksProperties { guard try edgeAccepts(edge, pattern, state.row) else { return } }
                try bindEnd(end) { state in
                    state.usedEdges.append(edge)
                    if tracksPath { state.segments[j] = PathValue(nodes: forward ? [start, end] : [end, start], edges: [edge]) }
                    if let slot = pattern.slot { state.row[slot] = .edge(edge) }
                    try search(plan, step: step + 1, state: &state, emit: emit)
                    if let slot = pattern.slot { state.row[slot] = .null }
                    if tracksPath { state.segments[j] = nil }
                    state.usedEdges.removeLast()
                }
            }
            return
        }
        let hops = pattern.hops ?? 1...1
        func visit(_ path: PathValue) throws {
            guard let end = path.nodes.last else { return }
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
        if optimize && plan.shortest && hops.lowerBound <= 1 && (boundEnd != nil || endNode.name != nil) {
            // Both ends known: search from both sides (the end's name gives the targets).
            let targets = try boundEnd.map { [$0] } ?? matchingNodes(endNode, state.row)
            try bidirectionalShortest(from: start, targets: targets, pattern, forward: forward, hops: hops, each: visit)
            return
        }
        let paths = plan.shortest
            ? try shortestPaths(from: start, to: boundEnd, pattern, forward: forward, hops: hops, endNode: endNode, row: state.row)
            : try variablePaths(from: start, pattern, forward: forward, hops: hops)
        for path in paths { try visit(path) }
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
