// A whole graph, or the part of it a NodeSelection names, streamed as DOT from a GraphSource.
import WeftModel

/// Draws the selected nodes and every claim between two of them, in id order, handing the text
/// out in blocks so that memory stays bounded by the graph's indexes, not by the output.
/// Edge bundles need no table: a node's outgoing claims of one type are contiguous, so the claims
/// of one (subject, type) are grouped by object and polarity on the spot.
public struct GraphDOTExport {
    public let source: any GraphSource
    public let selection: NodeSelection
    /// The evidence of a claim. The default reads the whole claim record; a store can pass a
    /// cheaper reader.
    public var evidence: (EdgeID) -> String?
    /// A comment for the top of the file.
    public var note: String?

    public init(source: any GraphSource, selection: NodeSelection, note: String? = nil) {
        self.source = source
        self.selection = selection
        self.note = note
        evidence = { [source] edge in try? source.claimRecord(edge).evidence }
    }

    /// Writes the digraph, calling `flush` with each block of about a megabyte and at the end.
    /// Returns how many edges (bundles) were drawn: what decides the layout engine.
    @discardableResult
    public func write(flush: ([UInt8]) throws -> Void) throws -> Int {
        var edges = 0
        var writer = DOTWriter(schema: source.schema)
        func drain(force: Bool) throws {
            if force || writer.bytes.count >= 1 << 20 { try flush(writer.take()) }
        }
        writer.begin(note: note)
        var titles = ArticleTitles(source: source)
        let article = source.schema.kind(named: "Article")
        for node in selection.nodes {
            let kind = source.kind(of: node)
            writer.node(id: source.externalID(of: node), kind: kind,
                        name: kind == article ? titles.title(of: node) : source.name(of: node), aliases: source.aliases(of: node))
            try drain(force: false)
        }
        var members: [(key: GroupKey, position: Int, edge: EdgeID)] = []
        for node in selection.nodes {
            for bundle in bundles(at: node, titles: &titles, into: &members) {
                writer.edge(bundle)
                edges += 1
            }
            try drain(force: false)
        }
        writer.legend(isTaken: { source.node(externalID: $0) != nil })
        writer.end()
        try drain(force: true)
        return edges
    }

    /// The bundles whose first endpoint (by id) is `node`: its outgoing claims to selected nodes,
    /// and for symmetric types also its incoming claims from selected nodes of higher id, so a
    /// pair's claims in both directions meet in one undirected edge. The claims are sorted by
    /// bundle (no dictionary per node); a summary is made only for a bundle without citations.
    private func bundles(at node: NodeID, titles: inout ArticleTitles, into members: inout [(key: GroupKey, position: Int, edge: EdgeID)]) -> [EdgeBundle] {
        members.removeAll(keepingCapacity: true)
        for edge in source.edges(of: node, direction: .outgoing, type: nil) {
            let object = source.object(of: edge)
            guard selection.contains(object) else { continue }
            let type = source.type(of: edge)
            if source.schema.relationType(type).symmetric && object < node { continue }
            members.append((GroupKey(other: object.raw, type: type.raw, negated: source.isNegated(edge)), members.count, edge))
        }
        for edge in source.edges(of: node, direction: .incoming, type: nil) {
            let subject = source.subject(of: edge)
            let type = source.type(of: edge)
            guard subject > node, selection.contains(subject), source.schema.relationType(type).symmetric else { continue }
            members.append((GroupKey(other: subject.raw, type: type.raw, negated: source.isNegated(edge)), members.count, edge))
        }
        guard !members.isEmpty else { return [] }
        // Within a bundle, claims keep the order they were met in (outgoing by id, then incoming).
        if members.count > 1 { members.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position } }
        let tail = source.externalID(of: node)
        var result: [EdgeBundle] = []
        var index = 0
        while index < members.count {
            let key = members[index].key
            let type = RelationTypeID(key.type)
            var bundle = EdgeBundle(tail: tail, head: source.externalID(of: NodeID(key.other)), type: type,
                                    negated: key.negated, undirected: source.schema.relationType(type).symmetric)
            let first = members[index].edge
            while index < members.count, members[index].key == key {
                let edge = members[index].edge
                bundle.add(modality: source.modality(of: edge), citation: bundle.wantsCitation ? citation(edge, titles: &titles) : nil)
                index += 1
            }
            if bundle.citations.isEmpty {
                bundle.summary = "\(source.name(of: source.subject(of: first))) \(key.negated ? "NOT " : "")"
                    + "\(source.schema.relationType(type).name) \(source.name(of: source.object(of: first)))"
            }
            result.append(bundle)
        }
        return result
    }

    private func citation(_ edge: EdgeID, titles: inout ArticleTitles) -> Citation {
        Citation(article: source.article(of: edge).map { titles.title(of: $0) }, date: source.date(of: edge),
                 sentence: source.sentence(of: edge), evidence: evidence(edge))
    }

    struct GroupKey: Hashable, Comparable {
        let other: UInt32
        let type: UInt8
        let negated: Bool
        static func < (a: GroupKey, b: GroupKey) -> Bool {
            (a.type, a.other, a.negated ? 1 : 0) < (b.type, b.other, b.negated ? 1 : 0)
        }
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
