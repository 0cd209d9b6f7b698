// The optimiser's own operators — hash join, distinct push-down, bidirectional shortest paths,
// streaming projections — against the plain plan on a generated graph of a few thousand claims:
// the same rows, or the test fails.
import Foundation
import Testing
import WeftEngine
import WeftModel
import WeftQuery
import WeftStore
import WeftTestSupport

@Suite struct OperatorTests {
    /// A deterministic random graph: 400 nodes of four kinds, 3,000 claims of six types (two
    /// symmetric), some negated, many parallel, a few self-loops, and isolated nodes.
    static let loaded = Result { try generated() }
    static var graph: MemoryGraph? {
        if case .failure(let error) = loaded { Issue.record("generated graph: \(error)") }
        return try? loaded.get()
    }

    static func generated(nodes: Int = 400, claims: Int = 3000) throws -> MemoryGraph {
        var seed: UInt64 = 0x5EED
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let kinds = ["Person", "Country", "Organization", "Topic"]
        var lines: [String] = []
        for i in 0..<nodes {
            let kind = kinds[i % 4]
            lines.append(#"{"type": "node", "id": "n\#(i)", "labels": ["\#(kind)"], "properties": {"name": "\#(kind) \#(i)"}}"#)
        }
        let types = ["SUPPORTS", "PROPOSES", "CRITICIZES", "AGREES", "PARTNER_OF", "MEMBER_OF"]
        // Nodes 360 and up have no claims; a skewed choice of ends makes a few busy nodes.
        func end() -> Int { random(3) == 0 ? random(12) : random(360) }
        var e = 0
        while e < claims {
            var type = types[random(types.count)]
            var (s, o) = (end(), end())
            if s % 4 == 3 { s -= 1 }  // Topics are never subjects
            if type == "PARTNER_OF" && o % 4 == 3 { type = "AGREES" }
            if type == "MEMBER_OF" { o = 2 + 4 * random(90) }  // Organizations
            if random(40) == 0 && type != "MEMBER_OF" { o = s }
            let repeats = random(5) == 0 ? 2 : 1
            for _ in 0..<repeats {
                e += 1
                let negated = random(10) == 0
                lines.append(#"{"type": "relationship", "id": "e\#(e)", "label": "\#(type)", "start": {"id": "n\#(s)"}, "end": {"id": "n\#(o)"}, "properties": {"negated": \#(negated)}}"#)
            }
        }
        let input = Paths.temporaryFolder().appendingPathComponent("operators.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let file = try GraphFile.inMemory()
        _ = try file.write { try JSONLImporter.run(try LineReader(path: input.path), name: "operators", into: $0) }
        return try file.loadMemoryGraph()
    }

    static let queries: [String] = [
        // Distinct push-down, from busy and quiet nodes, with and without the start excluded.
        #"MATCH (c "Person 0")-[:SUPPORTS]->(t)<-[:SUPPORTS]-(b) RETURN count(DISTINCT b);"#,
        #"MATCH (c "Person 0")-[:SUPPORTS]->(t)<-[:SUPPORTS]-(b) WHERE b <> c RETURN DISTINCT b.name;"#,
        #"MATCH (c "Country 1")-[:SUPPORTS|PROPOSES]->(t)<-[:SUPPORTS]-(b) RETURN DISTINCT b.name;"#,
        #"MATCH (c "Country 5")-[:CRITICIZES]->(t)<-[:CRITICIZES]-(b) RETURN DISTINCT b;"#,
        #"MATCH (c "Person 8")-[:AGREES]-(t)-[:AGREES]-(b) RETURN count(DISTINCT b), collect(DISTINCT b.name);"#,
        #"MATCH (c "Person 4")-[]-(t)-[]-(b) RETURN count(DISTINCT b), min(b.name), max(b.name);"#,
        #"MATCH (c "Person 4")-[r]->(t)<-[:NOT SUPPORTS]-(b) RETURN DISTINCT b.name;"#,
        #"MATCH (c:Country)-[:PARTNER_OF]-(t)-[:MEMBER_OF]->(o) WHERE t.name <> "Person 0" RETURN DISTINCT c.name, o.name;"#,
        #"MATCH (c "Person 12")-[:SUPPORTS]->(x)-[:MEMBER_OF]->(o)<-[:PARTNER_OF]-(b) RETURN DISTINCT b.name;"#,
        #"MATCH (c "Person 0")-[:SUPPORTS]->(t) RETURN DISTINCT t.name;"#,
        // Hash joins: two anchors meeting, chains meeting in the middle, claims not reused.
        #"MATCH (a "Person 0")-[:SUPPORTS]->(t)<-[:SUPPORTS]-(b "Country 1") RETURN t.name;"#,
        #"MATCH (a "Person 0")-[r1]->(t)<-[r2]-(b "Person 0") RETURN t.name, type(r1), type(r2);"#,
        #"MATCH (a "Person 4")-[]-(t)-[:AGREES]-(u)<-[]-(b "Country 9") RETURN t.name, u.name;"#,
        #"MATCH (a "Person 0")-[:SUPPORTS]->(t)<-[:PROPOSES]-(b "Country*") RETURN b.name, t.name;"#,
        // Shortest paths: connected, unconnected, directed, bounded.
        #"MATCH SHORTEST p = (a "Person 100")-[*..4]-(b "Topic 203") RETURN p;"#,
        #"MATCH SHORTEST p = (a "Person 100")-[*..4]-(b "Person 380") RETURN p;"#,
        #"MATCH SHORTEST p = (a "Country 13")-[:SUPPORTS*..3]->(b "Topic 7") RETURN p;"#,
        #"MATCH SHORTEST p = (a "Topic 7")-[:SUPPORTS*..3]-(b "Person 96") RETURN nodes(p);"#,
        #"MATCH SHORTEST p = (a "Person 40")-[:AGREES|PARTNER_OF*..5]-(b "Country 41") RETURN p;"#,
        #"MATCH SHORTEST p = (a "Person 40")-[*..2]-(b "Topic 1*") RETURN p;"#,
        // Streaming projections.
        #"MATCH (a)-[r]->(b) RETURN type(r), count(*), count(DISTINCT a), collect(DISTINCT b.name)[0] IS NULL;"#,
        #"MATCH (a:Person)-[r:SUPPORTS]->(b) WITH a, count(*) AS n WHERE n > 3 RETURN a.name, n;"#,
        #"MATCH (a:Person)-[r:SUPPORTS]->(b) RETURN a.name, b.name ORDER BY a.name, b.name LIMIT 7;"#,
        // Shortest paths from many start rows: each search reuses the levels the previous one cleared.
        #"MATCH (a:Country) MATCH SHORTEST p = (a)-[*..3]-(b "Person 96") RETURN a.name, p;"#,
        #"MATCH (a:Person) WITH a LIMIT 30 MATCH SHORTEST p = (a)-[:SUPPORTS|AGREES*..4]-(b "Topic 7") RETURN a.name, length(p), nodes(p);"#,
        // Hash joins under many input rows: a build side that reads none of them, and one that does.
        #"MATCH (x:Country) WITH x LIMIT 20 MATCH (a "Person 4")-[]-(t)-[:AGREES]-(u)<-[]-(b "Country 9") RETURN x.name, t.name, u.name;"#,
        #"MATCH (x:Country) WITH x LIMIT 20 MATCH (a "Person 4")-[]-(t)-[:AGREES]-(u)<-[]-(b "Country 9") WHERE u <> x RETURN x.name, t.name;"#,
        #"MATCH (x:Person) WITH x LIMIT 20 MATCH (a "Person 4")-[]-(x)-[:AGREES]-(u)<-[]-(b "Country 9") RETURN x.name, u.name;"#,
        #"MATCH (x) WITH x LIMIT 60 MATCH (a "Person 4")-[]-(t {name: x.name})-[:AGREES]-(u)<-[]-(b "Country 9") RETURN x.name, t.name, u.name;"#,
    ]

    func rows(_ session: Session, _ text: String) throws -> [String] {
        let source = SourceText(text)
        let parsed = Parser.parseScript(source)
        let statement = try #require(parsed.statements.first, "\(parsed.diagnostics)")
        guard case .table(let table) = try session.execute(statement, source: source) else { return [] }
        return table.rows.map { $0.map { ValueText.plain($0, graph: session.graph) }.joined(separator: " | ") }
    }

    @Test(arguments: queries)
    func optimisedOperatorsGiveThePlainRows(_ query: String) throws {
        let graph = try #require(OperatorTests.graph)
        let optimised = Session(graph: graph)
        let plain = Session(graph: graph)
        plain.optimize = false
        let a = try rows(optimised, query), b = try rows(plain, query)
        #expect(a.sorted() == b.sorted(), "\(query)")
    }

    /// The plan `mode` (EXPLAIN or PROFILE) prints for `text`.
    func printedPlan(_ session: Session, _ mode: String, _ text: String) throws -> String {
        let source = SourceText(mode + " " + text)
        let statement = try #require(Parser.parseScript(source).statements.first)
        guard case .plan(let plan) = try session.execute(statement, source: source) else { return "" }
        return plan
    }

    /// The operators the queries above are meant to exercise are the ones EXPLAIN shows.
    @Test func theOperatorsAreChosen() throws {
        let graph = try #require(OperatorTests.graph)
        let session = Session(graph: graph)
        func plan(_ text: String) throws -> String { try printedPlan(session, "EXPLAIN", text) }
        #expect(try plan(OperatorTests.queries[0]).contains("ExpandDistinct"))
        #expect(try plan(OperatorTests.queries[8]).contains("ExpandDistinct"))
        #expect(try plan(OperatorTests.queries[12]).contains("HashJoin"))
        #expect(try !plan(#"MATCH (c "Person 0")-[:SUPPORTS]->(t)<-[:SUPPORTS]-(b) RETURN count(*);"#).contains("ExpandDistinct"))
        // The plans themselves, as EXPLAIN prints them, are goldens.
        let plans = try [0, 8, 12, 14].map { "> " + OperatorTests.queries[$0] + "\n" + (try plan(OperatorTests.queries[$0])) }
        Snapshot.assert(plans.joined(separator: "\n\n") + "\n", named: "operator-plans")
        #expect(try !plan(#"MATCH (c "Person 0")-[r:SUPPORTS]->(t)<-[:SUPPORTS]-(b) RETURN DISTINCT b, r;"#).contains("ExpandDistinct"))
    }

    /// Between two busy nodes, the nodes in the middle are busy too (neighbours of hubs are
    /// hubs): the planner samples the named node's neighbours instead of trusting the average
    /// degree, and hash-joins on the other hub's claims rather than reading every middle node's
    /// claims to find it. Here: two hubs sharing 40 topics of 120 claims each, among 4,000
    /// nodes of one or two claims, so the average degree is about 2.
    @Test func aPathBetweenTwoHubsIsHashJoined() throws {
        var lines = [#"{"type": "node", "id": "h1", "labels": ["Country"], "properties": {"name": "Hub One"}}"#,
                     #"{"type": "node", "id": "h2", "labels": ["Country"], "properties": {"name": "Hub Two"}}"#]
        var e = 0
        func claim(_ s: String, _ type: String, _ o: String) {
            e += 1
            lines.append(#"{"type": "relationship", "id": "e\#(e)", "label": "\#(type)", "start": {"id": "\#(s)"}, "end": {"id": "\#(o)"}, "properties": {}}"#)
        }
        for t in 0..<40 {
            lines.append(#"{"type": "node", "id": "t\#(t)", "labels": ["Topic"], "properties": {"name": "Topic \#(t)"}}"#)
        }
        for p in 0..<4000 {
            lines.append(#"{"type": "node", "id": "p\#(p)", "labels": ["Person"], "properties": {"name": "Person \#(p)"}}"#)
        }
        // A quiet person who praises three people of topic 0.
        lines.append(#"{"type": "node", "id": "scout", "labels": ["Person"], "properties": {"name": "Scout"}}"#)
        for p in 0..<3 { claim("scout", "PRAISES", "p\(p)") }
        for t in 0..<40 {
            claim("h1", "SUPPORTS", "t\(t)")
            claim("h2", "SUPPORTS", "t\(t)")
            for k in 0..<120 { claim("p\((t * 120 + k) % 4000)", "PROPOSES", "t\(t)") }
        }
        let input = Paths.temporaryFolder().appendingPathComponent("hubs.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let file = try GraphFile.inMemory()
        _ = try file.write { try JSONLImporter.run(try LineReader(path: input.path), name: "hubs", into: $0) }
        let graph = try file.loadMemoryGraph()
        let session = Session(graph: graph)
        let query = #"MATCH (a "Hub One")-[]-(t)-[]-(b "Hub Two") RETURN count(*);"#
        let plan = try printedPlan(session, "EXPLAIN", query)
        #expect(plan.contains("HashJoin"), "\(plan)")
        // PROFILE counts the build's rows apart from the probe side's steps.
        let profile = try printedPlan(session, "PROFILE", query).split(separator: "\n")
        func actual(_ step: String) -> String? {
            profile.first { $0.contains(step) && !$0.contains("build:") }?
                .components(separatedBy: "actual ").last?.split(separator: " ").first.map(String.init)
        }
        #expect(actual("NodeByName") == "1", "\(profile)")
        #expect(actual("HashJoin") == "40", "\(profile)")
        let plain = Session(graph: graph)
        plain.optimize = false
        #expect(try rows(session, query) == ["40"])
        #expect(try rows(plain, query) == ["40"])
        // Two claims away from a quiet named node, the topic is busy too: no named node next to
        // it to sample, so the kinds' degree bias (E[d²]/E[d]²) says so.
        let farther = #"MATCH (a "Hub One")-[]-(t)-[]-(p)-[]-(x "Scout") RETURN count(*);"#
        let farPlan = try printedPlan(session, "EXPLAIN", farther)
        #expect(farPlan.contains("HashJoin"), "\(farPlan)")
        #expect(try rows(session, farther) == rows(plain, farther))
        #expect(try rows(session, farther) != ["0"])
    }

    /// A build side that reads nothing from the input row is built once for all of them: PROFILE
    /// counts the same build rows under 100 input rows as under one.
    @Test func aHashJoinTableIsBuiltOncePerMatch() throws {
        let graph = try #require(OperatorTests.graph)
        let session = Session(graph: graph)
        func buildLine(_ text: String) throws -> String {
            let plan = try printedPlan(session, "PROFILE", text)
            return try #require(plan.split(separator: "\n").last { $0.contains("build:") && $0.contains("actual") }.map(String.init), "\(plan)")
        }
        func actual(_ line: String) -> String? { line.components(separatedBy: "actual ").last?.split(separator: " ").first.map(String.init) }
        let join = #"(a "Person 4")-[]-(t)-[:AGREES]-(u)<-[]-(b "Country 9") RETURN t.name, u.name;"#
        let once = try buildLine("MATCH " + join)
        let many = try buildLine("MATCH (x:Country) WITH x LIMIT 100 MATCH " + join)
        #expect(actual(once) != nil && actual(once) != "0")
        #expect(actual(many) == actual(once), "\(many) vs \(once)")
    }

    /// The unconnected pair is answered without walking the busy side: the quiet side's search
    /// runs dry first.
    @Test func unconnectedShortestStopsWhenOneSideRunsDry() throws {
        let graph = try #require(OperatorTests.graph)
        let session = Session(graph: graph)
        #expect(try rows(session, #"MATCH SHORTEST p = (a "Person 0")-[*..6]-(b "Person 396") RETURN length(p);"#).isEmpty)
    }
}
