// Stage 6, finishing: the object, the CAMEO code and relation type, the speaker, the evidence of each act.
import WeftModel

extension ActReader {
    /// The sentence's acts, finished, plus its standing relations (đối tác chiến lược).
    mutating func finish(_ open: [OpenAct], schema: Schema) -> [Act] {
        var result: [Act] = []
        for (position, act) in open.enumerated() {
            let object = object(of: act)
            var topics = topics(of: act)
            if position == 0 { topics = lexiconTopics(in: 0..<preTopicsEnd) + topics }
            let (cameo, ruleSuffix) = code(of: act)
            let modality = act.modality
            var subject = act.subject
            var objectIndex: Int?
            if case .pair(let a, let b) = act.subject {
                subject = .entity(a)
                objectIndex = b
            } else {
                objectIndex = object
            }
            guard objectIndex != nil || !topics.isEmpty else { continue }
            let type = relationType(act, cameo: cameo, pair: act.subject.isPair, schema: schema)
            let extras = venues(of: act).filter { $0 != objectIndex && $0 != subject.first }
            result.append(Act(sentence: sentence.number, subject: subject, object: objectIndex, extraObjects: extras,
                              topics: dedupe(topics), cameo: cameo, type: type, modality: modality, negated: act.negated,
                              speaker: speakerName(act), evidence: evidence(act),
                              rule: (act.ruleParts + ruleSuffix).joined(separator: "+")))
        }
        result += states(schema: schema)
        if let last = open.last { state.lastSubject = last.subject }
        state.carriedSpeaker = speaker ?? state.carriedSpeaker
        return result
    }

    /// The CAMEO code: the verb's code for the act's modality, the frame's own code with no verb;
    /// a welcome or invitation whose clause holds a visit is the host's intent to meet (036).
    func code(of act: OpenAct) -> (String?, [String]) {
        if act.verb?.kind == .praise, let visit = visitVerb(in: act), futureVisit(in: act) { return (visit.intent, [visit.id]) }
        guard let verb = act.verb else { return (act.frame?.cameo, []) }
        switch act.modality {
        // muốn đàm phán (no one else named): a wish for one's own act is an intent, not an appeal.
        case .desire where act.addressee == nil: return (verb.intent ?? act.frame?.cameo, [])
        case .request, .desire: return (verb.request ?? act.frame?.cameo, [])
        case .future, .intent, .agreed: return (verb.intent ?? act.frame?.cameo, [])
        default: return (verb.cameo, [])
        }
    }

    func relationType(_ act: OpenAct, cameo: String?, pair: Bool, schema: Schema) -> String {
        if act.modality == .agreed, pair { return "AGREES" }
        if let cameo, let type = schema.relationType(forCAMEO: cameo) { return schema.relationType(type).name }
        return "STATES"
    }

    /// The party acted on: the addressee of a request (hai bên → the other side), else the first
    /// actor after the verb that is not the subject.
    func object(of act: OpenAct) -> Int? {
        let subject = act.subject.first
        if let addressee = act.addressee {
            switch addressee {
            case .entity(let index) where index != subject: return index
            case .pair(let a, let b):
                if references.entities[a].kind == "Country" { return references.counterpart(of: subject) ?? (a == subject ? b : a) }
                return a == subject ? b : a
            default: break
            }
        }
        // cáo buộc ông là …: a pronoun right after the verb is the object, and it is not resolved
        // (the next actor named is not the one meant).
        var first = act.cueEnd
        while first < act.spanEnd, let word = layers.words[first], word.info.flags.contains(.adverb) { first += word.length }
        if first < act.spanEnd, layers.mentionAt[first] == nil, Self.pronouns.contains(sentence.tokens[first].lower) { return nil }
        for item in mentions where item.mention.range.lowerBound >= act.cueEnd && item.mention.range.upperBound <= act.spanEnd {
            guard let referent = referent(item) else { continue }
            switch referent {
            case .entity(let index) where index != subject && references.entities[index].kind != "Location":
                return index
            case .pair(let a, let b) where references.entities[a].kind == "Country":
                if let other = references.counterpart(of: subject) { return other }
                return a == subject ? b : a
            default: continue
            }
        }
        return nil
    }

    static let pronouns: Set<String> = ["ông", "bà", "họ", "ngài", "anh", "chị", "mình", "chúng tôi", "chúng ta", "nó"]

    /// A welcome or praise codes a visit (036) only when the visit is still to come: sẽ, sớm, sắp or
    /// dự kiến among the three words before the visit verb (hoan nghênh X sớm thăm); praise of a
    /// visit that happened (đánh giá cao chuyến thăm) stays praise.
    func futureVisit(in act: OpenAct) -> Bool {
        // mời X sang thăm: an invitation is to a visit still to come.
        if act.verb?.id == "act.invite" || (act.cueStart..<act.spanEnd).contains(where: { sentence.tokens[$0].lower == "mời" }) { return true }
        var at = act.cueEnd
        while at < act.spanEnd, layers.words[at]?.info.act?.kind != .visit { at += 1 }
        for before in max(act.cueEnd, at - 3)..<at {
            if let word = layers.words[before], word.info.frame?.modality == .future || sentence.tokens[before].lower == "sớm" { return true }
        }
        return false
    }

    /// Organisations and places named in the act's list clauses (tại Liên hiệp quốc, ASEAN).
    func venues(of act: OpenAct) -> [Int] {
        mentions.filter { item in
            item.mention.range.lowerBound >= act.cueEnd && item.mention.range.upperBound <= act.spanEnd
                && item.mention.range.lowerBound > 0 && sentence.tokens[item.mention.range.lowerBound - 1].lower == "tại"
        }.compactMap(\.entity).filter { references.entities[$0].kind == "Organization" }
    }

    func speakerName(_ act: OpenAct) -> Int? {
        if let speaker = act.speaker { return speaker }
        guard case .entity(let subject) = act.subject else { return nil }
        if let carried = state.carriedSpeaker,
           subject == carried || references.country(of: subject) == references.country(of: carried) { return carried }
        return references.entities[subject].kind == "Person" ? subject : nil
    }

    /// From the first cue to the first punctuation after the (last joined) verb.
    func evidence(_ act: OpenAct) -> String {
        var end = max(act.extraTopicsFrom ?? act.cueEnd, act.cueEnd)
        let stops: Set<String> = [",", ";", ":", "(", ")", "…", ".", "!", "?"]
        while end < act.spanEnd, end < sentence.tokens.count, !stops.contains(sentence.tokens[end].key) { end += 1 }
        while end > act.cueStart + 1, !sentence.tokens[end - 1].isWord { end -= 1 }
        return sentence.span(act.cueStart..<max(end, act.cueStart + 1))
    }
}

extension Referent {
    var isPair: Bool {
        if case .pair = self { return true }
        return false
    }
}
