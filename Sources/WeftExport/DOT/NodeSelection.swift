// Which nodes a whole-graph picture draws: all, the best-connected N, or a neighbourhood.
import WeftModel

/// A set of nodes of one graph, in id order, with constant-time membership. When a limit cut the
/// set, `candidates` says how many nodes qualified, so the caller can say what was left out.
public struct NodeSelection: Sendable {
    public let nodes: [NodeID]
    public let candidates: Int
    private let bits: [UInt64]

    init(_ nodes: [NodeID], candidates: Int, nodeCount: Int) {
        self.nodes = nodes.sorted()
        self.candidates = candidates
        var bits = [UInt64](repeating: 0, count: (nodeCount + 63) / 64)
        for node in nodes { bits[Int(node.raw) >> 6] |= 1 << UInt64(node.raw & 63) }
        self.bits = bits
    }

    public var isCut: Bool { nodes.count < candidates }

    public func contains(_ node: NodeID) -> Bool {
        let word = Int(node.raw) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(node.raw & 63)) != 0
    }

    /// Every node, or, over `maxNodes`, the `maxNodes` nodes with the most claims (ties by id):
    /// the part of a big graph most worth looking at. `maxNodes` nil means no limit.
    public static func whole(_ source: any GraphSource, maxNodes: Int?) -> NodeSelection {
        let all = (0..<UInt32(source.nodeCount)).map(NodeID.init)
        guard let maxNodes, all.count > maxNodes else {
            return NodeSelection(all, candidates: all.count, nodeCount: source.nodeCount)
        }
        return NodeSelection(busiest(all, count: maxNodes, in: source), candidates: all.count, nodeCount: source.nodeCount)
    }

    /// The nodes within `depth` claims of `centre`, either direction, any type. Over `maxNodes`,
    /// nearer nodes win, and within the last ring those with more claims.
    public static func around(_ centre: NodeID, depth: Int, in source: any GraphSource, maxNodes: Int?) -> NodeSelection {
        var seen = Set([centre])
        var rings: [[NodeID]] = [[centre]]
        while rings.count <= depth, let frontier = rings.last, !frontier.isEmpty {
            var next: [NodeID] = []
            for node in frontier {
                for direction in [Direction.outgoing, .incoming] {
                    for edge in source.edges(of: node, direction: direction, type: nil) {
                        let other = direction == .outgoing ? source.object(of: edge) : source.subject(of: edge)
                        if seen.insert(other).inserted { next.append(other) }
                    }
                }
            }
            rings.append(next.sorted())
        }
        var chosen: [NodeID] = []
        let limit = maxNodes ?? Int.max
        for ring in rings {
            if chosen.count + ring.count <= limit {
                chosen += ring
            } else {
                chosen += busiest(ring, count: limit - chosen.count, in: source)
                break
            }
        }
        return NodeSelection(chosen, candidates: seen.count, nodeCount: source.nodeCount)
    }

    /// The `count` nodes of `nodes` with the most claims, ties broken by id.
    static func busiest(_ nodes: [NodeID], count: Int, in source: any GraphSource) -> [NodeID] {
        func degree(_ node: NodeID) -> Int {
            source.claimCount(of: node)
        }
        let ranked = nodes.map { (node: $0, degree: degree($0)) }
            .sorted { $0.degree != $1.degree ? $0.degree > $1.degree : $0.node < $1.node }
        return ranked.prefix(max(0, count)).map(\.node)
    }
}
