// The node side of a generated graph: every kind's names, aliases and typed properties, built
// deterministically from (claims, seed) before any line is written.

/// A node of the generated graph: its kind and its 0-based index within that kind (id = index + 1).
struct Ref: Equatable {
    var kind: GenKind
    var index: Int32

    init(_ kind: GenKind, _ index: Int) { self.kind = kind; self.index = Int32(index) }
}

struct NodeTable {
    let kind: GenKind
    var names: [String] = []
    var escaped: [[UInt8]] = []
    var chars: [Int] = []
    var aliases: [[String]] = []
    /// Pre-rendered `,"key":value` property fragments (empty for most nodes).
    var props: [[UInt8]] = []
    private var seen: Set<String> = []

    init(kind: GenKind) { self.kind = kind }

    var count: Int { names.count }

    func contains(_ name: String) -> Bool { seen.contains(name) }

    mutating func add(_ name: String, aliases: [String] = [], props: [UInt8] = []) {
        precondition(!seen.contains(name), "duplicate \(kind.rawValue) name \(name)")
        seen.insert(name)
        names.append(name)
        escaped.append(JSONBytes.escape(name))
        chars.append(name.count)
        self.aliases.append(aliases)
        self.props.append(props)
    }

    /// Adds `count` unique names drawn by `draw(rng, attempt)`; a later attempt should draw from a
    /// larger space, and after 12 attempts a number is appended ("… 2", "… 3").
    mutating func fill(to count: Int, rng: inout SplitMix64,
                       draw: (inout SplitMix64, Int) -> String,
                       decorate: (inout SplitMix64, String) -> ([String], [UInt8])) {
        while names.count < count {
            var name = ""
            var attempt = 0
            while true {
                name = draw(&rng, attempt)
                if !seen.contains(name) { break }
                attempt += 1
                if attempt >= 12 {
                    var n = 2
                    while seen.contains("\(name) \(n)") { n += 1 }
                    name = "\(name) \(n)"
                    break
                }
            }
            let (aliases, props) = decorate(&rng, name)
            add(name, aliases: aliases, props: props)
        }
    }
}

/// The sizes of a generated graph, all derived from the number of claims.
public struct GraphShape: Sendable, Equatable {
    public var persons: Int
    public var countries: Int
    public var organizations: Int
    public var groups: Int
    public var locations: Int
    public var topics: Int
    /// Articles carrying ordinary claims, plus the island articles.
    public var articles: Int
    /// Whether the 6-person island chain (for reachability queries) is present.
    public var island: Bool

    static let islandPersons = 6
    static let islandArticles = 5
    static let islandEdgesPerArticle = 3

    public init(claims n: Int) {
        island = n >= 200
        let actors = max(40, n / 20)
        countries = min(Vocabulary.countries.count, max(6, actors / 10))
        persons = max(12, actors * 62 / 100) + (island ? GraphShape.islandPersons : 0)
        groups = max(3, actors * 7 / 100)
        organizations = max(8, actors - (persons - (island ? GraphShape.islandPersons : 0)) - groups - countries)
        locations = max(12, n / 100)
        topics = max(12, n / 50)
        let ordinary = n - (island ? GraphShape.islandArticles * GraphShape.islandEdgesPerArticle : 0)
        articles = (ordinary > 0 ? max(1, ordinary / 8) : 0) + (island ? GraphShape.islandArticles : 0)
    }
}

struct NodeSet {
    var persons = NodeTable(kind: .person)
    var countries = NodeTable(kind: .country)
    var organizations = NodeTable(kind: .organization)
    var groups = NodeTable(kind: .group)
    var locations = NodeTable(kind: .location)
    var topics = NodeTable(kind: .topic)
    /// Indices of organisations that are IGOs (objects of MEMBER_OF for countries).
    var igos: [Int] = []
    /// Person titles ("Thủ tướng") escaped, with their character counts; empty when none.
    var titleEscaped: [[UInt8]] = []
    var titleChars: [Int] = []
    /// URL slugs of every actor, location and topic, by kind.
    var slugs: [GenKind: [[UInt8]]] = [:]

    func table(_ kind: GenKind) -> NodeTable {
        switch kind {
        case .person: persons
        case .country: countries
        case .organization: organizations
        case .group: groups
        case .location: locations
        case .topic: topics
        case .article: preconditionFailure("articles are not in the node set")
        }
    }

    init(shape: GraphShape, seed: UInt64) {
        buildPersons(shape, seed)
        buildCountries(shape)
        buildOrganizations(shape, seed)
        buildGroups(shape, seed)
        buildLocations(shape, seed)
        buildTopics(shape, seed)
        for kind in [GenKind.person, .country, .organization, .group, .location, .topic] {
            slugs[kind] = table(kind).names.map { Array(foldName($0).replacingOccurrences(of: " ", with: "-").utf8) }
        }
    }

    private static func weighted(_ items: [(String, Int)]) -> (WeightedChoice, [String]) {
        (WeightedChoice(items.map(\.1)), items.map(\.0))
    }

    private mutating func buildPersons(_ shape: GraphShape, _ seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: 1, salt: 2)
        let (surnameChoice, surnames) = NodeSet.weighted(Vocabulary.surnames)
        let middles = Vocabulary.middles, givens = Vocabulary.givens
        var titles: [Int] = []
        persons.fill(to: shape.persons, rng: &rng, draw: { rng, attempt in
            if rng.chance(8) {
                let f = Vocabulary.foreignNames[rng.below(Vocabulary.foreignNames.count)]
                let family = rng.pick(f.families), given = rng.pick(f.givens)
                return f.familyFirst ? "\(family) \(given)" : "\(given) \(family)"
            }
            let surname = surnames[surnameChoice.draw(&rng)]
            let given = rng.pick(givens)
            if attempt < 3 && rng.chance(6) { return "\(surname) \(given)" }
            if attempt >= 3 || rng.chance(12) {
                return "\(surname) \(rng.pick(middles)) \(rng.pick(middles)) \(given)"
            }
            return "\(surname) \(rng.pick(middles)) \(given)"
        }, decorate: { rng, name in
            var props = JSONBytes()
            var aliases: [String] = []
            var title = -1
            if rng.chance(50) {
                title = rng.below(Vocabulary.personTitles.count)
                props.raw(",\"title\":"); props.string(Vocabulary.personTitles[title])
                if rng.chance(30) { aliases.append("\(Vocabulary.personTitles[title]) \(name)") }
            }
            if rng.chance(30) {
                props.raw(",\"born\":"); props.date(days: days(fromCivil: 1940, 1, 1) + rng.below(56 * 365))
            }
            if rng.chance(20) { props.raw(",\"verified\":"); props.raw(rng.chance(80) ? "true" : "false") }
            if rng.chance(15) {
                let folded = foldName(name)
                if folded != name { aliases.append(folded) }
            }
            titles.append(title)
            return (aliases, props.bytes)
        })
        for t in titles {
            if t < 0 { titleEscaped.append([]); titleChars.append(0) } else {
                titleEscaped.append(JSONBytes.escape(Vocabulary.personTitles[t]))
                titleChars.append(Vocabulary.personTitles[t].count)
            }
        }
    }

    private mutating func buildCountries(_ shape: GraphShape) {
        for (name, iso, aliases) in Vocabulary.countries.prefix(shape.countries) {
            var props = JSONBytes()
            props.raw(",\"iso\":"); props.string(iso)
            props.raw(",\"asean\":"); props.raw(Vocabulary.aseanISO.contains(iso) ? "true" : "false")
            countries.add(name, aliases: aliases, props: props.bytes)
        }
    }

    private mutating func buildOrganizations(_ shape: GraphShape, _ seed: UInt64) {
        for (name, aliases, igo) in Vocabulary.organizations.prefix(shape.organizations) {
            if igo { igos.append(organizations.count) }
            organizations.add(name, aliases: aliases)
        }
        var rng = SplitMix64(seed: seed, stream: 3, salt: 2)
        let brands = Vocabulary.brandSyllables, provinces = Vocabulary.provinces
        organizations.fill(to: shape.organizations, rng: &rng, draw: { rng, attempt in
            while true {
                let name: String
                if rng.chance(15) {
                    name = "\(rng.pick(Vocabulary.provinceOrgPrefixes)) \(rng.pick(provinces))"
                } else {
                    let a = rng.pick(brands)
                    var b = rng.pick(brands)
                    if a == b { b = brands[((brands.firstIndex(of: a) ?? 0) + 1) % brands.count] }
                    let base = "\(rng.pick(Vocabulary.orgPrefixes)) \(a) \(b)"
                    name = attempt >= 2 || rng.chance(40) ? "\(base) \(rng.pick(provinces))" : base
                }
                if name.count <= 40 { return name }
            }
        }, decorate: { rng, name in
            var props = JSONBytes()
            var aliases: [String] = []
            if rng.chance(40) { props.raw(",\"founded\":"); props.date(days: days(fromCivil: 1945, 1, 1) + rng.below(75 * 365)) }
            if rng.chance(30) { props.raw(",\"employees\":"); props.int(20 + rng.below(50_000)) }
            if rng.chance(30) {
                props.raw(",\"sectors\":")
                let a = rng.pick(Vocabulary.sectors), b = rng.pick(Vocabulary.sectors)
                props.stringList(a == b ? [a] : [a, b])
            }
            if rng.chance(20) { props.raw(",\"listed\":"); props.raw(rng.chance(50) ? "true" : "false") }
            if rng.chance(12) { aliases.append(foldName(name)) }
            return (aliases, props.bytes)
        })
    }

    private mutating func buildGroups(_ shape: GraphShape, _ seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: 4, salt: 2)
        let places = Vocabulary.countries.map(\.0) + Vocabulary.provinces
        groups.fill(to: shape.groups, rng: &rng, draw: { rng, attempt in
            if attempt >= 2 || rng.chance(35) {
                return "\(rng.pick(Vocabulary.groupSectorNouns)) \(rng.pick(Vocabulary.sectors)) \(rng.pick(places))"
            }
            return "\(rng.pick(Vocabulary.groupNouns)) \(rng.pick(places))"
        }, decorate: { rng, name in
            var props = JSONBytes()
            if rng.chance(30) { props.raw(",\"size\":"); props.int(10 + rng.below(200_000)) }
            let aliases = rng.chance(10) ? ["các \(name)"] : []
            return (aliases, props.bytes)
        })
    }

    private mutating func buildLocations(_ shape: GraphShape, _ seed: UInt64) {
        let fixed = Vocabulary.provinces.map { ($0, [String]()) } + Vocabulary.places
        for (name, aliases) in fixed.prefix(shape.locations) { locations.add(name, aliases: aliases) }
        var rng = SplitMix64(seed: seed, stream: 5, salt: 2)
        let brands = Vocabulary.brandSyllables
        locations.fill(to: shape.locations, rng: &rng, draw: { rng, attempt in
            let a = rng.pick(brands)
            var b = rng.pick(brands)
            if a == b { b = brands[((brands.firstIndex(of: a) ?? 0) + 1) % brands.count] }
            let base = "\(rng.pick(Vocabulary.placeTypes)) \(a) \(b)"
            return attempt >= 1 || rng.chance(50) ? "\(base), \(rng.pick(Vocabulary.provinces))" : base
        }, decorate: { rng, _ in
            var props = JSONBytes()
            if rng.chance(40) {
                props.raw(",\"lat\":"); props.fixed(85_000 + rng.below(149_000), digits: 4)
                props.raw(",\"lon\":"); props.fixed(1_020_000 + rng.below(75_000), digits: 4)
            }
            if rng.chance(25) { props.raw(",\"population\":"); props.int(1_000 + rng.below(500_000)) }
            return ([], props.bytes)
        })
    }

    private mutating func buildTopics(_ shape: GraphShape, _ seed: UInt64) {
        for name in Vocabulary.topics.prefix(shape.topics) { topics.add(name) }
        var rng = SplitMix64(seed: seed, stream: 6, salt: 2)
        let countries = Vocabulary.countries.map(\.0)
        topics.fill(to: shape.topics, rng: &rng, draw: { rng, attempt in
            while true {
                let base = "\(rng.pick(Vocabulary.topicDomains)) \(rng.pick(Vocabulary.topicQualifiers))"
                if attempt == 0 && rng.chance(30) { return base }
                let place = rng.chance(50) ? "tại \(rng.pick(Vocabulary.provinces))" : "với \(rng.pick(countries))"
                if attempt < 4 && rng.chance(70) { return "\(base) \(place)" }
                let y = 2000 + rng.below(30)
                let name = "\(base) \(place) giai đoạn \(y)-\(y + 5)"
                if name.count <= 64 { return name }
            }
        }, decorate: { rng, _ in
            var props = JSONBytes()
            if rng.chance(20) {
                props.raw(",\"keywords\":")
                props.stringList([rng.pick(Vocabulary.sectors), rng.pick(Vocabulary.topicQualifiers)])
            }
            return ([], props.bytes)
        })
    }
}
