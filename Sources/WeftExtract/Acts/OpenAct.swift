// An act while its sentence is still being read: where its cue is, how far its clause runs.
import WeftModel

struct OpenAct {
    var subject: Referent
    var frame: FrameEntry?
    var verb: ActEntry?
    var verbRange: Range<Int>?
    /// From the first cue word (frame, or verb) to the end of the act's own clause.
    var cueStart: Int
    var cueEnd: Int
    var spanEnd: Int
    var addressee: Referent?
    var modality: Modality
    var negated: Bool
    var speaker: Int?
    /// The clause holds nothing after the verb (hợp tác | và hỗ trợ …): the next verb joins this act.
    var bare = false
    /// The act is an item of a frame's list with no verb of its own (nhất trí …; tổ chức …).
    var item = false
    var extraTopicsFrom: Int?
    var ruleParts: [String]
}

/// The state carried across the clauses of one sentence and into the next sentence.
struct ReadingState {
    var lastSubject: Referent?
    /// The speaker of the previous sentence, who may still be speaking (reported speech goes on).
    var carriedSpeaker: Int?
}
