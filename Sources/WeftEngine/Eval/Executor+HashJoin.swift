// Hash join inside a pattern: the build side is found once from its own anchor and kept by the
// node where it meets the probe side; each probe row looks its meeting node up instead of
// expanding into it.
import WeftModel

/// The build side's rows, flat: row r binds `slots` to `values[r * slots.count ..]` and used the
/// claims `edges[r * edgeCount ..]`.
struct JoinTable {
    var rowsByMeet: [UInt32: [Int32]] = [:]
    var slots: [Int] = []
    var values: [RValue] = []
    var edgeCount = 0
    var edges: [EdgeID] = []
    var count = 0
}

extension Executor {
    /// Runs the build steps from `row` (the row the MATCH started from: bound variables and
    /// parameters are visible) and keeps each result by its meeting node.
    func buildJoinTable(_ plan: PatternPlan, _ join: HashJoinPlan, _ row: Row) throws -> JoinTable {
        // The build side runs as a pattern of its own. Its unnamed edges get scratch slots past the
        // end of the row, so every claim it used can be read back from the rows it emits.
        var build = plan
        build.steps = join.buildSteps
        build.hashJoin = nil
        build.paths = []
        var scratch = row.count
        var edgeSlots: [Int] = []
        for j in join.buildEdges {
            if let slot = build.edges[j].slot {
                edgeSlots.append(slot)
            } else {
                build.edges[j].slot = scratch
                edgeSlots.append(scratch)
                scratch += 1
            }
        }
        var start = row
        if scratch > row.count { start += Array(repeating: .null, count: scratch - row.count) }
        var table = JoinTable()
        table.slots = join.buildNodes.map { plan.nodes[$0].slot } + join.buildEdges.compactMap { plan.edges[$0].slot }
        table.edgeCount = edgeSlots.count
        let meetSlot = plan.nodes[join.meet].slot
        var state = MatchState(row: start)
        // The build's own steps are not the pattern's: PROFILE counts its rows under "build" only.
        let profiled = profiling
        profiling = false
        defer { profiling = profiled }
        try search(build, step: 0, state: &state) { found in
            guard case .node(let meet) = found[meetSlot] else { return }
            table.rowsByMeet[meet.raw, default: []].append(Int32(table.count))
            for slot in table.slots { table.values.append(found[slot]) }
            for slot in edgeSlots { if case .edge(let e) = found[slot] { table.edges.append(e) } }
            table.count += 1
            if table.count > intermediateCap {
                throw LimitReached(what: "more than \(intermediateCap) rows in a hash join; narrow the pattern or add a limit")
            }
        }
        if profiled { profile["build", default: (0, 0)].rows += table.count }
        return table
    }

    /// The probe: the build rows meeting this row's node, each bound in turn unless it reuses a
    /// claim the probe side already bound (no claim bound twice in one MATCH).
    func probe(_ plan: PatternPlan, step: Int, state: inout MatchState, emit: (Row) throws -> Void) throws {
        guard let join = plan.hashJoin, let table = state.joinTable,
              case .node(let meet) = state.row[plan.nodes[join.meet].slot],
              let rows = table.rowsByMeet[meet.raw]
        else { return }
        let width = table.slots.count, edgeCount = table.edgeCount
        for r in rows {
            try tick()
            let base = Int(r)
            var clash = false
            for k in 0..<edgeCount where state.usedEdges.contains(table.edges[base * edgeCount + k]) { clash = true }
            if clash { continue }
            for k in 0..<edgeCount { state.usedEdges.append(table.edges[base * edgeCount + k]) }
            for (k, slot) in table.slots.enumerated() { state.row[slot] = table.values[base * width + k] }
            try search(plan, step: step + 1, state: &state, emit: emit)
            for slot in table.slots { state.row[slot] = .null }
            state.usedEdges.removeLast(edgeCount)
        }
    }
}
