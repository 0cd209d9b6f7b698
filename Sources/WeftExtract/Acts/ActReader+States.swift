// Stage 6, standing relations: "quan hệ đối tác chiến lược giữa hai nước" → PARTNER_OF, background.
import WeftModel

extension ActReader {
    /// A state cue between two parties: giữa hai nước / X - Y after it, else the article's two countries.
    func states(schema: Schema) -> [Act] {
        var found: [Act] = []
        var at = 0
        while at < sentence.tokens.count {
            guard let word = layers.words[at], let entry = word.info.act, entry.kind == .state else {
                at += 1
                continue
            }
            let end = at + word.length
            let after = mentions.filter { $0.mention.range.lowerBound >= end && $0.mention.range.lowerBound <= end + 3 }
            var parties: (Int, Int)?
            if let first = after.first, let ref = referent(first), case .pair(let a, let b) = ref { parties = (a, b) }
            else if after.count >= 2, let a = after[0].entity, let b = after[1].entity { parties = (a, b) }
            else { parties = references.countries }
            if let (a, b) = parties {
                let topic = lexiconTopics(in: max(0, at - 2)..<end).first
                found.append(Act(sentence: sentence.number, subject: .entity(a), object: b, topics: topic.map { [$0] } ?? [],
                                 cameo: nil, type: "PARTNER_OF", modality: .background, negated: false, speaker: nil,
                                 evidence: sentence.span(max(0, at - 2)..<min(sentence.tokens.count, end + 3)), rule: entry.id))
            }
            at = end
        }
        return found
    }
}
