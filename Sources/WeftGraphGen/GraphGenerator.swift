import Foundation

/// Counts and landmarks of one generated graph (what `weft-gen --stats` prints).
public struct GraphStats: Sendable {
    /// Nodes per kind, in the order they are written.
    public var nodes: [(kind: String, count: Int)] = []
    /// Relationship lines per label, in schema order (labels with no edge are left out).
    public var relationships: [(label: String, count: Int)] = []
    public var relationshipCount = 0
    /// Distinct `claim` ids (acts and structural facts; MENTIONS carry none).
    public var claimIDs = 0
    public var bytes = 0
    /// The actor with the most outgoing relationship lines.
    public var topActorID = ""
    public var topActorName = ""
    public var topActorOutgoing = 0
    /// The island chain: six persons linked in a path (i → i+1), touched by nothing else, so
    /// `islandChain[0]`…`[2]` are 2 hops apart, `[0]`…`[5]` 5 hops apart and none reaches the
    /// rest of the graph. Empty below 200 claims.
    public var islandChain: [String] = []
    public var islandChainNames: [String] = []

    public var nodeCount: Int { nodes.reduce(0) { $0 + $1.count } }
    public var topActorShare: Double { relationshipCount == 0 ? 0 : Double(topActorOutgoing) / Double(relationshipCount) }
}

/// A deterministic generator of news-like graphs in Graph JSON Lines (SPEC §2): all nodes, then
/// all relationships; exactly `claims` relationship lines; the same bytes for the same
/// (claims, seed) on every machine.
///
///     let stats = try GraphGenerator(claims: 100_000, seed: 42).write(to: url)
///     GraphGenerator(claims: 500, seed: 1).forEachLine { line in ... }
public struct GraphGenerator: Sendable {
    public let claims: Int
    public let seed: UInt64

    public init(claims: Int, seed: UInt64) {
        precondition(claims >= 0, "claims must not be negative")
        self.claims = claims
        self.seed = seed
    }

    public var shape: GraphShape { GraphShape(claims: claims) }

    /// Streams the file in chunks of whole lines (each chunk ends with "\n"), about
    /// `chunkSize` bytes each.
    @discardableResult
    public func forEachChunk(chunkSize: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> GraphStats {
        var emitter = Emitter(claims: claims, seed: seed, chunkSize: chunkSize)
        return try emitter.run { bytes in try bytes.withUnsafeBufferPointer(body) }
    }

    /// Streams the file line by line (without the trailing newline).
    @discardableResult
    public func forEachLine(_ body: (String) throws -> Void) rethrows -> GraphStats {
        try forEachChunk(chunkSize: 1 << 16) { chunk in
            var start = 0
            for i in 0..<chunk.count where chunk[i] == 0x0A {
                try body(String(decoding: UnsafeBufferPointer(rebasing: chunk[start..<i]), as: UTF8.self))
                start = i + 1
            }
        }
    }

    /// All lines of a (small) graph.
    public func lines() -> [String] {
        var result: [String] = []
        forEachLine { result.append($0) }
        return result
    }

    /// The whole file in memory (for small graphs and tests).
    public func data() -> Data {
        var data = Data()
        forEachChunk { data.append($0) }
        return data
    }

    /// Writes the file (replacing it) and returns its statistics.
    @discardableResult
    public func write(to url: URL) throws -> GraphStats {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        return try write(to: handle)
    }

    /// Writes the file to an open handle (standard output, a pipe).
    @discardableResult
    public func write(to handle: FileHandle) throws -> GraphStats {
        try forEachChunk(chunkSize: 4 << 20) { chunk in
            try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: chunk.baseAddress!),
                                              count: chunk.count, deallocator: .none))
        }
    }
}

// MARK: - The emitter

private struct Act {
    var type = 0
    var subject = Ref(.person, 0)
    var objects: [Ref] = []
}

struct Emitter {
    let claims: Int
    let seed: UInt64
    let chunkSize: Int
    let shape: GraphShape
    let nodes: NodeSet
    var out: JSONBytes
    var stats = GraphStats()

    // Samplers.
    let actorRank: [Ref]
    let actorSampler: RankSampler
    let personSampler: RankSampler
    let countrySampler: RankSampler
    let orgSampler: RankSampler
    let groupSampler: RankSampler
    let locationSampler: RankSampler
    let topicSampler: RankSampler
    let typeChoice = WeightedChoice(ActStyle.table.map(\.weight))
    let edgeCountChoice = WeightedChoice([40, 35, 17, 8])
    let structuralChoice = WeightedChoice([30, 25, 30, 15])
    let modalityChoices: [WeightedChoice] = ActStyle.table.map { WeightedChoice($0.modalities) }

    // Escaped constant pieces.
    let typeLabels: [[UInt8]] = GenSchema.acts.map { Array($0.name.utf8) }
    let cues: [[[UInt8]]] = ActStyle.table.map { $0.cues.map(JSONBytes.escape) }
    let cueChars: [[Int]] = ActStyle.table.map { $0.cues.map(\.count) }
    let cameos: [[[UInt8]]] = ActStyle.table.map { $0.cameos.map { Array($0.utf8) } }
    let rules: [[UInt8]] = ActStyle.table.map { Array($0.rule.utf8) }
    let modalityNames: [[UInt8]] = ActStyle.modalityNames.map { Array($0.utf8) }
    let paddings: [[UInt8]] = Vocabulary.paddings.map(JSONBytes.escape)
    let paddingChars: [Int] = Vocabulary.paddings.map(\.count)
    let outletNames: [[UInt8]] = Vocabulary.outlets.map { JSONBytes.escape($0.0) }
    let outletHosts: [[UInt8]] = Vocabulary.outlets.map { Array($0.1.utf8) }

    // Counters and scratch space.
    var edgeID = 0
    var claimID = 0
    var outgoing: [[Int32]]
    var edgesByType = [Int](repeating: 0, count: GenSchema.all.count)
    var evidence: [UInt8] = []
    var evidenceChars = 0
    var mentioned: [Ref] = []

    static let firstDay = days(fromCivil: 2015, 1, 1)
    static let dayRange = 3653

    init(claims: Int, seed: UInt64, chunkSize: Int) {
        self.claims = claims
        self.seed = seed
        self.chunkSize = max(1, chunkSize)
        shape = GraphShape(claims: claims)
        nodes = NodeSet(shape: shape, seed: seed)
        out = JSONBytes(capacity: self.chunkSize + (1 << 16))
        let ordinaryPersons = nodes.persons.count - (shape.island ? GraphShape.islandPersons : 0)

        // The global actor ranking: Việt Nam first, then kinds interleaved by remaining counts,
        // countries and organisations boosted towards the head; within a kind, index order.
        var rank: [Ref] = [Ref(.country, 0)]
        var rng = SplitMix64(seed: seed, stream: 7, salt: 2)
        var next = [1, 0, 0, 0]   // country, person, organization, group
        let totals = [nodes.countries.count, ordinaryPersons, nodes.organizations.count, nodes.groups.count]
        let boost = [30, 1, 3, 1]
        let kinds: [GenKind] = [.country, .person, .organization, .group]
        while true {
            var weights = [0, 0, 0, 0]
            for k in 0..<4 { weights[k] = (totals[k] - next[k]) * boost[k] }
            if weights.allSatisfy({ $0 == 0 }) { break }
            let k = WeightedChoice(weights).draw(&rng)
            rank.append(Ref(kinds[k], next[k]))
            next[k] += 1
        }
        actorRank = rank
        actorSampler = RankSampler(count: rank.count)
        personSampler = RankSampler(count: ordinaryPersons)
        countrySampler = RankSampler(count: nodes.countries.count, offset: 1)
        orgSampler = RankSampler(count: nodes.organizations.count, offset: 2)
        groupSampler = RankSampler(count: nodes.groups.count, offset: 2)
        locationSampler = RankSampler(count: nodes.locations.count, offset: 2)
        topicSampler = RankSampler(count: nodes.topics.count, offset: 2)
        outgoing = [nodes.persons.count, nodes.countries.count, nodes.organizations.count, nodes.groups.count]
            .map { [Int32](repeating: 0, count: $0) }
    }

    // MARK: Run

    mutating func run(_ flush: ([UInt8]) throws -> Void) rethrows -> GraphStats {
        func maybeFlush(_ force: Bool = false) throws {
            if out.count >= chunkSize || (force && out.count > 0) {
                stats.bytes += out.count
                try flush(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        // Nodes.
        for kind in [GenKind.country, .person, .organization, .group, .location, .topic] {
            let table = nodes.table(kind)
            for i in 0..<table.count {
                writeNode(table, i)
                try maybeFlush()
            }
            stats.nodes.append((kind.rawValue, table.count))
        }
        let budgets = articleBudgets()
        for a in 0..<shape.articles {
            writeArticleNode(a)
            try maybeFlush()
        }
        stats.nodes.append((GenKind.article.rawValue, shape.articles))
        // Relationships, article by article.
        for a in 0..<shape.articles {
            writeArticleEdges(a, budget: budgets[a])
            try maybeFlush()
        }
        try maybeFlush(true)
        finishStats()
        return stats
    }

    private mutating func finishStats() {
        stats.relationshipCount = edgeID
        stats.claimIDs = claimID
        for (i, relation) in GenSchema.all.enumerated() where edgesByType[i] > 0 {
            stats.relationships.append((relation.name, edgesByType[i]))
        }
        var best = (0, 0, Int32(-1))
        let kinds: [GenKind] = [.person, .country, .organization, .group]
        for (k, counts) in outgoing.enumerated() {
            for (i, c) in counts.enumerated() where c > best.2 { best = (k, i, c) }
        }
        if best.2 >= 0 {
            let kind = kinds[best.0]
            stats.topActorID = "\(kind.idPrefix)\(best.1 + 1)"
            stats.topActorName = nodes.table(kind).names[best.1]
            stats.topActorOutgoing = Int(best.2)
        }
        if shape.island {
            let first = nodes.persons.count - GraphShape.islandPersons
            stats.islandChain = (first..<nodes.persons.count).map { "p\($0 + 1)" }
            stats.islandChainNames = (first..<nodes.persons.count).map { nodes.persons.names[$0] }
        }
    }

    /// How many relationship lines each article carries: 4–12 (mean 8), adjusted to sum to
    /// exactly `claims`; island articles carry 3 each.
    private func articleBudgets() -> [Int] {
        let islands = shape.island ? GraphShape.islandArticles : 0
        let ordinary = shape.articles - islands
        let target = claims - islands * GraphShape.islandEdgesPerArticle
        var budgets = [Int](repeating: GraphShape.islandEdgesPerArticle, count: shape.articles)
        guard ordinary > 0 else { return budgets }
        var rng = SplitMix64(seed: seed, stream: 8, salt: 3)
        var total = 0
        for i in 0..<ordinary { budgets[i] = 4 + rng.below(9); total += budgets[i] }
        var i = 0
        while total < target { budgets[i % ordinary] += 1; total += 1; i += 1 }
        i = 0
        while total > target {
            if budgets[i % ordinary] > 1 { budgets[i % ordinary] -= 1; total -= 1 }
            i += 1
        }
        return budgets
    }

    // MARK: Nodes

    private mutating func writeNode(_ table: NodeTable, _ i: Int) {
        out.raw("{\"type\":\"node\",\"id\":")
        out.id(table.kind.idPrefix.utf8.first!, i + 1)
        out.raw(",\"labels\":[\"")
        out.raw(Array(table.kind.rawValue.utf8))
        out.raw("\"],\"properties\":{\"name\":")
        out.quoted(table.escaped[i])
        out.raw(",\"aliases\":")
        out.stringList(table.aliases[i])
        out.raw(table.props[i])
        out.raw("}}\n")
    }

    private func articleRNG(_ a: Int) -> SplitMix64 { SplitMix64(seed: seed, stream: UInt64(a), salt: 1) }

    private func articleDay(_ a: Int) -> Int {
        Emitter.firstDay + Int(SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(a) &+ 0x5851_F42D_4C95_7F2D)) % UInt64(Emitter.dayRange))
    }

    private var firstIslandArticle: Int { shape.articles - (shape.island ? GraphShape.islandArticles : 0) }

    private mutating func writeArticleNode(_ a: Int) {
        var rng = articleRNG(a)
        let act = leadAct(a, &rng)
        var title = JSONBytes(capacity: 160)
        let subjectTable = nodes.table(act.subject.kind), objectTable = nodes.table(act.objects[0].kind)
        title.raw(subjectTable.escaped[Int(act.subject.index)])
        title.raw(0x20)
        let cue = rng.below(cues[act.type].count)
        title.raw(cues[act.type][cue])
        title.raw(0x20)
        title.raw(objectTable.escaped[Int(act.objects[0].index)])
        var trng = SplitMix64(seed: seed, stream: UInt64(a), salt: 4)
        let outlet = trng.below(outletNames.count)

        out.raw("{\"type\":\"node\",\"id\":")
        out.id(0x61, a + 1)
        out.raw(",\"labels\":[\"Article\"],\"properties\":{\"name\":")
        out.id(0x61, a + 1)
        out.raw(",\"aliases\":[],\"title\":")
        out.quoted(title.bytes)
        out.raw(",\"date\":")
        out.date(days: articleDay(a))
        out.raw(",\"outlet\":")
        out.quoted(outletNames[outlet])
        out.raw(",\"url\":\"https://")
        out.raw(outletHosts[outlet])
        out.raw(0x2F)
        out.raw(nodes.slugs[act.subject.kind, default: []][Int(act.subject.index)])
        out.raw(0x2D)
        out.raw(nodes.slugs[act.objects[0].kind, default: []][Int(act.objects[0].index)])
        out.raw(0x2D)
        out.int(a + 1)
        out.raw(".html\"}}\n")
    }

    // MARK: Drawing acts

    private func drawActor(_ rng: inout SplitMix64) -> Ref { actorRank[actorSampler.draw(&rng)] }

    private func drawActor(_ rng: inout SplitMix64, not other: Ref) -> Ref {
        for _ in 0..<3 {
            let r = actorSampler.draw(&rng)
            if actorRank[r] != other { return actorRank[r] }
        }
        let r = actorSampler.draw(&rng)
        return actorRank[r] != other ? actorRank[r] : actorRank[(r + 1) % actorRank.count]
    }

    /// The first act of an article: its type, subject and first object decide the title.
    private func leadAct(_ a: Int, _ rng: inout SplitMix64) -> Act {
        var act = Act()
        act.objects.reserveCapacity(4)
        if a >= firstIslandArticle {
            let j = a - firstIslandArticle
            let first = nodes.persons.count - GraphShape.islandPersons
            act.type = [4, 5, 9, 3, 8][j % 5]   // CONSULTS, PHONES, COOPERATES, AGREES, PRAISES
            act.subject = Ref(.person, first + j)
            act.objects = [Ref(.person, first + j + 1)]
            return act
        }
        act.type = typeChoice.draw(&rng)
        act.subject = drawActor(&rng)
        let r = rng.below(100)
        if r < 78 {
            act.objects.append(drawActor(&rng, not: act.subject))
        } else if r < 88 {
            act.objects.append(Ref(.location, locationSampler.draw(&rng)))
        } else {
            act.objects.append(Ref(.topic, topicSampler.draw(&rng)))
        }
        return act
    }

    private func nextAct(_ rng: inout SplitMix64, a: Int, maxEdges: Int) -> Act {
        var act = leadAct(a, &rng)
        if a >= firstIslandArticle { return act }
        let wanted = min(maxEdges, edgeCountChoice.draw(&rng) + 1)
        while act.objects.count < wanted {
            var t = Ref(.topic, topicSampler.draw(&rng))
            var tries = 0
            while act.objects.contains(t) {
                tries += 1
                t = tries < 3 ? Ref(.topic, topicSampler.draw(&rng)) : Ref(.topic, (Int(t.index) + 1) % nodes.topics.count)
            }
            act.objects.append(t)
        }
        return act
    }

    // MARK: Relationships

    private mutating func writeArticleEdges(_ a: Int, budget: Int) {
        var rng = articleRNG(a)
        let day = articleDay(a)
        let island = a >= firstIslandArticle
        // An island article: one act between neighbours of the chain and MENTIONS of both.
        let mentionCount = island ? budget - 1 : budget >= 3 ? max(1, budget / 6) : 0
        var remaining = budget - mentionCount
        mentioned.removeAll(keepingCapacity: true)
        var sentence = 1
        var first = true
        while remaining > 0 {
            if !first && !island && rng.chance(6) {
                writeStructural(&rng, a: a, sentence: sentence, day: day)
                remaining -= 1
            } else {
                let act = nextAct(&rng, a: a, maxEdges: remaining)
                writeAct(act, &rng, a: a, sentence: sentence, day: day)
                remaining -= act.objects.count
            }
            first = false
            if rng.chance(70) { sentence += 1 }
        }
        // MENTIONS: the first nodes named in the article, then topics if it named too few.
        var m = 0
        var extra = 0
        while m < mentionCount {
            let target: Ref
            if m < mentioned.count {
                target = mentioned[m]
            } else {
                var t = Ref(.topic, topicSampler.draw(&rng))
                if mentioned.contains(t) { t = Ref(.topic, (Int(t.index) + extra + 1) % nodes.topics.count); extra += 1 }
                if mentioned.contains(t) { continue }
                mentioned.append(t)
                target = t
            }
            writeEdgeHead(GenSchema.acts.count + 4, start: Ref(.article, a), end: target)
            out.raw("\"article\":"); out.id(0x61, a + 1)
            out.raw(",\"negated\":false}}\n")
            m += 1
        }
    }

    private mutating func note(_ ref: Ref) {
        if !mentioned.contains(ref) { mentioned.append(ref) }
    }

    /// `{"type":"relationship","id":"e1","label":"X","start":{"id":…},"end":{"id":…},"properties":{`
    private mutating func writeEdgeHead(_ typeIndex: Int, start: Ref, end: Ref) {
        edgeID += 1
        edgesByType[typeIndex] += 1
        switch start.kind {
        case .person: outgoing[0][Int(start.index)] += 1
        case .country: outgoing[1][Int(start.index)] += 1
        case .organization: outgoing[2][Int(start.index)] += 1
        case .group: outgoing[3][Int(start.index)] += 1
        default: break
        }
        out.raw("{\"type\":\"relationship\",\"id\":")
        out.id(0x65, edgeID)
        out.raw(",\"label\":\"")
        if typeIndex < typeLabels.count { out.raw(typeLabels[typeIndex]) } else {
            out.raw(Array(GenSchema.all[typeIndex].name.utf8))
        }
        out.raw("\",\"start\":{\"id\":")
        out.id(start.kind.idPrefix.utf8.first!, Int(start.index) + 1)
        out.raw("},\"end\":{\"id\":")
        out.id(end.kind.idPrefix.utf8.first!, Int(end.index) + 1)
        out.raw("},\"properties\":{")
    }

    private func name(_ ref: Ref) -> [UInt8] { nodes.table(ref.kind).escaped[Int(ref.index)] }
    private func chars(_ ref: Ref) -> Int { nodes.table(ref.kind).chars[Int(ref.index)] }

    private mutating func ev(_ bytes: [UInt8], _ count: Int) {
        evidence.append(contentsOf: bytes); evidenceChars += count
    }
    private mutating func ev(_ s: StaticString, _ count: Int) {
        s.withUTF8Buffer { evidence.append(contentsOf: $0) }; evidenceChars += count
    }

    /// Pads the evidence to at least 40 characters with phrases that keep it within 120.
    private mutating func padEvidence(_ rng: inout SplitMix64) {
        var p = rng.below(paddings.count)
        var guardCount = 0
        while evidenceChars < 40 && guardCount < paddings.count * 2 {
            if evidenceChars + 1 + paddingChars[p] <= 120 { ev(" ", 1); ev(paddings[p], paddingChars[p]) }
            p = (p + 1) % paddings.count
            guardCount += 1
        }
    }

    private mutating func buildActEvidence(_ act: Act, _ rng: inout SplitMix64, negated: Bool) {
        let subject = act.subject, object = act.objects[0]
        var cue = rng.below(cues[act.type].count)
        let useTitle = rng.chance(70)
        for pass in 0..<2 {
            evidence.removeAll(keepingCapacity: true)
            evidenceChars = 0
            if pass == 1 { cue = 0 }
            if pass == 0 && useTitle && subject.kind == .person && !nodes.titleEscaped[Int(subject.index)].isEmpty {
                ev(nodes.titleEscaped[Int(subject.index)], nodes.titleChars[Int(subject.index)]); ev(" ", 1)
            }
            ev(name(subject), chars(subject)); ev(" ", 1)
            if negated { ev("không ", 6) }
            ev(cues[act.type][cue], cueChars[act.type][cue]); ev(" ", 1)
            if object.kind == .location && pass == 0 && !(5...7).contains(act.type) { ev("tình hình tại ", 14) }
            ev(name(object), chars(object))
            if evidenceChars <= 120 { break }
        }
        if act.objects.count > 1 {
            var sep = true
            for t in act.objects.dropFirst() {
                let extra = (sep ? 4 : 2) + chars(t)
                if evidenceChars + extra > 120 { break }
                if sep { ev(" về ", 4); sep = false } else { ev(", ", 2) }
                ev(name(t), chars(t))
            }
        }
        padEvidence(&rng)
    }

    private mutating func writeAct(_ act: Act, _ rng: inout SplitMix64, a: Int, sentence: Int, day: Int) {
        claimID += 1
        note(act.subject)
        for o in act.objects { note(o) }
        let style = ActStyle.table[act.type]
        let negated = rng.chance(5)
        let modality = modalityChoices[act.type].draw(&rng)
        let cameo = rng.below(style.cameos.count)
        var speaker: Ref? = nil
        if act.subject.kind == .person && rng.chance(55) { speaker = act.subject }
        else if rng.chance(40) && personSampler.count > 0 { speaker = Ref(.person, personSampler.draw(&rng)) }
        let dated = rng.chance(92) && !(modality == 1 && rng.chance(50))
        buildActEvidence(act, &rng, negated: negated)
        for object in act.objects {
            writeEdgeHead(act.type, start: act.subject, end: object)
            out.raw("\"claim\":"); out.id(0x6B, claimID)
            out.raw(",\"article\":"); out.id(0x61, a + 1)
            out.raw(",\"sentence\":"); out.int(sentence)
            out.raw(",\"modality\":\""); out.raw(modalityNames[modality])
            out.raw(negated ? "\",\"negated\":true" : "\",\"negated\":false")
            out.raw(",\"evidence\":"); out.quoted(evidence)
            out.raw(",\"rule\":\""); out.raw(rules[act.type])
            out.raw("\",\"cameo\":\""); out.raw(cameos[act.type][cameo]); out.raw(0x22)
            if let speaker { out.raw(",\"speaker\":"); out.quoted(name(speaker)) }
            if dated { out.raw(",\"date\":"); out.date(days: day) }
            out.raw("}}\n")
        }
    }

    private mutating func writeStructural(_ rng: inout SplitMix64, a: Int, sentence: Int, day: Int) {
        let kind = structuralChoice.draw(&rng)
        var subject: Ref, object: Ref
        let typeIndex = GenSchema.acts.count + kind
        evidence.removeAll(keepingCapacity: true)
        evidenceChars = 0
        switch kind {
        case 0:   // LEADS: Person → Country | Organization | Group
            subject = Ref(.person, personSampler.draw(&rng))
            let r = rng.below(10)
            object = r < 3 ? Ref(.country, countrySampler.draw(&rng))
                : r < 8 ? Ref(.organization, orgSampler.draw(&rng)) : Ref(.group, groupSampler.draw(&rng))
            if !nodes.titleEscaped[Int(subject.index)].isEmpty {
                ev(nodes.titleEscaped[Int(subject.index)], nodes.titleChars[Int(subject.index)]); ev(" ", 1)
            }
            ev(name(subject), chars(subject)); ev(" giữ cương vị lãnh đạo ", 23); ev(name(object), chars(object))
        case 1:   // MEMBER_OF: Actor → Organization
            let r = rng.below(10)
            if r < 4 && !nodes.igos.isEmpty {
                subject = Ref(.country, countrySampler.draw(&rng))
                object = Ref(.organization, nodes.igos[rng.below(nodes.igos.count)])
            } else {
                subject = r < 7 ? Ref(.person, personSampler.draw(&rng)) : Ref(.organization, orgSampler.draw(&rng))
                object = Ref(.organization, orgSampler.draw(&rng))
                if subject == object { object = Ref(.organization, (Int(object.index) + 1) % nodes.organizations.count) }
            }
            ev(name(subject), chars(subject)); ev(" là thành viên của ", 19); ev(name(object), chars(object))
        case 2:   // PART_OF: Actor | Location → Country | Organization | Location
            let r = rng.below(10)
            if r < 5 {
                subject = Ref(.location, locationSampler.draw(&rng))
                object = rng.chance(70) ? Ref(.country, countrySampler.draw(&rng)) : Ref(.location, locationSampler.draw(&rng))
                if subject == object { object = Ref(.country, 0) }
            } else if r < 8 {
                subject = Ref(.organization, orgSampler.draw(&rng))
                object = rng.chance(50) ? Ref(.country, countrySampler.draw(&rng)) : Ref(.organization, orgSampler.draw(&rng))
                if subject == object { object = Ref(.country, 0) }
            } else {
                subject = Ref(.group, groupSampler.draw(&rng))
                object = Ref(.country, countrySampler.draw(&rng))
            }
            ev(name(subject), chars(subject)); ev(" trực thuộc ", 12); ev(name(object), chars(object))
        default:  // PARTNER_OF: Actor → Actor
            if rng.chance(60) {
                subject = Ref(.country, countrySampler.draw(&rng))
                object = Ref(.country, countrySampler.draw(&rng))
                if subject == object { object = Ref(.country, (Int(object.index) + 1) % nodes.countries.count) }
            } else {
                subject = drawActor(&rng)
                object = drawActor(&rng, not: subject)
            }
            ev(name(subject), chars(subject)); ev(" và ", 4); ev(name(object), chars(object))
            ev(" là đối tác chiến lược", 22)
        }
        padEvidence(&rng)
        claimID += 1
        note(subject); note(object)
        let dated = rng.chance(60)
        writeEdgeHead(typeIndex, start: subject, end: object)
        out.raw("\"claim\":"); out.id(0x6B, claimID)
        out.raw(",\"article\":"); out.id(0x61, a + 1)
        out.raw(",\"sentence\":"); out.int(sentence)
        out.raw(",\"modality\":\"background\",\"negated\":false,\"evidence\":"); out.quoted(evidence)
        out.raw(",\"rule\":\"gen."); out.raw(Array(GenSchema.all[typeIndex].name.lowercased().utf8))
        out.raw(0x22)
        if dated { out.raw(",\"date\":"); out.date(days: day) }
        out.raw("}}\n")
    }
}
