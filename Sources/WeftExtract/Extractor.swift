// The pipeline: normalise → sentences → tokens → mentions → references → acts → claims.
import Foundation
import WeftModel

public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let schema: Schema

    public init(lexicon: Lexicon, schema: Schema = .bundled) {
        self.lexicon = lexicon
        self.schema = schema
    }

    /// Reads graphs/ (found as `Extractor.graphsFolder()` does) and builds an extractor.
    public init(graphs: URL, schema: Schema = .bundled) throws(LexiconError) {
        self.init(lexicon: try Lexicon.load(graphs: graphs), schema: schema)
    }

    /// The article's sentences, mentions, references and acts, for tests and `--format tsv`.
    public func analyse(_ article: ArticleText) -> (sentences: [Sentence], references: References, acts: [Act]) {
        let sentences = SentenceSplitter.sentences(in: article.body)
        let references = References(sentences: sentences.map { MentionFinder.mentions(in: $0, lexicon: lexicon) }, lexicon: lexicon)
        var state = ReadingState()
        var acts: [Act] = []
        for sentence in sentences {
            var reader = ActReader(sentence: sentence, lexicon: lexicon, references: references, state: state)
            let open = reader.read()
            acts += reader.finish(open, schema: schema)
            state = reader.state
        }
        return (sentences, references, acts)
    }

    public func extract(_ article: ArticleText) -> ArticleGraph {
        let (sentences, references, acts) = analyse(article)
        return ClaimBuilder(article: article, references: references, schema: schema).build(acts, sentences: sentences.map(\.text))
    }

    /// graphs/ from $WEFT_HOME, else walking up from `executable`, else from the working folder.
    public static func graphsFolder(executable: String = CommandLine.arguments[0]) -> URL? {
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["WEFT_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return candidates.map { $0.appendingPathComponent("graphs") }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("lexicon/acts.tsv").path) }
    }
}
