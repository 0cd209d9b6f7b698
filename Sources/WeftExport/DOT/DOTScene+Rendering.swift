// Drawing a scene: nodes sorted, parallel claims bundled, paths first and in their own order.
import WeftModel

extension DOTScene {
    /// The scene as a DOT digraph. The same scene always gives the same bytes: nodes are sorted by
    /// (kind, name, key), edges by their endpoints, type and polarity; only paths keep the order
    /// they were given, since that is the order a reader follows.
    public func dot() -> String {
        var writer = DOTWriter(schema: schema)
        writer.begin(note: note)
        let byKey = Dictionary(nodes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        var written: Set<String> = []
        func writeNode(_ node: Node) {
            if written.insert(node.key).inserted { writer.node(id: node.key, kind: node.kind, name: node.name, aliases: node.aliases) }
        }
        // Path nodes first, in path order: Graphviz keeps the first path on top.
        for path in paths { for key in path.nodes { if let node = byKey[key] { writeNode(node) } } }
        for node in nodes.sorted(by: DOTScene.nodeOrder) { writeNode(node) }

        let (bundles, pathOrder) = bundle(byKey)
        for key in pathOrder { if let bundle = bundles[key] { writer.edge(bundle) } }
        let onPaths = Set(pathOrder)
        for key in bundles.keys.sorted() where !onPaths.contains(key) {
            if let bundle = bundles[key] { writer.edge(bundle) }
        }
        writer.legend(isTaken: { byKey[$0] != nil })
        writer.end()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static func nodeOrder(_ a: Node, _ b: Node) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.name != b.name { return Array(a.name.utf8).lexicographicallyPrecedes(b.name.utf8) }
        return Array(a.key.utf8).lexicographicallyPrecedes(b.key.utf8)
    }

    /// The claims grouped into drawn edges, and the edges on paths in the order paths reach them.
    private func bundle(_ byKey: [String: Node]) -> ([BundleKey: EdgeBundle], [BundleKey]) {
        let yieldsRanks = !paths.isEmpty
        var bundles: [BundleKey: EdgeBundle] = [:]
        var keyOfClaim: [String: BundleKey] = [:]
        for claim in claims.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }) {
            guard let subject = byKey[claim.subject], let object = byKey[claim.object] else { continue }
            let symmetric = schema.relationType(claim.type).symmetric
            let key = BundleKey(claim.subject, claim.object, claim.type, claim.negated, symmetric: symmetric)
            keyOfClaim[claim.key] = key
            if bundles[key] == nil {
                let summary = "\(subject.name) \(claim.negated ? "NOT " : "")\(schema.relationType(claim.type).name) \(object.name)"
                var bundle = EdgeBundle(tail: key.tail, head: key.head, type: claim.type, negated: claim.negated,
                                        undirected: symmetric, summary: summary)
                bundle.yieldsRanks = yieldsRanks
                bundles[key] = bundle
            }
            bundles[key]?.add(modality: claim.modality, citation: claim.citation)
        }
        var pathOrder: [BundleKey] = []
        for path in paths {
            for (step, claimKey) in path.claims.enumerated() where step + 1 < path.nodes.count {
                guard let key = keyOfClaim[claimKey], var bundle = bundles[key], !bundle.onPath else { continue }
                let from = path.nodes[step], to = path.nodes[step + 1]
                // Written in the path's direction so the layout ranks it left to right; a claim the
                // path walked against its direction keeps its arrow through dir=back.
                if bundle.tail != from && bundle.head == from {
                    bundle.reversed = !bundle.undirected
                    (bundle.tail, bundle.head) = (from, to)
                }
                bundle.onPath = true
                bundles[key] = bundle
                pathOrder.append(key)
            }
        }
        return (bundles, pathOrder)
    }
}

/// What makes claims parallel: the same pair (either order for symmetric types), type and polarity.
struct BundleKey: Hashable, Comparable {
    let tail: String
    let head: String
    let type: UInt8
    let negated: Bool

    init(_ subject: String, _ object: String, _ type: RelationTypeID, _ negated: Bool, symmetric: Bool) {
        let swap = symmetric && Array(object.utf8).lexicographicallyPrecedes(subject.utf8)
        tail = swap ? object : subject
        head = swap ? subject : object
        self.type = type.raw
        self.negated = negated
    }

    static func < (a: BundleKey, b: BundleKey) -> Bool {
        if a.tail != b.tail { return Array(a.tail.utf8).lexicographicallyPrecedes(b.tail.utf8) }
        if a.head != b.head { return Array(a.head.utf8).lexicographicallyPrecedes(b.head.utf8) }
        if a.type != b.type { return a.type < b.type }
        return !a.negated && b.negated
    }
}
