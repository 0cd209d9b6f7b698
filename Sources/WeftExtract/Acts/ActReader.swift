// Stage 6: the acts of a sentence — speech sets the speaker, frames set modality, verbs become acts.
import WeftModel

struct ActReader {
    let sentence: Sentence
    let lexicon: Lexicon
    let references: References
    let mentions: [(mention: Mention, entity: Int?)]
    let layers: SentenceLayers
    var state: ReadingState

    enum Scope { case none, purpose, list }

    var acts: [OpenAct] = []
    var frame: (entry: FrameEntry, subject: Referent, addressee: Referent?)?
    var speaker: Int?
    var scope = Scope.none
    var swallow = false
    /// After a verb of opinion (cho rằng): the rest of the sentence is its content, not acts.
    var inView = false
    var preTopicsEnd = 0

    init(sentence: Sentence, lexicon: Lexicon, references: References, state: ReadingState) {
        self.sentence = sentence
        self.lexicon = lexicon
        self.references = references
        self.mentions = references.mentions[sentence.number - 1]
        self.layers = SentenceLayers(sentence, mentions: mentions, lexicon: lexicon)
        self.state = state
    }

    /// Reads the sentence and returns its open acts (finished by `ActFinisher`) and the new state.
    mutating func read() -> [OpenAct] {
        let segments = segment()
        var initialPurposeOpen = false
        var beforeParen: Referent??
        for segment in segments {
            if segment.inParen {
                if beforeParen == nil { beforeParen = .some(state.lastSubject) }
            } else if let saved = beforeParen {
                state.lastSubject = saved
                beforeParen = nil
            }
            if segment.boundary == .semicolon { scope = .none; swallow = false }
            if segment.boundary == .and { swallow = false }
            if initialPurposeOpen, segment.boundary == .comma || segment.boundary == .semicolon {
                scope = .none
                initialPurposeOpen = false
            }
            let created = readSegment(segment, initialPurpose: &initialPurposeOpen)
            if inView { break }
            if !created {
                if segment.boundary == .semicolon, let frame, frame.entry.isFrame, scope == .none,
                   let lead = firstWord(segment), !layers.mentionStart[lead], !sentence.tokens[lead].isCapitalised
                {
                    openItem(segment, frame: frame)
                } else if !segment.inParen, let last = segment.range.last, layers.mentionAt[last] != nil,
                          let subject = explicitSubject(before: segment.range.upperBound, from: segment.range.lowerBound),
                          acts.isEmpty || segment.boundary == .start
                {
                    // "Chủ tịch A và Chủ tịch B (…) đã ký": a clause that is only its subject gives it to the next.
                    state.lastSubject = subject
                    if beforeParen != nil { beforeParen = .some(subject) }
                    preTopicsEnd = segment.range.upperBound
                } else if !acts.isEmpty {
                    acts[acts.count - 1].spanEnd = segment.range.upperBound
                    acts[acts.count - 1].bare = false
                } else {
                    preTopicsEnd = segment.range.upperBound
                }
            }
        }
        return acts
    }

    /// Splits at , ; : ( ) … and at "và" outside mentions.
    func segment() -> [Segment] {
        var segments: [Segment] = []
        var start = 0
        var boundary = Segment.Boundary.start
        var depth = 0
        for (index, token) in sentence.tokens.enumerated() {
            var next: Segment.Boundary?
            if !token.isWord, layers.mentionAt[index] != nil {
                continue  // Chủ tịch Quốc hội (QH) Nguyễn Văn An: brackets inside a name
            } else if !token.isWord {
                if token.key == ";" { next = .semicolon }
                else if [",", ":", "(", ")", "…", "."].contains(token.key) { next = .comma }
            } else if token.lower == "và", layers.mentionAt[index] == nil,
                      !(index > 0 && layers.mentionAt[index - 1] != nil && index + 1 < sentence.tokens.count && layers.mentionStart[index + 1])
            {
                // Nhật và Hàn Quốc (two actors joined) is one phrase, not two clauses.
                next = .and
            } else if Self.contrasts.contains(token.lower), layers.mentionAt[index] == nil {
                next = .and
            }
            guard let next else { continue }
            if index > start { segments.append(Segment(range: start..<index, boundary: boundary, inParen: depth > 0)) }
            if token.key == "(" { depth += 1 } else if token.key == ")" { depth = max(0, depth - 1) }
            // A later boundary never weakens a semicolon between the same clauses ("…;").
            if !(index == start && boundary == .semicolon) { boundary = next }
            start = index + 1
        }
        if start < sentence.tokens.count { segments.append(Segment(range: start..<sentence.tokens.count, boundary: boundary, inParen: depth > 0)) }
        return segments
    }

    /// Conjunctions that start a new clause like "và" (… với Mỹ nhưng Washington muốn …).
    static let contrasts: Set<String> = ["nhưng", "song", "trong khi", "còn"]

    func firstWord(_ segment: Segment) -> Int? {
        segment.range.first { sentence.tokens[$0].isWord }
    }

    /// The first token of the segment after adverbs, modal words and negation, and whether any were skipped.
    func lead(_ segment: Segment) -> (index: Int, afterAdverb: Bool) {
        var index = segment.range.lowerBound
        var skipped = false
        while index < segment.range.upperBound, let word = layers.words[index], !word.info.isHead,
              word.info.flags.contains(.adverb) || word.info.frame != nil || word.info.negation != nil
        {
            index += word.length
            skipped = true
        }
        return (index, skipped)
    }
}
