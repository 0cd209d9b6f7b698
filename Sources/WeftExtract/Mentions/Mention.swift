// What the mention stage finds: a span of tokens naming an actor, a place, or a collective reference.

public struct Mention: Sendable {
    /// Token indices in the sentence.
    public let range: Range<Int>
    /// The kind of node it names: Person, Country, Organization, Location, Group; nil for a
    /// collective reference or a bare title (resolved by the references stage).
    public let kind: String?
    /// The canonical name (the gazetteer's, or the name as written).
    public let name: String
    /// Other names this mention shows (title + name, the surface with "các").
    public let aliases: [String]
    public let gazetteerID: String?
    public let title: String?
    /// The gazetteer id of the country written with it (Thủ tướng Nhật Bản X, doanh nghiệp Nhật Bản).
    public let country: String?
    public let collective: CollectiveRef?
    /// The rule that found it.
    public let rule: String

    init(range: Range<Int>, kind: String?, name: String, aliases: [String] = [], gazetteerID: String? = nil,
         title: String? = nil, country: String? = nil, collective: CollectiveRef? = nil, rule: String) {
        self.range = range
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.gazetteerID = gazetteerID
        self.title = title
        self.country = country
        self.collective = collective
        self.rule = rule
    }
}
