// Projections: items, grouping with aggregates, DISTINCT, WITH … WHERE, ORDER BY, SKIP, LIMIT.
import Foundation
import WeftModel

extension Executor {
    func project(_ plan: ProjectionPlan, _ rows: [Row]) throws -> [Row] {
        var out: [Row] = []
        var sortKeys: [[RValue]] = []
        if plan.isAggregating {
            var groups: [[RValue]: Int] = [:]
            var keys: [[RValue]] = []
            var firstRows: [Row] = []
            var states: [[AggregateState]] = []
            let grouping = plan.items.enumerated().filter { !Executor.usesAggregate($0.element.expr) }.map(\.offset)
            for row in rows {
                try tick()
                let key = try grouping.map { try eval(plan.items[$0].expr, row) }
                let index: Int
                if let known = groups[key] { index = known } else {
                    index = keys.count
                    groups[key] = index
                    keys.append(key)
                    firstRows.append(row)
                    states.append(plan.aggregates.map { AggregateState($0) })
                }
                for k in plan.aggregates.indices {
                    let spec = plan.aggregates[k]
                    let value = try spec.argument.map { try eval($0, row) }
                    states[index][k].add(value)
                }
            }
            if rows.isEmpty && grouping.isEmpty {
                // Aggregates over nothing still give one row: count 0, sum 0, others null.
                keys.append([])
                firstRows.append(Row(repeating: .null, count: rows.first?.count ?? slotCount(plan)))
                states.append(plan.aggregates.map { AggregateState($0) })
            }
            for (g, first) in firstRows.enumerated() {
                let values = states[g].map { $0.result }
                var row = first
                var computed: [RValue] = []
                for item in plan.items { computed.append(try eval(item.expr, first, aggregates: values)) }
                for (item, value) in zip(plan.items, computed) { row[item.slot] = value }
                out.append(row)
                sortKeys.append(try plan.order.map { try eval($0.0, row, aggregates: values) })
            }
        } else {
            for row in rows {
                try tick()
                var computed: [RValue] = []
                for item in plan.items { computed.append(try eval(item.expr, row)) }
                var next = row
                for (item, value) in zip(plan.items, computed) { next[item.slot] = value }
                out.append(next)
            }
            sortKeys = try out.map { row in try plan.order.map { try eval($0.0, row) } }
        }
        if plan.distinct {
            var seen = Set<[RValue]>()
            var kept: [Row] = [], keptKeys: [[RValue]] = []
            for (row, key) in zip(out, sortKeys) where seen.insert(plan.items.map { row[$0.slot] }).inserted {
                kept.append(row)
                keptKeys.append(key)
            }
            out = kept
            sortKeys = keptKeys
        }
        if let predicate = plan.predicate {
            var kept: [Row] = [], keptKeys: [[RValue]] = []
            for (row, key) in zip(out, sortKeys) where Truth(try eval(predicate, row)) == .yes {
                kept.append(row)
                keptKeys.append(key)
            }
            out = kept
            sortKeys = keptKeys
        }
        if !plan.order.isEmpty {
            let descending = plan.order.map(\.descending)
            let order = out.indices.sorted { a, b in
                for (k, desc) in descending.enumerated() {
                    let x = sortKeys[a][k], y = sortKeys[b][k]
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
        if let limit = plan.limit { out = Array(out.prefix(limit)) }
        return out
    }

    private func slotCount(_ plan: ProjectionPlan) -> Int { (plan.items.map(\.slot).max() ?? 0) + 1 }

    static func usesAggregate(_ e: BExpr) -> Bool {
        switch e {
        case .aggregate: true
        case .constant, .slot, .parameter, .countAll, .exists: false
        case .property(let b, _), .not(let b), .negate(let b), .isNull(let b, _): usesAggregate(b)
        case .index(let a, let b), .binary(_, let a, let b), .matches(let a, let b, _): usesAggregate(a) || usesAggregate(b)
        case .call(_, let args), .list(let args): args.contains(where: usesAggregate)
        }
    }
}

/// The running state of one aggregate in one group.
struct AggregateState {
    let spec: AggregateSpec
    var count = 0
    var sum = RValue.int(0)
    var sumIsFloat = false
    var floatSum = 0.0
    var best: RValue = .null
    var items: [RValue] = []
    var seen = Set<RValue>()

    init(_ spec: AggregateSpec) { self.spec = spec }

    mutating func add(_ value: RValue?) {
        guard let value else {
            count += 1  // count(*)
            return
        }
        if value.isNull { return }
        if spec.distinct && !seen.insert(value).inserted { return }
        count += 1
        switch spec.function {
        case .sum, .avg:
            switch value {
            case .int(let i):
                floatSum += Double(i)
                if case .int(let s) = sum { sum = .int(s &+ i) }
            case .float(let f):
                floatSum += f
                sumIsFloat = true
            default: break
            }
        case .min:
            if best.isNull || Ordering.compare(value, best) < 0 { best = value }
        case .max:
            if best.isNull || Ordering.compare(value, best) > 0 { best = value }
        case .collect: items.append(value)
        case .count: break
        }
    }

    var result: RValue {
        switch spec.function {
        case .count: .int(Int64(count))
        case .sum: sumIsFloat ? .float(floatSum) : sum
        case .avg: count == 0 ? .null : .float(floatSum / Double(count))
        case .min, .max: best
        case .collect: .list(items)
        }
    }
}
