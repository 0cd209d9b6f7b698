// One worker of a DOT export: the node and edge statements of a batch of nodes, with citations.
import WeftModel

/// One thread's reader and scratch space: turns batches of nodes into DOT text.
struct DOTExportWorker {
    let source: any GraphSource
    var writer: DOTWriter
    var titles: ArticleTitles
    var members: [(key: GroupKey, position: Int, edge: EdgeID)] = []
    let article: KindID?
    /// Per relation type id: drawn once per pair, without an arrowhead (read once, not per claim).
    let symmetric: [Bool]

    init(source: any GraphSource) {
        self.source = source
        let schema = source.schema
        writer = DOTWriter(schema: schema)
        titles = ArticleTitles(source: source)
        article = schema.kind(named: "Article")
        symmetric = schema.relationTypes.map(\.symmetric)
    }

    mutating func nodeStatements(_ nodes: ArraySlice<NodeID>) -> GraphDOTExport.Block {
        for node in nodes {
            let kind = source.kind(of: node)
            writer.node(id: source.externalID(of: node), kind: kind,
                        name: kind == article ? titles.title(of: node) : source.name(of: node), aliases: source.aliases(of: node))
        }
        // The writer has noted every kind it drew (this batch's and earlier ones: the caller unites).
        return GraphDOTExport.Block(bytes: writer.take(), kinds: writer.kindsPresent)
    }

    mutating func edgeStatements(_ nodes: ArraySlice<NodeID>, _ selection: NodeSelection) -> GraphDOTExport.Block {
        var edges = 0
        for node in nodes { edges += writeBundles(at: node, selection) }
        return GraphDOTExport.Block(bytes: writer.take(), edges: edges)
    }

    /// Writes the bundles whose first endpoint (by id) is `node`, each as soon as it is complete
    /// (a hub's 75,000 claims are never held as bundles), and returns how many: its outgoing claims
    /// to selected nodes, and for symmetric types also its incoming claims from selected nodes of
    /// higher id, so a pair's claims in both directions meet in one undirected edge. The claims are
    /// sorted by bundle (no dictionary per node); a summary is made only for a bundle without citations.
    private mutating func writeBundles(at node: NodeID, _ selection: NodeSelection) -> Int {
        members.removeAll(keepingCapacity: true)
        for edge in source.edges(of: node, direction: .outgoing, type: nil) {
            let object = source.object(of: edge)
            guard selection.contains(object) else { continue }
            let type = source.type(of: edge)
            if symmetric[Int(type.raw)] && object < node { continue }
            members.append((GroupKey(other: object.raw, type: type.raw, negated: source.isNegated(edge)), members.count, edge))
        }
        for edge in source.edges(of: node, direction: .incoming, type: nil) {
            let subject = source.subject(of: edge)
            let type = source.type(of: edge)
            guard subject > node, selection.contains(subject), symmetric[Int(type.raw)] else { continue }
            members.append((GroupKey(other: subject.raw, type: type.raw, negated: source.isNegated(edge)), members.count, edge))
        }
        guard !members.isEmpty else { return 0 }
        // Within a bundle, claims keep the order they were met in (outgoing by id, then incoming).
        if members.count > 1 { members.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position } }
        let tail = source.externalID(of: node)
        var written = 0
        var index = 0
        while index < members.count {
            let key = members[index].key
            let type = RelationTypeID(key.type)
            var bundle = EdgeBundle(tail: tail, head: source.externalID(of: NodeID(key.other)), type: type,
                                    negated: key.negated, undirected: symmetric[Int(type.raw)])
            let first = members[index].edge
            while index < members.count, members[index].key == key {
                let edge = members[index].edge
                bundle.add(modality: source.modality(of: edge), citation: bundle.wantsCitation ? citation(edge) : nil)
                index += 1
            }
            if bundle.citations.isEmpty {
                bundle.summary = "\(source.name(of: source.subject(of: first))) \(key.negated ? "NOT " : "")"
                    + "\(writer.schema.relationType(type).name) \(source.name(of: source.object(of: first)))"
            }
            writer.edge(bundle)
            written += 1
        }
        return written
    }

    private mutating func citation(_ edge: EdgeID) -> Citation {
        Citation(article: source.article(of: edge).map { titles.title(of: $0) }, date: source.date(of: edge),
                 sentence: source.sentence(of: edge), evidence: source.evidence(of: edge))
    }
}

/// What makes claims one bundle: the other end, the type, the polarity.
struct GroupKey: Hashable, Comparable {
    let other: UInt32
    let type: UInt8
    let negated: Bool
    static func < (a: GroupKey, b: GroupKey) -> Bool {
        (a.type, a.other, a.negated ? 1 : 0) < (b.type, b.other, b.negated ? 1 : 0)
    }
}

/// Article titles read once each, from a bounded cache. Claims of one node cite articles all over
/// the graph, so the cache holds up to 2^17 titles (about 15 MB); with 4,096 a 1M-claim export
/// spent a tenth of its time re-reading titles.
struct ArticleTitles {
    let source: any GraphSource
    private var cache: [NodeID: String] = [:]
    static let capacity = 1 << 17

    init(source: any GraphSource) {
        self.source = source
    }

    mutating func title(of article: NodeID) -> String {
        if let title = cache[article] { return title }
        if cache.count >= ArticleTitles.capacity { cache.removeAll(keepingCapacity: true) }
        let title = source.stringProperty("title", of: article) ?? source.name(of: article)
        cache[article] = title
        return title
    }
}
