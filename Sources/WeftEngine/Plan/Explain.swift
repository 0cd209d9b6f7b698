// EXPLAIN's text: the operations and pattern steps with estimated rows and the statistic behind
// each; PROFILE adds actual rows and time and marks estimates more than 10× off.
import Foundation
import WeftModel

enum Explain {
    static func render(_ query: CompiledQuery, graph: GraphSource, profile: [String: (rows: Int, seconds: Double)]?) -> String {
        var lines: [String] = []
        let schema = graph.schema
        func actual(_ key: String, estimate: Double?) -> String {
            guard let profile, let measured = profile[key] else { return "" }
            var text = "  actual \(measured.rows)"
            if measured.seconds > 0 { text += String(format: ", %.3f ms", measured.seconds * 1000) }
            if let estimate, estimate > 0, Double(measured.rows) > 0,
               max(estimate / Double(measured.rows), Double(measured.rows) / estimate) > 10 {
                text += "  (estimate off by more than 10×)"
            }
            return text
        }
        func nodeText(_ plan: PatternPlan, _ i: Int) -> String {
            let node = plan.nodes[i]
            let kinds = schema.describe(node.kinds).replacingOccurrences(of: ", ", with: "|")
            if node.boundBefore { return "Argument(slot \(node.slot))" }
            return node.name != nil ? "NodeByName(:\(kinds))" : "NodeScan(:\(kinds))"
        }
        func edgeText(_ plan: PatternPlan, _ j: Int, forward: Bool) -> String {
            let edge = plan.edges[j]
            let types = edge.defined.map { $0.name } ?? edge.types.map { $0.map { ($0.negated ? "NOT " : "") + schema.relationType($0.type).name }.joined(separator: "|") } ?? "*"
            let hops = edge.hops.map { "*\($0.lowerBound)..\($0.upperBound)" } ?? ""
            return "\(forward ? "→" : "←") [:\(types)\(hops)]"
        }
        for (index, operation) in query.operations.enumerated() {
            switch operation {
            case .rows(let rows, let note):
                lines.append("Statistics(\(rows.count) rows)  [\(note)]" + actual("op\(index)", estimate: Double(rows.count)))
            case .match(let plan):
                lines.append("\(plan.optional ? "OptionalMatch" : "Match")\(plan.shortest ? " shortest" : "")" + actual("op\(index)", estimate: nil))
                if let chain = plan.distinctChain {
                    // Distinct push-down: frontiers of distinct nodes, not rows.
                    for (k, nodeIndex) in chain.nodes.enumerated() {
                        let estimate = k < plan.estimates.count ? plan.estimates[k] : 0
                        let note = k < plan.notes.count ? plan.notes[k] : ""
                        let text = k == 0 ? nodeText(plan, nodeIndex)
                            : "ExpandDistinct(\(edgeText(plan, chain.edges[k - 1].index, forward: chain.edges[k - 1].forward)))"
                        lines.append("  " + text + String(format: "  est %.1f", estimate) + "  [\(note)]" + actual("chain\(k)", estimate: estimate))
                        if !chain.filtersAt[k].isEmpty { lines.append("  Filter") }
                    }
                    continue
                }
                for (k, step) in plan.steps.enumerated() {
                    let estimate = k < plan.estimates.count ? plan.estimates[k] : 0
                    let note = k < plan.notes.count ? plan.notes[k] : ""
                    var text: String
                    switch step {
                    case .node(let i): text = nodeText(plan, i)
                    case .edge(let j, let forward):
                        let edge = plan.edges[j]
                        let end = plan.nodes[forward ? edge.to : edge.from]
                        let bothEnds = (edge.hops?.lowerBound ?? 1) <= 1 && (end.name != nil || end.boundBefore)
                        let shortest = bothEnds ? "ShortestPath bidirectional" : "ShortestPath"
                        let kind = edge.hops == nil ? "Expand" : (plan.shortest ? shortest : "VarLengthExpand")
                        text = "\(kind)(\(edgeText(plan, j, forward: forward)))"
                    case .filter: text = "Filter"
                    case .probe:
                        let kinds = plan.hashJoin.map { schema.describe(plan.nodes[$0.meet].kinds).replacingOccurrences(of: ", ", with: "|") } ?? ""
                        text = "HashJoin(probe on :\(kinds))"
                    }
                    lines.append("  " + text + String(format: "  est %.1f", estimate) + (note.isEmpty ? "" : "  [\(note)]")
                                 + actual("step\(k + 1)", estimate: estimate))
                    if case .probe = step, let join = plan.hashJoin {
                        for (b, buildStep) in join.buildSteps.enumerated() {
                            var text = ""
                            switch buildStep {
                            case .node(let i): text = nodeText(plan, i)
                            case .edge(let j, let forward): text = "Expand(\(edgeText(plan, j, forward: forward)))"
                            default: text = "Filter"
                            }
                            let estimate = b < join.buildEstimates.count ? join.buildEstimates[b] : 0
                            lines.append("    build: " + text + String(format: "  est %.1f", estimate) + "  [\(join.buildNotes[b])]"
                                         + (b == join.buildSteps.count - 1 ? actual("build", estimate: join.buildRows) : ""))
                        }
                    }
                }
            case .unwind:
                lines.append("Unwind" + actual("op\(index)", estimate: nil))
            case .project(let plan):
                var parts: [String] = [plan.isAggregating ? "Aggregate" : "Project"]
                if plan.distinct { parts.append("Distinct") }
                if plan.predicate != nil { parts.append("Filter") }
                if !plan.order.isEmpty { parts.append("Sort") }
                if plan.skip != nil { parts.append("Skip") }
                if plan.limit != nil { parts.append("Limit") }
                lines.append(parts.joined(separator: " → ") + "(\(plan.items.map(\.name).joined(separator: ", ")))"
                             + actual("op\(index)", estimate: nil))
            }
        }
        if let total = profile?["total"] {
            lines.append(String(format: "%d rows in %.3f ms", total.rows, total.seconds * 1000))
        }
        return lines.joined(separator: "\n")
    }
}
