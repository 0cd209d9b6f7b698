// Stage 6, the parties: subjects written, after của, or elided; addressees; negation and modal words.
import WeftModel

extension ActReader {
    /// Words before which a mention is the object of a preposition, not a subject.
    static let prepositions: Set<String> = ["với", "cho", "tại", "vào", "sang", "đến", "từ", "về", "giữa", "tới", "theo", "ở"]

    func referent(_ item: (mention: Mention, entity: Int?)) -> Referent? {
        if let entity = item.entity { return .entity(entity) }
        if let ref = item.mention.collective { return references.resolve(ref, speaker: speaker) }
        return nil
    }

    /// The last mention in [floor, index), with its entity.
    func lastMention(before index: Int, from floor: Int) -> (mention: Mention, entity: Int?)? {
        mentions.last { $0.mention.range.lowerBound >= floor && $0.mention.range.upperBound <= index }
    }

    /// The actor written before the verb in this clause, unless a preposition governs it.
    func explicitSubject(before index: Int, from floor: Int) -> Referent? {
        guard let item = lastMention(before: index, from: floor) else { return nil }
        let start = item.mention.range.lowerBound
        if start > 0, Self.prepositions.contains(sentence.tokens[start - 1].lower) { return nil }
        if let entity = item.entity, ["Topic", "Location"].contains(references.entities[entity].kind) { return nil }
        // A và B đã ký: two actors of one kind joined by "và" act together.
        if start >= 2, sentence.tokens[start - 1].lower == "và", let m = layers.mentionAt[start - 2], let other = mentions[m].entity,
           let entity = item.entity, other != entity, references.entities[other].kind == references.entities[entity].kind,
           mentions[m].mention.range.lowerBound >= floor
        {
            return .pair(other, entity)
        }
        return referent(item)
    }

    /// The subject of a clause that has none: the speaker for attitudes (mong, đề nghị, praise),
    /// else the subject of the previous clause.
    func elidedSubject(attitude: Bool) -> Referent? {
        if attitude, let speaker { return .entity(speaker) }
        return state.lastSubject ?? speaker.map(Referent.entity)
    }

    /// X in "… của X" after a nominal act (làn sóng đầu tư vào Việt Nam của các doanh nghiệp Nhật Bản).
    func possessor(after index: Int, in segment: Segment) -> Referent? {
        for token in index..<segment.range.upperBound where sentence.tokens[token].lower == "của" {
            if token + 1 < segment.range.upperBound, let m = layers.mentionAt[token + 1] { return referent(mentions[m]) }
        }
        return nil
    }

    /// The index after adverbs (and light verbs when `light`) from `index`.
    func skip(from index: Int, in segment: Segment, light: Bool) -> Int {
        var at = index
        while at < segment.range.upperBound, let word = layers.words[at], !word.info.isHead || (light && word.info.flags.contains(.light)),
              word.info.flags.contains(.adverb) || (light && word.info.flags.contains(.light)) || word.info.frame?.isFrame == false
        {
            at += word.length
        }
        return at
    }

    /// A negation among the three words before `index` (không hỗ trợ, chưa nhất trí, không sẽ…),
    /// ignoring "không chỉ", "không ngừng", "chưa từng có" (their own lexicon rows).
    func negatedBefore(_ index: Int, floor: Int) -> Bool {
        var at = max(floor, index - 3)
        while at < index {
            if let word = layers.words[at] {
                if let negation = word.info.negation, negation.negates { return true }
                at += word.length
            } else {
                at += 1
            }
        }
        return false
    }

    /// The modal word (sẽ, đã, dự kiến) nearest before `index` in the clause.
    func modalBefore(_ index: Int, floor: Int) -> FrameEntry? {
        var found: FrameEntry?
        var at = floor
        while at < index {
            if let word = layers.words[at] {
                if let entry = word.info.frame, !entry.isFrame { found = entry }
                at += word.length
            } else {
                at += 1
            }
        }
        return found
    }
}
