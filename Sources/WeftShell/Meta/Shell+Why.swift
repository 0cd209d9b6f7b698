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
        if let article = claim.article {
            var title = article
            if let node = memory.node(externalID: article),
               let value = memory.properties(of: node).first(where: { $0.key == "title" })?.value, case .string(let text) = value {
                title = "\(text) (\(article))"
            }
            out += "  article:  \(title)\n"
        }
        if let date = claim.date { out += "  date:     \(date)\n" }
        if let sentence = claim.sentence { out += "  sentence: \(sentence)\n" }
        if let speaker = claim.speaker { out += "  speaker:  \(speaker)\n" }
        if let modality = claim.modality { out += "  modality: \(modality)\n" }
        if let evidence = claim.evidence { out += "  evidence: «\(evidence)»\n" }
        if let cameo = claim.cameo { out += "  CAMEO:    \(cameo)\n" }
        out += "  rule:     \(claim.rule ?? "(none recorded)")\n"
        self.out.write(out)
        finishedOutput()
        return nil
    }
}
