import Foundation
import Testing
import WeftModel
@testable import WeftGraphGen

/// One parsed graph, shared by the structural tests (generated once per claims/seed).
private struct Parsed {
    var lines: [String] = []
    var nodes: [String: (kind: String, props: [String: Any])] = [:]
    var nodeOrder: [String] = []
    var edges: [(id: String, label: String, start: String, end: String, props: [String: Any])] = []
    var firstEdgeLine = -1
    var lastNodeLine = -1

    init(claims: Int, seed: UInt64) throws {
        lines = GraphGenerator(claims: claims, seed: seed).lines()
        for (n, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                                      "line \(n + 1) is not a JSON object")
            let props = try #require(object["properties"] as? [String: Any])
            switch object["type"] as? String {
            case "node":
                let id = try #require(object["id"] as? String)
                let labels = try #require(object["labels"] as? [String])
                #expect(labels.count == 1)
                #expect(nodes[id] == nil, "duplicate node id \(id)")
                nodes[id] = (labels[0], props)
                nodeOrder.append(id)
                lastNodeLine = n
            case "relationship":
                let start = try #require((object["start"] as? [String: Any])?["id"] as? String)
                let end = try #require((object["end"] as? [String: Any])?["id"] as? String)
                edges.append((try #require(object["id"] as? String), try #require(object["label"] as? String),
                              start, end, props))
                if firstEdgeLine < 0 { firstEdgeLine = n }
            default:
                Issue.record("line \(n + 1): unknown type")
            }
        }
    }
}

private func kind(_ name: String) -> GenKind { GenKind(rawValue: name)! }

@Suite struct GraphGeneratorTests {
    @Test func sameSeedSameBytesDifferentSeedDifferentBytes() {
        let a = GraphGenerator(claims: 3_000, seed: 11).data()
        let b = GraphGenerator(claims: 3_000, seed: 11).data()
        let c = GraphGenerator(claims: 3_000, seed: 12).data()
        #expect(a == b)
        #expect(a != c)
        // Chunking does not change the bytes.
        var chunked = Data()
        GraphGenerator(claims: 3_000, seed: 11).forEachChunk(chunkSize: 777) { chunked.append($0) }
        #expect(chunked == a)
    }

    @Test func exactlyTheRequestedNumberOfRelationships() {
        for n in [0, 1, 7, 199, 200, 201, 1_234] {
            let stats = GraphGenerator(claims: n, seed: 3).forEachChunk { _ in }
            #expect(stats.relationshipCount == n, "claims \(n)")
        }
    }

    @Test(arguments: [(1_500, UInt64(1)), (20_000, UInt64(99)), (150, UInt64(5))])
    func structure(claims: Int, seed: UInt64) throws {
        let g = try Parsed(claims: claims, seed: seed)
        #expect(g.edges.count == claims)
        // Nodes first, then relationships.
        if claims > 0 { #expect(g.lastNodeLine < g.firstEdgeLine) }
        // Ids unique (node ids checked while parsing).
        #expect(Set(g.edges.map(\.id)).count == g.edges.count)
        for edge in g.edges {
            let relation = try #require(GenSchema.relation(named: edge.label), "unknown label \(edge.label)")
            let start = try #require(g.nodes[edge.start], "missing start \(edge.start)")
            let end = try #require(g.nodes[edge.end], "missing end \(edge.end)")
            #expect(relation.allows(subject: kind(start.kind), object: kind(end.kind)),
                    "\(edge.id) \(start.kind) -[\(edge.label)]-> \(end.kind)")
            #expect(edge.start != edge.end, "self loop \(edge.id)")
            let article = try #require(edge.props["article"] as? String, "\(edge.id) has no article")
            #expect(g.nodes[article]?.kind == "Article", "\(edge.id) cites \(article)")
            #expect(edge.props["negated"] is Bool)
            if relation.isAct {
                let evidence = try #require(edge.props["evidence"] as? String)
                #expect((40...120).contains(evidence.count), "\(edge.id) evidence length \(evidence.count): \(evidence)")
                #expect(edge.props["claim"] is String && edge.props["rule"] is String && edge.props["cameo"] is String)
                #expect(edge.props["sentence"] is Int)
                let modality = try #require(edge.props["modality"] as? String)
                #expect(ActStyle.modalityNames.contains(modality))
                if let speaker = edge.props["speaker"] as? String {
                    #expect(g.nodes.values.contains { $0.kind == "Person" && $0.props["name"] as? String == speaker })
                }
            }
            if edge.label == "MENTIONS" { #expect(article == edge.start) }
        }
        // Names unique per kind; every string NFC.
        var names: [String: Set<String>] = [:]
        for id in g.nodeOrder {
            let node = g.nodes[id]!
            let name = try #require(node.props["name"] as? String)
            #expect(names[node.kind, default: []].insert(name).inserted, "duplicate \(node.kind) name \(name)")
            #expect(node.props["aliases"] is [String])
        }
        for line in g.lines { #expect(line == line.precomposedStringWithCanonicalMapping) }
        // A claim id is shared by 1–4 edges of one type and one subject.
        var claims: [String: [(String, String)]] = [:]
        for edge in g.edges {
            if let claim = edge.props["claim"] as? String { claims[claim, default: []].append((edge.label, edge.start)) }
        }
        for (claim, parts) in claims {
            #expect((1...4).contains(parts.count), "claim \(claim) has \(parts.count) edges")
            #expect(Set(parts.map(\.0)).count == 1 && Set(parts.map(\.1)).count == 1)
        }
    }

    @Test func typesCameoCodesAndTypedProperties() throws {
        let g = try Parsed(claims: 20_000, seed: 4)
        let labels = Set(g.edges.map(\.label))
        #expect(labels.count >= 24, "only \(labels.count) labels")
        for label in ["LEADS", "MEMBER_OF", "PART_OF", "PARTNER_OF", "MENTIONS", "PRAISES", "SUPPORTS"] {
            #expect(labels.contains(label))
        }
        // CAMEO codes fall under their type's roots (relations.tsv).
        let roots: [String: [String]] = ["PROPOSES": ["02"], "SUPPORTS": ["07", "022", "052", "053"],
                                         "PRAISES": ["051"], "COERCES": ["15", "17"], "ATTACKS": ["18", "19", "20"]]
        for edge in g.edges {
            guard let allowed = roots[edge.label], let cameo = edge.props["cameo"] as? String else { continue }
            #expect(allowed.contains { cameo.hasPrefix($0) }, "\(edge.label) with \(cameo)")
        }
        #expect(Double(g.edges.filter { $0.props["negated"] as? Bool == true }.count) / Double(g.edges.count) < 0.1)
        // Typed properties of every JSON type appear on some nodes.
        let nodeLines = g.lines.filter { $0.hasPrefix("{\"type\":\"node\"") }
        for pattern in [#""employees":\d+[,}]"#, #""lat":\d+\.\d{4}[,}]"#, #""listed":(true|false)"#,
                        #""born":"\d{4}-\d{2}-\d{2}""#, #""sectors":\["[^"]+"(,"[^"]+")?\]"#,
                        #""keywords":\["#, #""title":"[^"]+","date":"\d{4}-\d{2}-\d{2}","outlet":"[^"]+","url":"https://"#] {
            #expect(nodeLines.contains { $0.range(of: pattern, options: .regularExpression) != nil }, "no node matches \(pattern)")
        }
        #expect(g.lines.contains { $0.contains("\"asean\":true") })
    }

    @Test func degreesAreSkewed() {
        let stats = GraphGenerator(claims: 100_000, seed: 1).forEachChunk { _ in }
        #expect(stats.relationshipCount == 100_000)
        #expect(stats.topActorShare > 0.03, "top actor share \(stats.topActorShare)")
        #expect(stats.topActorShare < 0.4)
    }

    @Test func foldedNamesContainDuc() throws {
        let g = try Parsed(claims: 20_000, seed: 2)
        var actorsWithDuc = 0
        var spellings: Set<String> = []
        for node in g.nodes.values where GenKind.actors.contains(kind(node.kind)) {
            let name = node.props["name"] as! String
            if foldName(name).contains("duc") {
                actorsWithDuc += 1
                for word in name.split(separator: " ") where foldName(String(word)).contains("duc") {
                    spellings.insert(String(word))
                }
            }
        }
        #expect(actorsWithDuc >= 20)
        #expect(spellings.contains("Đức"))
        #expect(spellings.contains("dục") || spellings.contains("Dục"))
    }

    @Test func islandChainIsAPathCutOffFromTheRest() throws {
        let claims = 5_000
        let stats = GraphGenerator(claims: claims, seed: 8).forEachChunk { _ in }
        let g = try Parsed(claims: claims, seed: 8)
        #expect(stats.islandChain.count == 6)
        // Undirected adjacency over all relationships.
        var adjacent: [String: Set<String>] = [:]
        for e in g.edges { adjacent[e.start, default: []].insert(e.end); adjacent[e.end, default: []].insert(e.start) }
        func distance(_ a: String, _ b: String) -> Int? {
            var seen: Set<String> = [a], frontier = [a], d = 0
            while !frontier.isEmpty {
                if frontier.contains(b) { return d }
                d += 1
                frontier = frontier.flatMap { adjacent[$0] ?? [] }.filter { seen.insert($0).inserted }
            }
            return nil
        }
        let chain = stats.islandChain
        // Through acts the chain is 1 hop a link; through the island articles 2 hops a link.
        #expect(distance(chain[0], chain[2]) == 2)
        #expect(distance(chain[0], chain[5]) == 5)
        #expect(distance(chain[0], stats.topActorID) == nil)
        #expect(distance(stats.topActorID, "c2") != nil)
    }

    @Test func jsonEscaping() throws {
        let tricky = "a\"b\\c\nd\te\u{01}f\u{7F}g Đức/ü"
        var out = JSONBytes()
        out.string(tricky)
        let decoded = try JSONSerialization.jsonObject(with: Data(out.bytes), options: [.fragmentsAllowed]) as? String
        #expect(decoded == tricky)
        var numbers = JSONBytes()
        numbers.raw("["); numbers.int(0); numbers.raw(","); numbers.int(-42); numbers.raw(",")
        numbers.int(Int.max); numbers.raw(","); numbers.fixed(-1_234_567, digits: 4); numbers.raw(",")
        numbers.date(days: days(fromCivil: 2024, 2, 29)); numbers.raw("]")
        #expect(String(decoding: numbers.bytes, as: UTF8.self) == "[0,-42,\(Int.max),-123.4567,\"2024-02-29\"]")
        for d in stride(from: -800_000, to: 800_000, by: 997) {
            let (y, m, day) = civil(fromDays: d)
            #expect(days(fromCivil: y, m, day) == d)
        }
    }

    @Test func foldMatchesTheSpec() {
        #expect(foldName("Đà Nẵng") == "da nang")
        #expect(foldName("PHẠM MINH CHÍNH") == "pham minh chinh")
        #expect(foldName("Liên-hiệp-quốc") == foldName("Liên hiệp quốc"))
        #expect(foldName("Bộ Giáo dục  và Đào tạo") == "bo giao duc va dao tao")
    }

    @Test func streamingLinesMatchTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("weft-gen-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let generator = GraphGenerator(claims: 2_000, seed: 6)
        let stats = try generator.write(to: url)
        let file = try Data(contentsOf: url)
        #expect(stats.bytes == file.count)
        #expect(Data((generator.lines().joined(separator: "\n") + "\n").utf8) == file)
    }
}

@Suite struct SchemaTableTests {
    /// The generator's table of relation types is the model's schema (graphs/schema/relations.tsv):
    /// same names in the same order, classes, symmetry, signatures, and CAMEO codes under the roots.
    @Test func tableAgreesWithTheSchema() throws {
        let schema = Schema.bundled
        func kinds(_ set: KindSet) -> Set<GenKind> {
            Set(set.members.compactMap { GenKind(rawValue: schema.kind($0).name) })
        }
        #expect(schema.relationTypes.map(\.name) == GenSchema.all.map(\.name))
        for type in schema.relationTypes {
            let relation = try #require(GenSchema.relation(named: type.name), "generator lacks \(type.name)")
            #expect(relation.isAct == (type.relationClass == .act), "\(type.name) class")
            #expect(relation.symmetric == type.symmetric, "\(type.name) symmetric")
            #expect(relation.subjects == kinds(type.subjectKinds), "\(type.name) subjects")
            #expect(relation.objects == kinds(type.objectKinds), "\(type.name) objects")
            if relation.isAct, let i = GenSchema.acts.firstIndex(where: { $0.name == type.name }) {
                for code in ActStyle.table[i].cameos {
                    #expect(type.cameoPrefixes.contains { code.hasPrefix($0) }, "\(type.name) cameo \(code) not under \(type.cameoPrefixes)")
                }
            }
        }
        #expect(Set(schema.kinds.map(\.name)) == Set(GenKind.allCases.map(\.rawValue)))
    }
}
