// What the acts stage finds: who did what to whom, about what, how asserted, and by which rule.
import WeftModel

public struct Act: Sendable {
    public var sentence: Int
    public var subject: Referent
    /// The actor acted on (the party asked, praised, aided), when there is one.
    public var object: Int?
    /// Further actors and places the act names (venues: tại Liên hợp quốc, ASEAN).
    public var extraObjects: [Int] = []
    public var topics: [String] = []
    public var cameo: String?
    public var type: String
    public var modality: Modality
    public var negated: Bool
    /// The entity through whose speech the act is reported.
    public var speaker: Int?
    public var evidence: String
    public var rule: String
}

/// One clause of a sentence: tokens `range`, and what separated it from the clause before.
struct Segment {
    enum Boundary { case start, comma, semicolon, and }
    let range: Range<Int>
    let boundary: Boundary
    /// Inside brackets: an aside, whose acts do not become the subject of the clauses after it.
    var inParen = false
}

/// The word layer of a sentence: for each token, the lexicon phrase starting there (if any), and the
/// mention covering it (if any).
struct SentenceLayers {
    let words: [(length: Int, info: WordInfo)?]
    let mentionAt: [Int?]
    let mentionStart: [Bool]

    init(_ sentence: Sentence, mentions: [(mention: Mention, entity: Int?)], lexicon: Lexicon) {
        let count = sentence.tokens.count
        var mentionAt = [Int?](repeating: nil, count: count)
        var mentionStart = [Bool](repeating: false, count: count)
        for (index, item) in mentions.enumerated() {
            for token in item.mention.range { mentionAt[token] = index }
            mentionStart[item.mention.range.lowerBound] = true
        }
        var words = [(length: Int, info: WordInfo)?](repeating: nil, count: count)
        var index = 0
        while index < count {
            if let m = mentionAt[index] {
                index = mentions[m].mention.range.upperBound
                continue
            }
            if sentence.tokens[index].isWord, let match = lexicon.words.longest(in: sentence.tokens, at: index),
               !(index..<(index + match.length)).contains(where: { mentionAt[$0] != nil })
            {
                words[index] = (match.length, match.value)
                index += match.length
            } else {
                index += 1
            }
        }
        self.words = words
        self.mentionAt = mentionAt
        self.mentionStart = mentionStart
    }
}
