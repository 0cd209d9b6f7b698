// Nodes and claims as whole records: what import reads, export writes and extraction emits.

/// A node with everything it carries. `id` is the external id, stable across import and export.
public struct NodeRecord: Equatable, Sendable {
    public var id: String
    public var kind: KindID
    /// Canonical name, NFC.
    public var name: String
    /// Other names, NFC, in the order they were given.
    public var aliases: [String]
    /// Typed properties other than `name` and `aliases`, sorted by key.
    public var properties: [(key: String, value: Value)]

    public init(id: String, kind: KindID, name: String, aliases: [String] = [], properties: [(key: String, value: Value)] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.properties = properties
    }

    public static func == (a: NodeRecord, b: NodeRecord) -> Bool {
        a.id == b.id && a.kind == b.kind && a.name == b.name && a.aliases == b.aliases
            && a.properties.elementsEqual(b.properties, by: { $0.key == $1.key && $0.value == $1.value })
    }
}

/// An edge — one claim — with its provenance (SPEC §1). Node references are external ids.
public struct ClaimRecord: Equatable, Sendable {
    public var id: String
    public var type: RelationTypeID
    public var subject: String
    public var object: String
    /// The id of the Article node the claim was read from.
    public var article: String?
    /// 1-based sentence number in the article.
    public var sentence: Int?
    /// The shortest verbatim span carrying the claim, NFC.
    public var evidence: String?
    public var cameo: String?
    public var modality: Modality?
    public var negated: Bool
    /// The name of the person through whose speech the act is reported.
    public var speaker: String?
    public var date: Day?
    /// Shared by all edges extracted from one act.
    public var claim: String?
    /// The extraction rule that produced the claim.
    public var rule: String?
    /// Any further properties, sorted by key.
    public var properties: [(key: String, value: Value)]

    public init(id: String, type: RelationTypeID, subject: String, object: String, article: String? = nil,
                sentence: Int? = nil, evidence: String? = nil, cameo: String? = nil, modality: Modality? = nil,
                negated: Bool = false, speaker: String? = nil, date: Day? = nil, claim: String? = nil,
                rule: String? = nil, properties: [(key: String, value: Value)] = []) {
        self.id = id
        self.type = type
        self.subject = subject
        self.object = object
        self.article = article
        self.sentence = sentence
        self.evidence = evidence
        self.cameo = cameo
        self.modality = modality
        self.negated = negated
        self.speaker = speaker
        self.date = date
        self.claim = claim
        self.rule = rule
        self.properties = properties
    }

    /// The names of the provenance fields, which are columns of their own in storage.
    public static let provenanceKeys: Set<String> = [
        "article", "sentence", "evidence", "cameo", "modality", "negated", "speaker", "date", "claim", "rule",
    ]

    public static func == (a: ClaimRecord, b: ClaimRecord) -> Bool {
        a.id == b.id && a.type == b.type && a.subject == b.subject && a.object == b.object
            && a.article == b.article && a.sentence == b.sentence && a.evidence == b.evidence
            && a.cameo == b.cameo && a.modality == b.modality && a.negated == b.negated
            && a.speaker == b.speaker && a.date == b.date && a.claim == b.claim && a.rule == b.rule
            && a.properties.elementsEqual(b.properties, by: { $0.key == $1.key && $0.value == $1.value })
    }
}
