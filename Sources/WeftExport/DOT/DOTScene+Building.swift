// Filling a scene from a loaded graph (ids, as query results hold them) or from whole records.
import WeftModel

extension DOTScene {
    /// Adds a node of `source` by its dense id; the key is its external id. An Article is shown
    /// by its title: its name is an identifier.
    public mutating func add(node: NodeID, from source: any GraphSource) {
        let kind = source.kind(of: node)
        let name = kind == schema.kind(named: "Article")
            ? Citation.articleTitle(name: source.name(of: node), properties: source.properties(of: node)) : source.name(of: node)
        add(Node(key: source.externalID(of: node), kind: kind, name: name, aliases: source.aliases(of: node)))
    }

    /// Adds a claim of `source` and both its endpoints. The citation needs the claim's evidence,
    /// which may be read from disk; a claim whose record cannot be read is drawn without it.
    /// Returns the claim's key.
    @discardableResult
    public mutating func add(edge: EdgeID, from source: any GraphSource) -> String {
        let subject = source.subject(of: edge), object = source.object(of: edge)
        add(node: subject, from: source)
        add(node: object, from: source)
        let record = try? source.claimRecord(edge)
        let article = source.article(of: edge).map { Citation.articleTitle(name: source.name(of: $0), properties: source.properties(of: $0)) }
        let citation = Citation(article: article, date: source.date(of: edge), sentence: source.sentence(of: edge),
                                evidence: record?.evidence)
        let key = record?.id ?? "#\(edge.raw)"
        add(Claim(key: key, type: source.type(of: edge),
                  subject: source.externalID(of: subject), object: source.externalID(of: object),
                  negated: source.isNegated(edge), modality: source.modality(of: edge),
                  citation: citation.text == nil ? nil : citation))
        return key
    }

    /// Adds a path as a query returns it: nodes and the edges between them, alternating.
    public mutating func add(pathNodes: [NodeID], edges: [EdgeID], from source: any GraphSource) {
        for node in pathNodes { add(node: node, from: source) }
        let claimKeys = edges.map { add(edge: $0, from: source) }
        add(Path(nodes: pathNodes.map { source.externalID(of: $0) }, claims: claimKeys))
    }

    /// A scene of whole records (a graph read from a file, a fixture). Articles among `nodes`
    /// lend their titles to the citations of the claims that cite them.
    public init(schema: Schema, nodes: [NodeRecord], claims: [ClaimRecord]) {
        self.init(schema: schema)
        var titles: [String: String] = [:]
        let article = schema.kind(named: "Article")
        for node in nodes {
            let title = Citation.articleTitle(name: node.name, properties: node.properties)
            add(Node(key: node.id, kind: node.kind, name: node.kind == article ? title : node.name, aliases: node.aliases))
            titles[node.id] = title
        }
        for claim in claims {
            let citation = Citation(article: claim.article.map { titles[$0] ?? $0 }, date: claim.date,
                                    sentence: claim.sentence, evidence: claim.evidence)
            add(Claim(key: claim.id, type: claim.type, subject: claim.subject, object: claim.object, negated: claim.negated,
                      modality: claim.modality, citation: citation.text == nil ? nil : citation))
        }
    }
}
