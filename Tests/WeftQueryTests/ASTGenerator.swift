// A seeded generator of random ASTs for the printer round-trip property test.
import WeftQuery

/// SplitMix64: tiny, fast and the same on every platform, so a failing seed reproduces.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds statements the grammar can express (non-negative literals, valid hop forms), with
/// names that need quoting and strings that need escaping mixed in.
struct ASTGenerator {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    static let names = ["a", "b", "c_1", "bộ_trưởng", "chủ_đề", "Person", "SUPPORTS", "x", "tên",
                        "has space", "match", "with`tick", "日本", "_hidden", "ORDER", "Đức"]
    static let strings = ["", "Nhật Bản", "a \"quoted\" word", "back\\slash", "line\nbreak", "tab\there",
                          "nhật*", "«evidence»", "'single'", "\u{7}bell", "😀 emoji", "Phạm Minh Chính"]

    mutating func name() -> Name { Name(pick(Self.names)) }

    mutating func statement() -> Statement {
        switch count(0...9) {
        case 0: return Statement(mode: pick([nil, .explain, .profile]), body: .describe(
            Describe(node: node(), depth: chance(50) ? count(1...2) : nil, export: export())))
        case 1: return Statement(mode: pick([nil, .explain]), body: .run(
            Run(name: name(), arguments: (0..<count(0...3)).map { _ in expression(2) }, export: export())))
        case 2: return Statement(body: .defineQuery(DefineQuery(
            name: name(), parameters: (0..<count(0...2)).map { _ in name() }, query: query())))
        case 3: return Statement(body: .defineRelation(DefineRelation(
            name: name(), subject: name(), object: name(), path: path(), predicate: chance(50) ? expression(2) : nil)))
        default: return Statement(mode: pick([nil, nil, .explain, .profile]), body: .query(query()))
        }
    }

    mutating func export() -> Export? {
        chance(30) ? Export(format: pick(ExportFormat.allCases), file: chance(50) ? pick(Self.strings) : nil) : nil
    }

    mutating func query() -> Query {
        Query(clauses: (0..<count(0...3)).map { _ in clause() }, returning: projection(), export: export())
    }

    mutating func clause() -> Clause {
        switch count(0...3) {
        case 0: return .with(With(projection: projection(), predicate: chance(40) ? expression(2) : nil))
        case 1: return .unwind(Unwind(expression: expression(2), variable: name()))
        default: return .match(Match(optional: chance(30), shortest: chance(20),
                                     paths: (0..<count(1...2)).map { _ in path() },
                                     predicate: chance(50) ? expression(3) : nil))
        }
    }

    mutating func projection() -> Projection {
        let items: [ProjectionItem]? = chance(15) ? nil : (0..<count(1...3)).map { _ in
            ProjectionItem(expression: expression(3), alias: chance(40) ? name() : nil)
        }
        let order = chance(30) ? (0..<count(1...2)).map { _ in
            SortItem(expression: expression(2), direction: pick([nil, .ascending, .descending]))
        } : []
        return Projection(distinct: chance(20), items: items, order: order,
                          skip: chance(20) ? count(0...50) : nil, limit: chance(20) ? count(0...50) : nil)
    }

    mutating func path() -> Path {
        Path(variable: chance(20) ? name() : nil, start: node(),
             steps: (0..<count(0...3)).map { _ in Path.Step(edge: edge(), node: node()) })
    }

    mutating func node() -> NodePattern {
        let filter: NodePattern.Filter? = switch count(0...5) {
        case 0: .name(pick(Self.strings))
        case 1: .parameter(pick(Self.names))
        case 2: .properties(properties())
        default: nil
        }
        return NodePattern(variable: chance(60) ? name() : nil,
                           kinds: chance(50) ? (0..<count(1...2)).map { _ in name() } : [], filter: filter)
    }

    mutating func edge() -> EdgePattern {
        var hops: Hops?
        if chance(30) {
            let isRange = chance(60)
            hops = Hops(lower: chance(50) ? count(0...3) : nil, upper: isRange && chance(50) ? count(3...6) : nil,
                        isRange: isRange)
        }
        return EdgePattern(direction: pick([.outgoing, .incoming, .either]), variable: chance(40) ? name() : nil,
                           types: chance(50) ? (0..<count(1...2)).map { _ in
                               RelationType(negated: chance(30), name: name()) } : [],
                           hops: hops, properties: chance(15) ? properties() : nil)
    }

    mutating func properties() -> PropertyMap {
        PropertyMap(entries: (0..<count(1...2)).map { _ in PropertyMap.Entry(key: name(), value: expression(1)) })
    }

    mutating func expression(_ depth: Int) -> Expression {
        if depth <= 0 || chance(25) { return leaf() }
        let d = depth - 1
        switch count(0...10) {
        case 0: return Expression(.property(expression(d), name()))
        case 1: return Expression(.index(expression(d), expression(d)))
        case 2: return Expression(.call(name: name(), distinct: chance(20),
                                        arguments: chance(15) ? nil : (0..<count(0...2)).map { _ in expression(d) }))
        case 3: return Expression(.list((0..<count(0...3)).map { _ in expression(d) }))
        case 4: return Expression(.exists(Exists(paths: [path()], predicate: chance(50) ? expression(d) : nil)))
        case 5: return Expression(.not(expression(d)))
        case 6: return Expression(.negate(expression(d)))
        case 7: return Expression(.isNull(expression(d), negated: chance(50)))
        default: return Expression(.binary(pick(BinaryOperator.allCases), expression(d), expression(d)))
        }
    }

    mutating func leaf() -> Expression {
        switch count(0...6) {
        case 0: return Expression(.integer(count(0...1_000_000)))
        case 1: return Expression(.float(pick([0.5, 1.0, 2.25, 1e-7, 3.0e20, 123.456])))
        case 2: return Expression(.string(pick(Self.strings)))
        case 3: return Expression(pick([.boolean(true), .boolean(false), .null]))
        case 4: return Expression(.parameter(pick(Self.names)))
        default: return Expression(.variable(pick(Self.names)))
        }
    }
}
