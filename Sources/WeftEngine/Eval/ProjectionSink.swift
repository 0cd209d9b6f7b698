// Streaming projection: rows arrive one at a time (from a MATCH, or a list of rows) and are grouped,
// made distinct, filtered and cut by LIMIT as they come, so a MATCH feeding an aggregate, DISTINCT
// or LIMIT never materialises its pattern rows.
import WeftModel

final class ProjectionSink {
    let plan: ProjectionPlan
    /// The executor owns the query and outlives the sink.
    unowned(unsafe) let executor: Executor
    /// The items in a form evaluated without walking the expression tree (the common shapes).
    private let fast: [FastItem]
    /// The same for rows that go straight to the output: names stay where the graph keeps them
    /// (`RValue.text`) until printed.
    private let output: [FastItem]
    /// The query's last projection keeps only the output values of each row (its items, in order);
    /// a WITH keeps whole rows for the clauses after it.
    let isFinal: Bool
    let slotCount: Int
    /// Rows kept before the query stops with E503 (path explosion ends in an error, not in
    /// exhausted memory). Rows passing into an aggregate or a DISTINCT that drops them cost nothing.
    let cap: Int

    @exclusivity(unchecked) private var out: [Row] = []
    @exclusivity(unchecked) private var sortKeys: [[RValue]] = []
    @exclusivity(unchecked) private var seen = RowSet()
    /// Rows after which nothing more can change the result: SKIP + LIMIT without ORDER BY or grouping.
    private let enough: Int?
    // Grouping.
    private let grouping: [Int]
    @exclusivity(unchecked) private var groups = RowSet()
    @exclusivity(unchecked) private var firstRows: [Row] = []
    @exclusivity(unchecked) private var states: [[AggregateState]] = []
    /// Rows received, for PROFILE.
    @exclusivity(unchecked) private(set) var received = 0

    init(_ plan: ProjectionPlan, executor: Executor, isFinal: Bool, slotCount: Int, cap: Int) {
        self.plan = plan
        self.executor = executor
        self.isFinal = isFinal
        self.slotCount = slotCount
        self.cap = cap
        grouping = plan.items.indices.filter { !Executor.usesAggregate(plan.items[$0].expr) }
        fast = plan.items.map { FastItem($0.expr) }
        output = isFinal && plan.predicate == nil && plan.order.isEmpty ? fast.map(\.storing) : fast
        if !plan.isAggregating && plan.order.isEmpty, let limit = plan.limit {
            enough = (plan.skip ?? 0) + limit
        } else {
            enough = nil
        }
    }

    /// Whether no more rows are needed.
    var isSatisfied: Bool { enough.map { out.count >= $0 } ?? false }

    /// Takes one row; returns false once no further row can change the result.
    func add(_ row: Row) throws -> Bool {
        received += 1
        if plan.isAggregating {
            try group(row)
            return true
        }
        let needsRow = !isFinal || plan.predicate != nil || !plan.order.isEmpty
        var computed: [RValue] = []
        computed.reserveCapacity(fast.count)
        for item in needsRow ? fast : output { computed.append(try item.value(row, executor)) }
        if plan.distinct && !seen.insert(computed).inserted { return true }
        if needsRow {
            var next = row
            for (item, value) in zip(plan.items, computed) { next[item.slot] = value }
            if let predicate = plan.predicate, Truth(try executor.eval(predicate, next)) != .yes { return true }
            if !plan.order.isEmpty { sortKeys.append(try plan.order.map { try executor.eval($0.0, next) }) }
            out.append(isFinal ? computed : next)
        } else {
            out.append(computed)
        }
        if out.count > cap {
            throw LimitReached(what: "more than \(cap) intermediate rows; narrow the pattern or add a limit")
        }
        return !isSatisfied
    }

    private func group(_ row: Row) throws {
        try executor.tick()
        let index: Int
        if grouping.isEmpty && !firstRows.isEmpty {
            index = 0  // one group: no key to hash
        } else {
            var key = [RValue](repeating: .null, count: grouping.count)
            for (k, item) in grouping.enumerated() { key[k] = try fast[item].value(row, executor) }
            let found = groups.insert(key)
            index = found.index
            if found.inserted {
                // Groups are numbered in the order they appear, as firstRows and states are.
                firstRows.append(row)
                states.append(plan.aggregates.map { AggregateState($0) })
                if firstRows.count > cap {
                    throw LimitReached(what: "more than \(cap) groups; narrow the pattern or add a limit")
                }
            }
        }
        let group = states[index]
        for k in plan.aggregates.indices {
            let value = try plan.aggregates[k].argument.map { try executor.eval($0, row) }
            group[k].add(value)
        }
    }

    /// The projected rows: grouped, filtered, sorted, skipped and limited.
    func finish() throws -> [Row] {
        if plan.isAggregating {
            if firstRows.isEmpty && grouping.isEmpty {
                // Aggregates over nothing still give one row: count 0, sum 0, others null.
                firstRows.append(Row(repeating: .null, count: slotCount))
                states.append(plan.aggregates.map { AggregateState($0) })
            }
            for (g, first) in firstRows.enumerated() {
                let values = states[g].map { $0.result }
                var row = first
                var computed: [RValue] = []
                for item in plan.items { computed.append(try executor.eval(item.expr, first, aggregates: values)) }
                for (item, value) in zip(plan.items, computed) { row[item.slot] = value }
                if plan.distinct && !seen.insert(computed).inserted { continue }
                if let predicate = plan.predicate, Truth(try executor.eval(predicate, row)) != .yes { continue }
                if !plan.order.isEmpty { sortKeys.append(try plan.order.map { try executor.eval($0.0, row, aggregates: values) }) }
                out.append(isFinal ? computed : row)
            }
        }
        if !plan.order.isEmpty {
            let descending = plan.order.map(\.descending)
            let keys = sortKeys
            let order = out.indices.sorted { a, b in
                for (k, desc) in descending.enumerated() {
                    let x = keys[a][k], y = keys[b][k]
                    // Nulls sort last in either direction.
                    if x.isNull != y.isNull { return y.isNull }
                    let c = Ordering.compare(x, y)
                    if c != 0 { return desc ? c > 0 : c < 0 }
                }
                return a < b
            }
            out = order.map { out[$0] }
        }
        if let skip = plan.skip { out = Array(out.dropFirst(skip)) }
        if let limit = plan.limit, out.count > limit { out = Array(out.prefix(limit)) }
        return out
    }
}

/// An item's expression in the shapes most rows need, evaluated without recursion: a variable,
/// a node's name, an edge's type; anything else goes through `eval`.
enum FastItem {
    case slot(Int)
    case nodeName(Int)
    /// A node's name as the graph keeps it, for the output: no String made until it is printed.
    /// The top actor's 326,290 outgoing claims at 5M spent 90 of 110 ms decoding their names.
    case storedName(Int)
    case edgeType(Int)
    case general(BExpr)

    init(_ expr: BExpr) {
        switch expr {
        case .slot(let s): self = .slot(s)
        case .property(.slot(let s), let key) where key == "name": self = .nodeName(s)
        case .call(.type, let args) where args.count == 1:
            if case .slot(let s) = args[0] { self = .edgeType(s) } else { self = .general(expr) }
        default: self = .general(expr)
        }
    }

    /// This item for output rows.
    var storing: FastItem {
        if case .nodeName(let s) = self { return .storedName(s) }
        return self
    }

    @inline(__always) func value(_ row: Row, _ executor: Executor) throws -> RValue {
        switch self {
        case .slot(let s): return row[s]
        case .nodeName(let s):
            if case .node(let n) = row[s] { return .string(executor.name(of: n)) }
            return try executor.eval(.property(.slot(s), "name"), row)
        case .storedName(let s):
            if case .node(let n) = row[s], let text = executor.graph.storedName(of: n) { return .text(text) }
            return try FastItem.nodeName(s).value(row, executor)
        case .edgeType(let s):
            if case .edge(let e) = row[s] { return .string(executor.typeNames[Int(executor.graph.type(of: e).raw)]) }
            return try executor.eval(.call(.type, [.slot(s)]), row)
        case .general(let expr): return try executor.eval(expr, row)
        }
    }
}
