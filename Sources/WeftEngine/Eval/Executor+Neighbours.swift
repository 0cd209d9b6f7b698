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
                let wanted = selection.negated
                if pattern.direction == .either || isSymmetric[Int(selection.type.raw)] {
                    try graph.forEachAdjacent(of: node, direction: .outgoing, type: selection.type) { edge, other, negated in
                        if negated == wanted { try body(edge, other) }
                    }
                    try graph.forEachAdjacent(of: node, direction: .incoming, type: selection.type) { edge, other, negated in
                        // A self-loop was already seen outgoing.
                        if negated == wanted && other != node { try body(edge, other) }
                    }
                } else {
                    try graph.forEachAdjacent(of: node, direction: along, type: selection.type) { edge, other, negated in
                        if negated == wanted { try body(edge, other) }
                    }
                }
            }
        } else if pattern.direction == .either {
            try graph.forEachAdjacent(of: node, direction: .outgoing, type: nil) { edge, other, _ in try body(edge, other) }
            try graph.forEachAdjacent(of: node, direction: .incoming, type: nil) { edge, other, _ in
                if other != node { try body(edge, other) }
            }
        } else {
            // An untyped directed edge follows the stored direction, so `()-[r]->()` sees each
            // claim once; naming a symmetric type asks for both directions (docs/language.md).
            try graph.forEachAdjacent(of: node, direction: along, type: nil) { edge, other, _ in try body(edge, other) }
        }
    }
}
