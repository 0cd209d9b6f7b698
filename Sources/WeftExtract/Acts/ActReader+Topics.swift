// Stage 6, topics: the noun phrase an act governs, topic-lexicon phrases in its clauses, visits, issues.
import WeftText

extension ActReader {
    /// Head nouns too general to be a topic on their own.
    static let generic: Set<String> = [
        "quan he", "van de", "hoat dong", "linh vuc", "tinh hinh", "chinh sach", "ket qua", "co hoi", "thoi gian",
        "nam", "nuoc", "ben", "phia", "y kien", "buoc", "muc tieu", "kha nang", "dieu kien", "lan nhau", "nhau",
    ]

    func topics(of act: OpenAct) -> [String] {
        var found: [String] = []
        if let phrase = governedPhrase(of: act) { found.append(phrase) }
        if let visit = visitVerb(in: act) ?? (act.verb?.kind == .visit ? act.verb : nil), let destination = destination(of: act, visit: visit) {
            found.insert("thăm " + destination, at: 0)
        }
        found += lexiconTopics(in: act.cueStart..<act.spanEnd)
        found += issues(in: act.cueStart..<act.spanEnd)
        return found
    }

    /// The noun phrase after the verb (and its object): sự/việc/các skipped, light verbs skipped,
    /// cut at a conjunction, preposition, punctuation, actor or adverb; at most eight syllables.
    func governedPhrase(of act: OpenAct) -> String? {
        let tokens = sentence.tokens
        var at = act.extraTopicsFrom ?? act.cueEnd
        var skippedObject = false
        func skipFiller() {
            while at < act.spanEnd {
                if let word = layers.words[at], word.info.flags.contains(.nominal) || word.info.flags.contains(.adverb)
                    || word.info.flags.contains(.light) || word.info.frame?.isFrame == false
                {
                    at += word.length
                } else if tokens[at].isWord, tokens[at].key.allSatisfy({ $0.isNumber || $0 == " " }) {
                    at += 1
                } else if !skippedObject, let m = layers.mentionAt[at], layers.mentionStart[at] {
                    at = mentions[m].mention.range.upperBound
                    skippedObject = true
                } else {
                    return
                }
            }
        }
        skipFiller()
        let start = at
        while at < act.spanEnd, at - start < 8, tokens[at].isWord, layers.mentionAt[at] == nil {
            guard let word = layers.words[at] else {
                at += 1
                continue
            }
            let info = word.info
            if info.flags.contains(.cut) || info.flags.contains(.adverb) || info.negation != nil || info.frame != nil
                || info.speech != nil || (info.act != nil && at > start) { break }
            at += word.length
        }
        guard at > start else { return nil }
        // đón Thủ tướng: a bare title is a person the mention stage could not name, not a topic.
        if let title = lexicon.titles.longest(in: tokens, at: start), title.value == .title, tokens[start].isCapitalised { return nil }
        let phrase = sentence.span(start..<min(at, act.spanEnd))
        let key = Fold.key(phrase)
        if Self.generic.contains(key) { return nil }
        if at - start < 2, !lexicon.topics.contains(phrase) { return nil }
        return phrase
    }

    /// Topic-lexicon phrases in tokens `range`, longest first.
    func lexiconTopics(in range: Range<Int>) -> [String] {
        var found: [String] = []
        var at = range.lowerBound
        while at < range.upperBound {
            if let match = lexicon.topics.longest(in: sentence.tokens, at: at), at + match.length <= range.upperBound {
                found.append(match.value)
                at += match.length
            } else {
                at += 1
            }
        }
        return found
    }

    /// "vấn đề Biển Đông": a place named as an issue is a topic.
    func issues(in range: Range<Int>) -> [String] {
        mentions.compactMap { item in
            let start = item.mention.range.lowerBound
            guard range.contains(start), start >= 2, item.mention.kind == "Location",
                  sentence.span((start - 2)..<start).lowercased() == "vấn đề" else { return nil }
            return item.mention.name
        }
    }

    func visitVerb(in act: OpenAct) -> ActEntry? {
        var at = act.cueEnd
        while at < act.spanEnd {
            if let word = layers.words[at] {
                if let entry = word.info.act, entry.kind == .visit { return entry }
                at += word.length
            } else {
                at += 1
            }
        }
        return nil
    }

    /// The first country or place after the visit verb.
    func destination(of act: OpenAct, visit: ActEntry) -> String? {
        var visitAt = act.cueStart
        while visitAt < act.spanEnd, layers.words[visitAt]?.info.act?.id != visit.id { visitAt += 1 }
        return mentions.first { item in
            item.mention.range.lowerBound > visitAt && item.mention.range.upperBound <= act.spanEnd
                && ["Country", "Location"].contains(item.mention.kind ?? "")
        }?.mention.name
    }

    /// Topics in order, without repeats and without one whose words lie inside another's.
    func dedupe(_ topics: [String]) -> [String] {
        let keys = topics.map(Fold.key)
        var kept: [String] = []
        var seen: Set<String> = []
        for (index, topic) in topics.enumerated() where !seen.contains(keys[index]) {
            let words = " " + keys[index] + " "
            if keys.contains(where: { $0 != keys[index] && (" " + $0 + " ").contains(words) }) { continue }
            seen.insert(keys[index])
            kept.append(topic)
        }
        return kept
    }
}
