// The in-memory indexes agree with the stored claims: adjacency, name index, statistics.
import Foundation
import Testing
import WeftModel
import WeftText
import WeftStore
import WeftGraphGen
import WeftTestSupport

@Suite struct MemoryGraphTests {
    let schema = Schema.bundled

    func load(_ jsonl: String) throws -> MemoryGraph {
        try GraphFile.open(try Fixtures.graphFile(jsonl), readOnly: true).loadMemoryGraph()
    }

    func node(_ graph: MemoryGraph, _ name: String) throws -> NodeID {
        try #require(graph.nodes(withFold: Fold.key(name)).first)
    }

    @Test func seedStatistics() throws {
        let graph = try load(try String(contentsOf: Fixtures.seedJSONL, encoding: .utf8))
        let stats = graph.statistics
        func kind(_ name: String) throws -> Int { Int(try #require(schema.kind(named: name)).raw) }
        func type(_ name: String) throws -> Int { Int(try #require(schema.relationType(named: name)).raw) }
        #expect(graph.nodeCount == 34)
        #expect(graph.edgeCount == 96)
        #expect(try stats.nodesPerKind[kind("Topic")] == 25)
        #expect(try stats.nodesPerKind[kind("Person")] == 2)
        #expect(try stats.edgesPerType[type("MENTIONS")] == 33)
        #expect(try stats.edgesPerType[type("PROPOSES")] == 22)
        // PROPOSES: Phạm Minh Chính to Japan (R04–R09: 6 claims), Suga to Việt Nam (R14), and topics.
        #expect(try stats.distinctSubjectsPerType[type("PROPOSES")] == 2)
        let person = try #require(schema.kind(named: "Person")), country = try #require(schema.kind(named: "Country"))
        let proposes = try #require(schema.relationType(named: "PROPOSES"))
        #expect(stats.edges(subject: person, type: proposes, object: country) == 7)
        #expect(stats.edgeCount == 96)
    }

    @Test func foldedNameLookups() throws {
        let graph = try load(Fixtures.small)
        #expect(graph.name(of: try node(graph, "pham minh chinh")) == "Phạm Minh Chính")
        #expect(graph.name(of: try node(graph, "PHẠM MINH CHÍNH")) == "Phạm Minh Chính")
        #expect(graph.name(of: try node(graph, "japan")) == "Nhật Bản")
        #expect(graph.name(of: try node(graph, "thu tuong suga yoshihide")) == "Suga Yoshihide")
        #expect(graph.nodes(withFold: "viet").isEmpty)
        #expect(graph.nodes(withFoldPrefix: "viet").map(graph.name(of:)) == ["Việt Nam"])
        #expect(Set(graph.nodes(withFoldPrefix: "thu tuong").map(graph.name(of:))) == ["Phạm Minh Chính", "Suga Yoshihide"])
        // "Suga Yoshihide" and "Yoshihide Suga" are both keys of one node: it is listed once.
        #expect(graph.nodes(withFoldPrefix: "").count == graph.nodeCount)
        #expect(graph.nodes(withFoldPrefix: "zzz").isEmpty)
    }

    @Test func nodesOfAKindAreOneRange() throws {
        let graph = try load(Fixtures.small)
        let person = try #require(schema.kind(named: "Person"))
        let names = graph.nodes(ofKind: person).map { graph.name(of: NodeID($0)) }.sorted()
        #expect(names == ["Phạm Minh Chính", "Suga Yoshihide"])
        #expect(graph.node(externalID: "c2").map(graph.name(of:)) == "Nhật Bản")
        #expect(graph.node(externalID: "missing") == nil)
    }

    @Test func edgeColumnsAndDetails() throws {
        let graph = try load(Fixtures.small)
        let japan = try node(graph, "Nhật Bản")
        let pledges = graph.edges(of: japan, direction: .outgoing, type: schema.relationType(named: "PLEDGES"))
        #expect(pledges.count == 1)
        let edge = try #require(pledges.first)
        #expect(graph.isNegated(edge))
        #expect(graph.modality(of: edge) == .future)
        #expect(graph.date(of: edge)?.description == "2021-04-20")
        #expect(graph.sentence(of: edge) == 3)
        #expect(graph.name(of: graph.object(of: edge)) == "Việt Nam")
        #expect(graph.article(of: edge).map(graph.externalID(of:)) == "a1")
        let record = try graph.claimRecord(edge)
        #expect(record.id == "e4")
        #expect(record.speaker == "Suga Yoshihide")
        let praise = try #require(graph.edges(of: try node(graph, "Phạm Minh Chính"), direction: .outgoing,
                                              type: schema.relationType(named: "PRAISES")).first)
        #expect(graph.cameo(of: praise) == "051")
        #expect(try graph.claimRecord(praise).evidence == "đánh giá cao")
    }

    /// A random graph: every index answer equals a brute-force scan of the claims.
    @Test(arguments: [1, 2, 3])
    func indexesAgreeWithBruteForce(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let kinds = ["Person", "Country", "Organization", "Topic"]
        var lines: [String] = [], nodeKinds: [String] = []
        for i in 0..<60 {
            let kind = kinds[Int(rng.next() % 4)]
            nodeKinds.append(kind)
            lines.append(Fixtures.node("n\(i)", kind, "Tên \(i) Đức"))
        }
        var claims: [(s: Int, t: String, o: Int, negated: Bool)] = []
        let actTypes = ["PRAISES", "SUPPORTS", "PROPOSES", "PHONES"]
        for i in 0..<600 {
            var s = Int(rng.next() % 60)
            while nodeKinds[s] == "Topic" { s = Int(rng.next() % 60) }
            let o = Int(rng.next() % 60), t = actTypes[Int(rng.next() % 4)], negated = rng.next() % 5 == 0
            claims.append((s, t, o, negated))
            lines.append(Fixtures.edge("e\(i)", t, "n\(s)", "n\(o)", #""negated": \#(negated)"#))
        }
        let graph = try load(lines.joined(separator: "\n"))
        func ext(_ node: NodeID) -> Int { Int(graph.externalID(of: node).dropFirst()) ?? -1 }
        for n in 0..<graph.nodeCount {
            let id = NodeID(UInt32(n)), e = ext(id)
            for typeName in [nil] + actTypes {
                let type = typeName.flatMap(schema.relationType(named:))
                let out = graph.edges(of: id, direction: .outgoing, type: type)
                    .map { "\(graph.schema.relationType(graph.type(of: $0)).name)>\(ext(graph.object(of: $0)))" }.sorted()
                let expectedOut = claims.filter { $0.s == e && (typeName == nil || $0.t == typeName) }.map { "\($0.t)>\($0.o)" }.sorted()
                #expect(out == expectedOut)
                let into = graph.edges(of: id, direction: .incoming, type: type)
                    .map { "\(graph.schema.relationType(graph.type(of: $0)).name)<\(ext(graph.subject(of: $0)))" }.sorted()
                let expectedIn = claims.filter { $0.o == e && (typeName == nil || $0.t == typeName) }.map { "\($0.t)<\($0.s)" }.sorted()
                #expect(into == expectedIn)
                // The walk's form: the other end and the polarity from the adjacency itself.
                func adjacent(_ direction: Direction, _ mark: String) -> [String] {
                    var found: [String] = []
                    graph.forEachAdjacent(of: id, direction: direction, type: type) { edge, other, negated in
                        let ends = direction == .outgoing ? graph.object(of: edge) : graph.subject(of: edge)
                        #expect(other == ends && negated == graph.isNegated(edge))
                        found.append("\(graph.schema.relationType(graph.type(of: edge)).name)\(mark)\(ext(other))\(negated ? "!" : "")")
                    }
                    return found.sorted()
                }
                func expected(_ matching: [(s: Int, t: String, o: Int, negated: Bool)], _ mark: String, _ other: (Int, Int) -> Int) -> [String] {
                    matching.filter { typeName == nil || $0.t == typeName }
                        .map { "\($0.t)\(mark)\(other($0.s, $0.o))\($0.negated ? "!" : "")" }.sorted()
                }
                #expect(adjacent(.outgoing, ">") == expected(claims.filter { $0.s == e }, ">") { $1 })
                #expect(adjacent(.incoming, "<") == expected(claims.filter { $0.o == e }, "<") { s, _ in s })
            }
        }
        for typeName in actTypes {
            let type = try #require(schema.relationType(named: typeName))
            #expect(graph.edges(ofType: type).count == claims.filter { $0.t == typeName }.count)
            #expect(graph.statistics.distinctSubjectsPerType[Int(type.raw)] == Set(claims.filter { $0.t == typeName }.map(\.s)).count)
            #expect(graph.statistics.distinctObjectsPerType[Int(type.raw)] == Set(claims.filter { $0.t == typeName }.map(\.o)).count)
        }
        #expect(graph.nodes(withFoldPrefix: "ten 1").count == 11)  // Tên 1, Tên 10…19
        // Globs over the stored fold keys agree with folding every name.
        for pattern in ["*duc*", "ten 1*", "*5 duc", "ten*1*duc", "*", "ten 59 duc", "*x*"] {
            let brute = (0..<graph.nodeCount).filter { n in
                ([graph.name(of: NodeID(UInt32(n)))] + graph.aliases(of: NodeID(UInt32(n)))).contains {
                    MemoryGraphTests.globReference(Fold.key($0), pattern)
                }
            }.map { NodeID(UInt32($0)) }
            #expect(graph.nodes(withFoldGlob: pattern) == brute, "\(pattern)")
        }
    }

    /// A plain reference glob: `*` is any run of characters, checked by recursion.
    static func globReference(_ text: String, _ pattern: String) -> Bool {
        let t = Array(text), p = Array(pattern)
        func match(_ i: Int, _ j: Int) -> Bool {
            if j == p.count { return i == t.count }
            if p[j] == "*" { return (i...t.count).contains { match($0, j + 1) } }
            return i < t.count && t[i] == p[j] && match(i + 1, j + 1)
        }
        return match(0, 0)
    }
}
