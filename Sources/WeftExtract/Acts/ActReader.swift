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
        for segment in segments {
            if segment.boundary == .semicolon { scope = .none; swallow = false }
            if segment.boundary == .and { swallow = false }
            if initialPurposeOpen, segment.boundary == .comma || segment.boundary == .semicolon {
                scope = .none
                initialPurposeOpen = false
            }
            let created = readSegment(segment, initialPurpose: &initialPurposeOpen)
            if !created {
                if segment.boundary == .semicolon, let frame, frame.entry.isFrame, scope == .none,
                   let lead = firstWord(segment), !layers.mentionStart[lead], !sentence.tokens[lead].isCapitalised
                {
                    openItem(segment, frame: frame)
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
        for (index, token) in sentence.tokens.enumerated() {
            var next: Segment.Boundary?
            if !token.isWord {
                if token.key == ";" { next = .semicolon }
                else if [",", ":", "(", ")", "…", "."].contains(token.key) { next = .comma }
            } else if token.lower == "và", layers.mentionAt[index] == nil {
                next = .and
            }
            guard let next else { continue }
            if index > start { segments.append(Segment(range: start..<index, boundary: boundary)) }
            // A later boundary never weakens a semicolon between the same clauses ("…;").
            if !(index == start && boundary == .semicolon) { boundary = next }
            start = index + 1
        }
        if start < sentence.tokens.count { segments.append(Segment(range: start..<sentence.tokens.count, boundary: boundary)) }
        return segments
    }

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
