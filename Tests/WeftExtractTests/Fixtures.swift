// The project's lexicon and a one-call extractor for the stage tests.
import Foundation
import WeftTestSupport
@testable import WeftExtract

enum Fixtures {
    static let graphs = Paths.repository.appendingPathComponent("graphs")
    static let lexicon: Lexicon = {
        do { return try Lexicon.load(graphs: graphs) } catch { fatalError("lexicon: \(error)") }
    }()
    static let extractor = Extractor(lexicon: lexicon)

    static func sentence(_ text: String) -> Sentence {
        let normal = Normaliser.normalise(text)
        return Sentence(number: 1, text: normal, tokens: Tokenizer.tokens(in: normal))
    }

    static func mentions(_ text: String) -> [String] {
        MentionFinder.mentions(in: sentence(text), lexicon: lexicon).map { "\($0.kind ?? "-"):\($0.name)" }
    }

    /// The acts of `text` as "TYPE subject → object cameo modality [negated]" lines.
    static func acts(_ text: String) -> [String] {
        let article = ArticleText(stem: "t", text: text)
        let (_, references, acts) = extractor.analyse(article)
        return acts.map { act in
            let subject = references.entities[act.subject.first].name
            let object = act.object.map { references.entities[$0].name } ?? "-"
            let speaker = act.speaker.map { " (\(references.entities[$0].name))" } ?? ""
            return "\(act.type) \(subject) → \(object) \(act.cameo ?? "-") \(act.modality.name)\(act.negated ? " negated" : "")\(speaker)"
        }
    }
}
