// `.why EDGE_ID`: a claim's provenance — article title and date, sentence, evidence, rule.
import WeftModel
import WeftStore

extension Shell {
    func why(_ id: String) -> String? {
        let claim: ClaimRecord
        do {
            guard let found = try graph.file.claim(externalID: id) else { return "no claim with id `\(id)`" }
            claim = found
        } catch {
            return "cannot read claim `\(id)`: \(error)"
        }
        let memory = graph.memory
        func name(_ external: String) -> String { memory.node(externalID: external).map { memory.name(of: $0) } ?? external }
        let type = memory.schema.relationType(claim.type).name
        var out = "\(claim.id): \(name(claim.subject)) -[\(claim.negated ? "NOT " : "")\(type)]-> \(name(claim.object))\n"
        let articleNode = claim.article.flatMap { memory.node(externalID: $0) }
        let articleProperties = articleNode.map { memory.properties(of: $0) } ?? []
        if let article = claim.article {
            let title = articleProperties.first(where: { $0.key == "title" })?.value.stringValue
            out += "  article:  \(title.map { "\($0) (\(article))" } ?? article)\n"
        }
        if let date = claim.date { out += "  date:     \(date)\n" }
        if let sentence = claim.sentence {
            // Articles ingested by weft keep their sentences (the `sentences` property), so the
            // whole sentence can be shown with the evidence marked in it.
            if case .list(let sentences)? = articleProperties.first(where: { $0.key == "sentences" })?.value,
               sentences.indices.contains(sentence - 1), let text = sentences[sentence - 1].stringValue {
                out += "  sentence: \(sentence): \(Self.marking(claim.evidence, in: text, color: resultSettings.color))\n"
            } else {
                out += "  sentence: \(sentence)\n"
            }
        }
        if let speaker = claim.speaker { out += "  speaker:  \(speaker)\n" }
        if let modality = claim.modality { out += "  modality: \(modality)\n" }
        if let evidence = claim.evidence { out += "  evidence: «\(evidence)»\n" }
        if let cameo = claim.cameo { out += "  CAMEO:    \(cameo)\n" }
        out += "  rule:     \(claim.rule ?? "(none recorded)")\n"
        self.out.write(out)
        finishedOutput()
        return nil
    }

    /// The sentence with the evidence between « and » (and bold on a colour terminal), or as it is
    /// when the evidence is not a verbatim part of it.
    static func marking(_ evidence: String?, in sentence: String, color: Bool) -> String {
        guard let evidence, !evidence.isEmpty, let range = sentence.range(of: evidence) else { return sentence }
        let marked = color ? "\u{1B}[1m«\(evidence)»\u{1B}[0m" : "«\(evidence)»"
        return sentence.replacingCharacters(in: range, with: marked)
    }
}
