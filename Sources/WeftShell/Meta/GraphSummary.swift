// A plain-text summary of a loaded graph: node counts per kind, claim counts per relation type.
import WeftModel
import WeftText

public enum GraphSummary {
    public static func render(_ graph: some GraphSource, label: String) -> String {
        let stats = graph.statistics
        var out = "\(label): \(Counted.of(graph.nodeCount, "node")), \(Counted.of(graph.edgeCount, "claim"))\n"
        let kinds = graph.schema.kinds.filter { stats.nodesPerKind[Int($0.id.raw)] > 0 }
        if !kinds.isEmpty {
            out += "nodes by kind:\n"
            for kind in kinds {
                out += "  " + DisplayWidth.padRight(kind.name, to: 18) + String(stats.nodesPerKind[Int(kind.id.raw)]) + "\n"
            }
        }
        let types = graph.schema.relationTypes.filter { stats.edgesPerType[Int($0.id.raw)] > 0 }
        if !types.isEmpty {
            out += "claims by relation type:\n"
            for type in types.sorted(by: { stats.edgesPerType[Int($0.id.raw)] > stats.edgesPerType[Int($1.id.raw)] }) {
                out += "  " + DisplayWidth.padRight(type.name, to: 18) + String(stats.edgesPerType[Int(type.id.raw)]) + "\n"
            }
        }
        return out
    }
}
