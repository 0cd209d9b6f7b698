// The citation behind a claim, as SPEC §5's cite(r) renders it: "title (date), sentence N: «evidence»".
import WeftModel

/// Where a claim was read. Every part may be missing; `text` leaves out what is unknown.
public struct Citation: Sendable, Hashable {
    /// The article's title, or its id when it has none.
    public var article: String?
    public var date: Day?
    public var sentence: Int?
    public var evidence: String?

    public init(article: String? = nil, date: Day? = nil, sentence: Int? = nil, evidence: String? = nil) {
        self.article = article
        self.date = date
        self.sentence = sentence
        self.evidence = evidence
    }

    /// `title (2021-04-20), sentence 3: «evidence»`; nil when nothing is known.
    public var text: String? {
        var out = article ?? ""
        if let date { out += out.isEmpty ? "(\(date))" : " (\(date))" }
        if let sentence { out += out.isEmpty ? "sentence \(sentence)" : ", sentence \(sentence)" }
        if let evidence { out += out.isEmpty ? "«\(evidence)»" : ": «\(evidence)»" }
        return out.isEmpty ? nil : out
    }

    /// Whether nothing is known: `text` would be nil.
    public var isEmpty: Bool { article == nil && date == nil && sentence == nil && evidence == nil }

    /// Appends `text`, escaped for `context` and unquoted, without building it first (a whole-graph
    /// export writes a million of these). The bytes are those of escaping `text` whole.
    func appendEscaped(_ context: DOTText.Context, to bytes: inout [UInt8]) {
        var started = false
        if let article {
            DOTText.appendEscaped(article, context, to: &bytes)
            started = !article.isEmpty
        }
        if let date {
            bytes.append(literal: started ? " (" : "(")
            date.appendISO(to: &bytes)
            bytes.append(UInt8(ascii: ")"))
            started = true
        }
        if let sentence {
            bytes.append(literal: started ? ", sentence " : "sentence ")
            if sentence >= 0 { bytes.append(decimal: sentence) } else { bytes.append(contentsOf: String(sentence).utf8) }
            started = true
        }
        if let evidence {
            bytes.append(literal: started ? ": «" : "«")
            DOTText.appendEscaped(evidence, context, to: &bytes)
            bytes.append(literal: "»")
        }
    }

    /// The title an Article node is cited by: its `title` property, else its name.
    public static func articleTitle(name: String, properties: [(key: String, value: Value)]) -> String {
        properties.first(where: { $0.key == "title" })?.value.stringValue ?? name
    }
}
