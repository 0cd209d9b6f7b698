// Stage 7: acts to graph records — one edge per object and topic sharing a claim id, MENTIONS edges.
import WeftModel
import WeftText

struct ClaimBuilder {
    let article: ArticleText
    let references: References
    let schema: Schema

    /// `sentences` become the Article node's `sentences` property (sentence N is element N-1), so
    /// that a claim's whole sentence can be shown from the graph alone (`.why`).
    func build(_ acts: [Act], sentences: [String] = []) -> ArticleGraph {
        var articleProperties = article.header.map { ($0.key, Value.string($0.value)) }
        if !sentences.isEmpty { articleProperties.append(("sentences", .list(sentences.map(Value.string)))) }
        let articleNode = NodeRecord(id: article.id, kind: kind("Article"), name: article.id,
                                     properties: articleProperties.sorted { $0.0 < $1.0 })
        var nodes: [NodeRecord] = []
        var used = Set<Int>()
        for act in acts {
            used.insert(act.subject.first)
            if let object = act.object { used.insert(object) }
            used.formUnion(act.extraObjects)
        }
        // Every actor and place the article names is a node (and MENTIONS edge), not only those in claims.
        for (index, entity) in references.entities.enumerated() where entity.mentionCount > 0 || used.contains(index) {
            var properties: [(key: String, value: Value)] = []
            if let country = entity.country, entity.kind != "Country" { properties.append(("country", .string(country))) }
            if let title = entity.title, entity.kind == "Person" { properties.append(("title", .string(title))) }
            nodes.append(NodeRecord(id: entity.id, kind: kind(entity.kind), name: entity.name, aliases: entity.aliases,
                                    properties: properties))
        }
        var topicIDs: [String: String] = [:]
        for act in acts {
            for topic in act.topics where topicIDs[Fold.key(topic)] == nil {
                let id = "topic:" + Fold.key(topic)
                topicIDs[Fold.key(topic)] = id
                nodes.append(NodeRecord(id: id, kind: kind("Topic"), name: topic))
            }
        }
        var claims: [ClaimRecord] = []
        let kinds = Dictionary(nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for (number, act) in acts.enumerated() {
            let claimID = "\(article.id):c\(number + 1)"
            var targets = act.object.map { [references.entities[$0].id] } ?? []
            targets += act.extraObjects.map { references.entities[$0].id }
            targets += act.topics.compactMap { topicIDs[Fold.key($0)] }
            guard let type = schema.relationType(named: act.type) else { continue }
            let subjectID = references.entities[act.subject.first].id
            // Only edges the schema's signature allows (PARTNER_OF takes no topic, acts need an actor subject).
            targets = targets.filter { target in
                guard let from = kinds[subjectID], let to = kinds[target] else { return false }
                return schema.relationType(type).accepts(subject: from, object: to)
            }
            for (edge, target) in targets.enumerated() {
                claims.append(ClaimRecord(
                    id: "\(claimID).\(edge)", type: type, subject: references.entities[act.subject.first].id, object: target,
                    article: article.id, sentence: act.sentence, evidence: act.evidence, cameo: act.cameo,
                    modality: act.modality, negated: act.negated, speaker: act.speaker.map { references.entities[$0].name },
                    claim: claimID, rule: act.rule))
            }
        }
        if let mentions = schema.relationType(named: "MENTIONS") {
            for (index, node) in nodes.enumerated() {
                claims.append(ClaimRecord(id: "\(article.id):m\(index + 1)", type: mentions, subject: article.id, object: node.id,
                                          article: article.id, negated: false))
            }
        }
        return ArticleGraph(article: articleNode, nodes: nodes, claims: claims)
    }

    private func kind(_ name: String) -> KindID {
        schema.kind(named: name) ?? KindID(0)
    }
}
