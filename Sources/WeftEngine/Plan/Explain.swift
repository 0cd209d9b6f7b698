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
        for (index, operation) in query.operations.enumerated() {
            switch operation {
            case .rows(let rows, let note):
                lines.append("Statistics(\(rows.count) rows)  [\(note)]" + actual("op\(index)", estimate: Double(rows.count)))
            case .match(let plan):
                lines.append("\(plan.optional ? "OptionalMatch" : "Match")\(plan.shortest ? " shortest" : "")" + actual("op\(index)", estimate: nil))
                for (k, step) in plan.steps.enumerated() {
                    let estimate = k < plan.estimates.count ? plan.estimates[k] : 0
                    let note = k < plan.notes.count ? plan.notes[k] : ""
                    var text: String
                    switch step {
                    case .node(let i):
                        let node = plan.nodes[i]
                        let kinds = schema.describe(node.kinds).replacingOccurrences(of: ", ", with: "|")
                        if node.boundBefore { text = "Argument(slot \(node.slot))" }
                        else if node.name != nil { text = "NodeByName(:\(kinds))" }
                        else { text = "NodeScan(:\(kinds))" }
                    case .edge(let j, let forward):
                        let edge = plan.edges[j]
                        let types = edge.defined.map { $0.name } ?? edge.types.map { $0.map { ($0.negated ? "NOT " : "") + schema.relationType($0.type).name }.joined(separator: "|") } ?? "*"
                        let hops = edge.hops.map { "*\($0.lowerBound)..\($0.upperBound)" } ?? ""
                        let kind = edge.hops == nil ? "Expand" : (plan.shortest ? "ShortestPath" : "VarLengthExpand")
                        text = "\(kind)(\(forward ? "→" : "←") [:\(types)\(hops)])"
                    case .filter: text = "Filter"
                    }
                    lines.append("  " + text + String(format: "  est %.1f", estimate) + (note.isEmpty ? "" : "  [\(note)]")
                                 + actual("step\(k)", estimate: estimate))
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
