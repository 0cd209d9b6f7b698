// Stage 6, one clause: the first speech verb, frame or act verb in it decides what the clause is.
import WeftModel

extension ActReader {
    /// Reads one clause; returns whether it opened (or joined) an act.
    mutating func readSegment(_ segment: Segment, initialPurpose: inout Bool) -> Bool {
        let (leadIndex, afterAdverb) = lead(segment)
        var floor = segment.range.lowerBound
        var index = segment.range.lowerBound
        var created = false
        while index < segment.range.upperBound {
            if let m = layers.mentionAt[index] {
                index = mentions[m].mention.range.upperBound
                continue
            }
            guard let word = layers.words[index] else {
                index += 1
                continue
            }
            let info = word.info
            if info.flags.contains(.purpose) {
                if index == 0 { initialPurpose = true }
                scope = .purpose
            } else if info.flags.contains(.list) {
                scope = .list
            }
            let atLead = index == leadIndex && afterAdverb
            if let speech = info.speech, speech.kind == .view, scope == .none, !created {
                if let who = lastMention(before: index, from: floor), let entity = who.entity,
                   references.entities[entity].kind == "Person"
                {
                    speaker = entity
                }
                inView = true
                return false
            }
            if let speech = info.speech, speech.kind == .speech, scope == .none, !created {
                if let who = lastMention(before: index, from: floor), let entity = who.entity,
                   references.entities[entity].kind == "Person"
                {
                    speaker = entity
                    state.lastSubject = .entity(entity)
                }
                floor = index + word.length
                swallow = false
                index += word.length
                continue
            }
            if let entry = info.frame, entry.isFrame, !created, scope == .none || atLead {
                let before = acts.count
                index = openFrame(entry, at: index, length: word.length, floor: floor, segment: segment)
                created = acts.count > before
                continue
            }
            if info.act != nil, info.act?.kind != .state, !created, nominalUse(before: index, in: segment) == .noAct {
                // nhà đàm phán, Nghị định thư hợp tác, xem xét các cuộc đàm phán: a noun, not an act.
                index += word.length
                continue
            }
            if let entry = info.act, entry.kind != .state, !created {
                if let last = acts.indices.last, acts[last].bare, index == leadIndex,
                   segment.boundary == .and || segment.boundary == .comma
                {
                    acts[last].bare = false
                    acts[last].spanEnd = segment.range.upperBound
                    acts[last].extraTopicsFrom = index + word.length
                    created = true
                    index += word.length
                    continue
                }
                if (scope == .none && !swallow) || atLead {
                    openVerb(entry, at: index, length: word.length, floor: floor, lead: leadIndex, segment: segment)
                    created = true
                    index += word.length
                    continue
                }
            }
            index += word.length
        }
        if created, let last = acts.indices.last, acts[last].cueEnd >= segment.range.upperBound {
            acts[last].bare = true
        }
        return created
    }

    /// A frame (đề nghị, sẵn sàng, nhất trí): its subject, its addressee, and the verb it governs.
    mutating func openFrame(_ entry: FrameEntry, at index: Int, length: Int, floor: Int, segment: Segment) -> Int {
        let subject = explicitSubject(before: index, from: floor) ?? elidedSubject(attitude: entry.attitude)
        var next = skip(from: index + length, in: segment, light: false)
        var addressee: Referent?
        var afterAdverbs = next
        if entry.addressee, next < segment.range.upperBound, let m = layers.mentionAt[next] {
            addressee = referent(mentions[m])
            afterAdverbs = skip(from: mentions[m].mention.range.upperBound, in: segment, light: false)
            next = skip(from: mentions[m].mention.range.upperBound, in: segment, light: true)
        } else {
            next = skip(from: next, in: segment, light: true)
        }
        let afterLight = next > afterAdverbs
        var verb: ActEntry?
        var verbRange: Range<Int>?
        // The verb the frame governs: right after it (past adverbs and light verbs), or after up to
        // three words the lexicon does not know (muốn trở lại bàn đàm phán).
        // Not past the object of a light verb (cải thiện môi trường đầu tư).
        var look = next
        while look < min(segment.range.upperBound, next + 4), layers.mentionAt[look] == nil, sentence.tokens[look].isWord,
              look == next || !afterLight
        {
            if let word = layers.words[look] {
                if let act = word.info.act, act.kind != .state, nominalUse(before: look, in: segment) != .noAct {
                    verb = act
                    verbRange = look..<(look + word.length)
                }
                break
            }
            look += 1
        }
        // muốn nói gì (a wish to say): no act; a wish with no act and no one addressed (hy vọng
        // vào năm 2050) is a view, not an act.
        let saysNext = look < segment.range.upperBound && layers.words[look]?.info.speech != nil
        if saysNext || (entry.modality == .desire && verb == nil && addressee == nil) { return verbRange?.upperBound ?? (index + length) }
        guard let subject else { return verbRange?.upperBound ?? (index + length) }
        frame = (entry, subject, addressee)
        state.lastSubject = subject
        let end = verbRange?.upperBound ?? (index + length)
        acts.append(OpenAct(subject: subject, frame: entry, verb: verb, verbRange: verbRange, cueStart: index, cueEnd: end,
                            spanEnd: segment.range.upperBound, addressee: addressee, modality: entry.modality,
                            negated: negatedBefore(index, floor: floor), speaker: speaker,
                            ruleParts: [entry.id] + (verb.map { [$0.id] } ?? [])))
        swallow = verb?.kind == .praise
        return end
    }

    /// An act verb: its subject written before it, after it with của (làn sóng đầu tư … của X), or elided.
    mutating func openVerb(_ entry: ActEntry, at index: Int, length: Int, floor: Int, lead: Int, segment: Segment) {
        let nominal = (lead..<index).contains { token in
            layers.mentionAt[token] == nil && sentence.tokens[token].isWord
                && !(layers.words[token].map { $0.info.flags.contains(.light) || $0.info.flags.contains(.adverb) || $0.info.frame != nil || $0.info.negation != nil } ?? false)
                && !covered(token)
        }
        let use = nominalUse(before: index, in: segment)
        let isNominal = nominal || use == .licensed
        var subject = explicitSubject(before: index, from: floor)
        var rule = entry.id
        if subject == nil, isNominal { subject = possessor(after: index + length, in: segment) }
        if subject == nil, isNominal, entry.kind == .symmetric || entry.kind == .visit {
            // Talks or a visit named as a noun (sau nhiều giờ thảo luận, chuyến thăm này sẽ là …, trong
            // cuộc gặp với X) are an act only with their parties written; the article's two leaders
            // only for an occasion that opens the clause with no partner named (Tại cuộc hội đàm, …).
            let first = firstWord(segment).map { sentence.tokens[$0].lower } ?? ""
            let partner = ((index + length)..<segment.range.upperBound).contains { sentence.tokens[$0].lower == "với" }
            guard entry.kind == .symmetric, use == .licensed, Self.occasions.contains(first), !partner,
                  let leaders = references.leaders else { return }
            subject = .pair(leaders.0, leaders.1)
            rule += "/leaders"
        }
        if subject == nil { subject = elidedSubject(attitude: entry.kind == .praise) }
        guard let subject else { return }
        state.lastSubject = subject
        let modal = modalBefore(index, floor: floor)
        let modality = frame?.entry.modality ?? modal?.modality ?? .asserted
        acts.append(OpenAct(subject: subject, frame: frame?.entry, verb: entry, verbRange: index..<(index + length),
                            cueStart: min(lead, index), cueEnd: index + length, spanEnd: segment.range.upperBound,
                            addressee: frame?.addressee, modality: modality, negated: negatedBefore(index, floor: floor),
                            speaker: speaker, ruleParts: (frame.map { [$0.entry.id] } ?? modal.map { [$0.id] } ?? []) + [rule]))
        swallow = entry.kind == .praise
    }

    /// A clause after ';' under a frame with no verb of its own: one more thing agreed, asked or promised.
    mutating func openItem(_ segment: Segment, frame: (entry: FrameEntry, subject: Referent, addressee: Referent?)) {
        let subject = state.lastSubject ?? frame.subject
        acts.append(OpenAct(subject: subject, frame: frame.entry, verb: nil, verbRange: nil,
                            cueStart: segment.range.lowerBound, cueEnd: segment.range.lowerBound, spanEnd: segment.range.upperBound,
                            addressee: frame.addressee, modality: frame.entry.modality, negated: false, speaker: speaker,
                            item: true, ruleParts: [frame.entry.id, "item"]))
    }

    enum NominalUse { case verb, licensed, noAct }

    /// Prepositions after which an event noun names an occasion that took place (tại cuộc hội đàm).
    static let occasions: Set<String> = ["trong", "tại", "sau", "trước", "qua", "ở", "nhân"]
    /// Words skipped between an event noun and what licenses it (tiến hành các cuộc, nhiều vòng).
    static let determiners: Set<String> = ["các", "những", "nhiều", "mọi", "một", "hai", "ba", "mấy"]

    /// How the act verb at `index` is used: a verb; an event noun after a classifier (cuộc, vòng)
    /// licensed by a light verb, a frame, a preposition of occasion or the start of the clause; or a
    /// noun that is not an act (after a modifier noun, or an event noun that is another verb's object).
    func nominalUse(before index: Int, in segment: Segment) -> NominalUse {
        if let first = firstWord(segment), let lead = layers.words[first], lead.info.flags.contains(.modifier), first < index {
            return .noAct  // Bản ghi nhớ về việc tăng cường hợp tác …: the clause names a document
        }
        guard let head = word(endingAt: index, from: segment.range.lowerBound) else { return .verb }
        let flags = head.info.flags
        if flags.contains(.modifier) { return .noAct }
        guard flags.contains(.classifier) else { return .verb }
        var at = head.start - 1
        while at >= segment.range.lowerBound, layers.mentionAt[at] == nil,
              Self.determiners.contains(sentence.tokens[at].lower) || sentence.tokens[at].key.allSatisfy(\.isNumber)
        {
            at -= 1
        }
        if at < segment.range.lowerBound || layers.mentionAt[at] != nil { return .licensed }
        if Self.occasions.contains(sentence.tokens[at].lower) { return .licensed }
        if let before = word(endingAt: at + 1, from: segment.range.lowerBound) {
            let info = before.info
            if info.flags.contains(.light) || info.frame != nil || info.flags.contains(.adverb) && before.start == segment.range.lowerBound {
                return .licensed
            }
        }
        return .noAct
    }

    /// The lexicon word that ends just before token `end` (at most four tokens long).
    func word(endingAt end: Int, from floor: Int) -> (start: Int, info: WordInfo)? {
        var start = end - 1
        while start >= max(floor, end - 4) {
            if let word = layers.words[start] { return start + word.length == end ? (start, word.info) : nil }
            start -= 1
        }
        return nil
    }

    /// Whether token `index` lies inside a phrase that starts earlier.
    func covered(_ index: Int) -> Bool {
        var start = index - 1
        while start >= 0 {
            if let word = layers.words[start] { return start + word.length > index }
            start -= 1
        }
        return false
    }
}
