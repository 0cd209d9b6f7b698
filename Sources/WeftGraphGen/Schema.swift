// The relation types of graphs/schema/relations.tsv with their signatures, in the byte-level form
// the generator writes fast; SchemaTableTests checks the table against WeftModel's schema.

public enum GenKind: String, CaseIterable, Sendable {
    case person = "Person", country = "Country", organization = "Organization", group = "Group"
    case location = "Location", topic = "Topic", article = "Article"

    public static let actors: Set<GenKind> = [.person, .country, .organization, .group]

    /// The prefix of this kind's node ids ("p12", "c3", "a99").
    public var idPrefix: String {
        switch self {
        case .person: "p"
        case .country: "c"
        case .organization: "o"
        case .group: "g"
        case .location: "l"
        case .topic: "t"
        case .article: "a"
        }
    }
}

public struct GenRelation: Sendable {
    public let name: String
    public let isAct: Bool
    public let symmetric: Bool
    public let subjects: Set<GenKind>
    public let objects: Set<GenKind>

    public func allows(subject: GenKind, object: GenKind) -> Bool {
        subjects.contains(subject) && objects.contains(object)
    }
}

public enum GenSchema {
    static let actor = GenKind.actors
    static let actObjects: Set<GenKind> = GenKind.actors.union([.location, .topic])

    private static func act(_ name: String, symmetric: Bool = false) -> GenRelation {
        GenRelation(name: name, isAct: true, symmetric: symmetric, subjects: actor, objects: actObjects)
    }

    /// The 23 act types, in the order of relations.tsv.
    public static let acts: [GenRelation] = [
        act("STATES"), act("PROPOSES"), act("PLEDGES"), act("AGREES", symmetric: true),
        act("CONSULTS", symmetric: true), act("PHONES", symmetric: true), act("VISITS"), act("HOSTS"),
        act("PRAISES"), act("COOPERATES"), act("SIGNS"), act("INVESTS"), act("SUPPORTS"), act("YIELDS"),
        act("INVESTIGATES"), act("DEMANDS"), act("CRITICIZES"), act("REJECTS"), act("THREATENS"),
        act("PROTESTS"), act("COERCES"), act("REDUCES_RELATIONS"), act("ATTACKS"),
    ]

    public static let leads = GenRelation(name: "LEADS", isAct: false, symmetric: false,
                                          subjects: [.person], objects: [.country, .organization, .group])
    public static let memberOf = GenRelation(name: "MEMBER_OF", isAct: false, symmetric: false,
                                             subjects: actor, objects: [.organization])
    public static let partOf = GenRelation(name: "PART_OF", isAct: false, symmetric: false,
                                           subjects: actor.union([.location]),
                                           objects: [.country, .organization, .location])
    public static let partnerOf = GenRelation(name: "PARTNER_OF", isAct: false, symmetric: true,
                                              subjects: actor, objects: actor)
    public static let mentions = GenRelation(name: "MENTIONS", isAct: false, symmetric: false,
                                             subjects: [.article],
                                             objects: Set(GenKind.allCases).subtracting([.article]))

    public static let structural: [GenRelation] = [leads, memberOf, partOf, partnerOf, mentions]
    public static let all: [GenRelation] = acts + structural

    public static func relation(named name: String) -> GenRelation? { all.first { $0.name == name } }
}
