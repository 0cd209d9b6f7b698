// Projections over lists of rows, and the running state of aggregates (ProjectionSink streams).
import Foundation
import WeftModel

extension Executor {
    /// A projection over rows already at hand (the streaming sink fed from a list).
    func project(_ plan: ProjectionPlan, _ rows: [Row], isFinal: Bool, slotCount: Int) throws -> [Row] {
        let sink = ProjectionSink(plan, executor: self, isFinal: isFinal, slotCount: slotCount, cap: Int.max)
        for row in rows {
            try tick()
            guard try sink.add(row) else { break }
        }
        return try sink.finish()
    }

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

/// The running state of one aggregate in one group (a class: updated in place, never copied).
final class AggregateState {
    let spec: AggregateSpec
    var count = 0
    var sum = RValue.int(0)
    var sumIsFloat = false
    var floatSum = 0.0
    var best: RValue = .null
    var items: [RValue] = []
    var seen = HashedSet<RValue>()

    init(_ spec: AggregateSpec) { self.spec = spec }

    func add(_ value: RValue?) {
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
