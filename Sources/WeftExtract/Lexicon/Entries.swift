// The kinds of lexicon entry the stages look up: act verbs, frames and modal words, function words.
import WeftModel

public enum ActKind: String, Sendable {
    /// A verb whose complement may hold further verbs.
    case act
    /// Praise, thanks, welcome: the complement is a noun phrase running over the commas after it.
    case praise
    /// A visit: the topic is "thăm" + the destination.
    case visit
    /// Both parties act (điện đàm, hội đàm, gặp).
    case symmetric
    /// A standing relation (đối tác chiến lược), not an event: PARTNER_OF, modality background.
    case state
}

public struct ActEntry: Sendable {
    public let id: String
    public let kind: ActKind
    /// Codes when the act is realised, requested, and promised or agreed.
    public let cameo: String?
    public let request: String?
    public let intent: String?
}

public struct FrameEntry: Sendable {
    public let id: String
    /// A frame opens a scope over the rest of the sentence; a modal word (sẽ, đã) only sets the
    /// modality of the next verb.
    public let isFrame: Bool
    public let modality: Modality
    public let cameo: String?
    /// An elided subject is the speaker (who asks, who hopes).
    public let attitude: Bool
    /// The actor right after the frame is the party asked.
    public let addressee: Bool
}

enum SyntaxFlag: String, Sendable {
    case adverb, light, cut, purpose, list, nominal, classifier, modifier, plain
}

enum SpeechKind: Sendable {
    case speech, light
    /// An opinion (cho rằng, đồng ý là): sets the speaker; what follows is not coded as acts.
    case view
}

/// Everything the word layer knows about one phrase (a phrase may be, say, both cut and purpose).
struct WordInfo: Sendable {
    var act: ActEntry?
    var frame: FrameEntry?
    var speech: (id: String, kind: SpeechKind)?
    var negation: (id: String, negates: Bool)?
    var flags: Set<SyntaxFlag> = []

    var isHead: Bool { act != nil || (frame?.isFrame ?? false) || speech != nil }

    static func merge(_ a: WordInfo, _ b: WordInfo) -> WordInfo {
        var out = a
        out.act = b.act ?? a.act
        out.frame = b.frame ?? a.frame
        out.speech = b.speech ?? a.speech
        out.negation = b.negation ?? a.negation
        out.flags.formUnion(b.flags)
        return out
    }
}

public enum CollectiveRef: String, Sendable {
    /// The two persons the article is about (hai Thủ tướng, hai nhà lãnh đạo).
    case leaders
    /// The two countries (hai bên, hai nước).
    case countries
    /// The country named next (phía Nhật Bản).
    case side
    /// The other country, seen from the speaker (nước bạn).
    case counterpart
}

enum TitleKind: String, Sendable {
    case title, honorific, modifier
}
