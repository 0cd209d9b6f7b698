// The lexicon: graphs/lexicon/*.tsv and graphs/gazetteer.jsonl, read once and shared by the stages.
import Foundation
import WeftModel
import WeftText


/// Every word list the pipeline uses. Load it with `Lexicon.load(graphs:)` from the graphs/ folder.
public struct Lexicon: Sendable {
    var words = PhraseTable<WordInfo>()
    var topics = PhraseTable<String>()
    var titles = PhraseTable<TitleKind>()
    var collectives = PhraseTable<(ref: CollectiveRef, id: String)>()
    var organisationPrefixes = PhraseTable<String>()
    var groups = PhraseTable<String>()
    var familyNames: Set<String> = []
    var notAcronyms: Set<String> = []
    var notNames = PhraseTable<Bool>(byFold: false)
    public var gazetteer = Gazetteer()

    /// Reads graphs/lexicon/*.tsv and graphs/gazetteer.jsonl under `graphs`.
    public static func load(graphs: URL) throws(LexiconError) -> Lexicon {
        let folder = graphs.appendingPathComponent("lexicon")
        var lexicon = Lexicon()
        for row in try TSV.rows("acts.tsv", in: folder) {
            guard let id = row["id"], let cue = row["cue"], let kind = ActKind(rawValue: row["kind"] ?? "") else { continue }
            let entry = ActEntry(id: id, kind: kind, cameo: code(row["cameo"]), request: code(row["request"]), intent: code(row["intent"]))
            lexicon.words.add(cue, WordInfo(act: entry), merge: WordInfo.merge)
        }
        for row in try TSV.rows("modality.tsv", in: folder) {
            guard let id = row["id"], let cue = row["cue"], let modality = Modality(name: row["modality"] ?? "") else { continue }
            let entry = FrameEntry(id: id, isFrame: row["kind"] == "frame", modality: modality, cameo: code(row["cameo"]),
                                   attitude: row["attitude"] == "yes", addressee: row["addressee"] == "yes")
            lexicon.words.add(cue, WordInfo(frame: entry), merge: WordInfo.merge)
        }
        for row in try TSV.rows("speech.tsv", in: folder) {
            guard let id = row["id"], let cue = row["cue"] else { continue }
            lexicon.words.add(cue, WordInfo(speech: (id, row["kind"] == "light" ? .light : row["kind"] == "view" ? .view : .speech)), merge: WordInfo.merge)
        }
        for row in try TSV.rows("negation.tsv", in: folder) {
            guard let id = row["id"], let cue = row["cue"] else { continue }
            lexicon.words.add(cue, WordInfo(negation: (id, row["kind"] == "neg")), merge: WordInfo.merge)
        }
        for row in try TSV.rows("syntax.tsv", in: folder) {
            guard let word = row["word"], let flag = SyntaxFlag(rawValue: row["kind"] ?? "") else { continue }
            lexicon.words.add(word, WordInfo(flags: [flag]), merge: WordInfo.merge)
        }
        for row in try TSV.rows("topics.tsv", in: folder) {
            if let topic = row["topic"] { lexicon.topics.add(topic, Normaliser.normalise(topic)) }
        }
        for row in try TSV.rows("titles.tsv", in: folder) {
            guard let title = row["title"], let kind = TitleKind(rawValue: row["kind"] ?? "") else { continue }
            lexicon.titles.add(title, kind)
        }
        for row in try TSV.rows("collectives.tsv", in: folder) {
            guard let cue = row["cue"], let ref = CollectiveRef(rawValue: row["refers"] ?? "") else { continue }
            lexicon.collectives.add(cue, (ref, "ref." + ref.rawValue))
        }
        for row in try TSV.rows("organisations.tsv", in: folder) {
            if let prefix = row["prefix"] { lexicon.organisationPrefixes.add(prefix, prefix) }
        }
        for row in try TSV.rows("groups.tsv", in: folder) {
            if let noun = row["noun"] { lexicon.groups.add(noun, noun) }
        }
        for row in try TSV.rows("familynames.tsv", in: folder) {
            if let name = row["name"] { lexicon.familyNames.insert(Fold.key(name)) }
        }
        for row in try TSV.rows("not-acronyms.tsv", in: folder) {
            if let word = row["word"] { lexicon.notAcronyms.insert(Fold.key(word)) }
        }
        for row in try TSV.rows("not-names.tsv", in: folder) {
            if let word = row["word"] { lexicon.notNames.add(word, true) }
        }
        lexicon.gazetteer = try Gazetteer.load(graphs.appendingPathComponent("gazetteer.jsonl"))
        return lexicon
    }

    private static func code(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text != "-" else { return nil }
        return text
    }
}
