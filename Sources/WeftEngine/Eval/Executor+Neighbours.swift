// The claims an edge pattern allows from one node, visited in place: no array per expansion.
import WeftModel

extension Executor {
    /// Calls `body` with each edge from `node` that `pattern` allows, walking it forward
    /// (from → to) or back, and the node at the other end. Symmetric types and undirected edges
    /// look both ways; a self-loop found both ways is one claim.
    func forEachNeighbour(of node: NodeID, _ pattern: PEdge, forward: Bool,
                          _ body: (EdgeID, NodeID) throws -> Void) rethrows {
        let graph = self.graph
        let along: Direction = (pattern.direction == .outgoing) == forward ? .outgoing : .incoming
        if let types = pattern.types {
            for selection in types {
                let negated = selection.negated
                if pattern.direction == .either || isSymmetric[Int(selection.type.raw)] {
                    for edge in graph.edges(of: node, direction: .outgoing, type: selection.type)
                    where graph.isNegated(edge) == negated {
                        try body(edge, graph.object(of: edge))
                    }
                    for edge in graph.edges(of: node, direction: .incoming, type: selection.type)
                    where graph.isNegated(edge) == negated {
                        let other = graph.subject(of: edge)
                        if other == node { continue }  // a self-loop, already seen outgoing
                        try body(edge, other)
                    }
                } else {
                    for edge in graph.edges(of: node, direction: along, type: selection.type)
                    where graph.isNegated(edge) == negated {
                        try body(edge, along == .outgoing ? graph.object(of: edge) : graph.subject(of: edge))
                    }
                }
            }
        } else if pattern.direction == .either {
            for edge in graph.edges(of: node, direction: .outgoing, type: nil) { try body(edge, graph.object(of: edge)) }
            for edge in graph.edges(of: node, direction: .incoming, type: nil) {
                let other = graph.subject(of: edge)
                if other == node { continue }
                try body(edge, other)
            }
        } else {
            // An untyped directed edge follows the stored direction, so `()-[r]->()` sees each
            // claim once; naming a symmetric type asks for both directions (docs/language.md).
            for edge in graph.edges(of: node, direction: along, type: nil) {
                try body(edge, along == .outgoing ? graph.object(of: edge) : graph.subject(of: edge))
            }
        }
    }

    /// The same as an array, for callers that bundle or sort.
    func neighbours(of node: NodeID, _ pattern: PEdge, forward: Bool) -> [(EdgeID, NodeID)] {
        var result: [(EdgeID, NodeID)] = []
        forEachNeighbour(of: node, pattern, forward: forward) { result.append(($0, $1)) }
        return result
    }
}
