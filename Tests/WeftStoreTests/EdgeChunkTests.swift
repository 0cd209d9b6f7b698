// The packed edge chunks: they round-trip, stay in step with the edge table, and are repaired when stale.
import Foundation
import Testing
import WeftModel
@testable import WeftStore
import WeftTestSupport

@Suite struct EdgeChunkTests {
    @Test func encodingRoundTrips() throws {
        var chunk = EdgeChunk()
        chunk.put(offset: 9, .init(type: 2, flags: 0x31, cameo: "0211", subject: 7, object: 8, article: 1, sentence: 3, date: -5))
        chunk.put(offset: 4, .init(type: 1, flags: 0, cameo: nil, subject: 70_000, object: 1, article: 0, sentence: 0, date: .min))
        chunk.put(offset: 9, .init(type: 3, flags: 1, cameo: "051", subject: 7, object: 9, article: 1, sentence: 4, date: 19_000))
        #expect(chunk.offsets == [4, 9])
        #expect(chunk.type == [1, 3])
        let data = chunk.encoded()
        let decoded = try #require(data.withUnsafeBytes { EdgeChunk(decoding: $0) })
        #expect(decoded == chunk)
        #expect(data.dropLast().withUnsafeBytes { EdgeChunk(decoding: $0) } == nil)
    }

    /// Every column a query can read, for every edge, as text.
    func dump(_ graph: MemoryGraph) -> [String] {
        (0..<graph.edgeCount).map { i in
            let e = EdgeID(UInt32(i))
            return [graph.externalID(of: graph.subject(of: e)), graph.schema.relationType(graph.type(of: e)).name,
                    graph.externalID(of: graph.object(of: e)), "\(graph.isNegated(e))", "\(graph.modality(of: e).map(\.name) ?? "-")",
                    graph.cameo(of: e) ?? "-", "\(graph.sentence(of: e) ?? 0)", graph.date(of: e)?.description ?? "-",
                    graph.article(of: e).map(graph.externalID(of:)) ?? "-"].joined(separator: " ")
        }.sorted()
    }

    @Test func chunksAgreeWithTheTableAfterImportsAndUpdates() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        // Replace a claim (new object, negation, date) and add one.
        try Fixtures.importInto(path, [
            Fixtures.node("t2", "Topic", "chuyển đổi số"),
            Fixtures.edge("e1", "PRAISES", "p1", "t2", #""negated": true, "date": "2022-01-02", "cameo": "0511""#),
            Fixtures.edge("e9", "SUPPORTS", "c2", "t2", #""modality": "intent", "sentence": 6, "article": "a1""#),
        ].joined(separator: "\n"))
        let file = try GraphFile.open(path, readOnly: true)
        #expect(try file.chunksAreCurrent())
        let fromChunks = dump(try file.loadMemoryGraph(usingChunks: true))
        #expect(fromChunks == dump(try file.loadMemoryGraph(usingChunks: false)))
        #expect(fromChunks.contains("p1 PRAISES t2 true - 0511 0 2022-01-02 -"))
        #expect(fromChunks.count == 7)
    }

    @Test func rowsAddedBehindWeftsBackAreSeenAndRepaired() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let db = try SQLiteDatabase(path: path, mode: .readWrite)
        try db.exec("""
            INSERT INTO edge(type, subj, obj, ext) SELECT type, obj, subj, 'hand' FROM edge WHERE ext = 'e1'
            """)
        let file = try GraphFile.open(path)
        #expect(try !file.chunksAreCurrent())
        #expect(try file.loadMemoryGraph().edgeCount == 7)
        _ = try file.write { writer in try writer.put(NodeRecord(id: "t9", kind: KindID(5), name: "năng lượng")) }
        #expect(try file.chunksAreCurrent())
        #expect(dump(try file.loadMemoryGraph(usingChunks: true)) == dump(try file.loadMemoryGraph(usingChunks: false)))
    }

    @Test func manyChunks() throws {
        // 70,000 claims span two chunks; the second import touches both.
        var lines = [Fixtures.node("p", "Person", "Lê Văn A"), Fixtures.node("c", "Country", "Lào")]
        for i in 0..<70_000 { lines.append(Fixtures.edge("x\(i)", i % 2 == 0 ? "PRAISES" : "VISITS", "p", "c", #""sentence": \#(i % 50 + 1)"#)) }
        let path = try Fixtures.graphFile(lines.joined(separator: "\n"))
        try Fixtures.importInto(path, Fixtures.edge("x5", "HOSTS", "p", "c") + "\n" + Fixtures.edge("x69999", "HOSTS", "p", "c"))
        let file = try GraphFile.open(path, readOnly: true)
        let graph = try file.loadMemoryGraph()
        #expect(graph.edgeCount == 70_000)
        let hosts = try #require(graph.schema.relationType(named: "HOSTS"))
        #expect(graph.edges(ofType: hosts).count == 2)
        #expect(dump(graph) == dump(try file.loadMemoryGraph(usingChunks: false)))
    }
}

@Suite struct RemoveClaimsTests {
    @Test func removingAnArticlesClaimsKeepsChunksInStep() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        try Fixtures.importInto(path, [
            Fixtures.node("a2", "Article", "a2"),
            Fixtures.edge("x1", "PRAISES", "p1", "c2", #""article": "a2", "sentence": 1"#),
            Fixtures.edge("x2", "SUPPORTS", "c2", "p1", #""article": "a2", "sentence": 2"#),
        ].joined(separator: "\n"))
        let file = try GraphFile.open(path)
        let before = try file.loadMemoryGraph().edgeCount
        let removed = try file.write { writer in
            let count = try writer.removeClaims(ofArticle: "a2")
            try writer.put(NodeRecord(id: "t9", kind: KindID(5), name: "năng lượng"))
            return count
        }
        #expect(removed == 2)
        let fromChunks = EdgeChunkTests().dump(try file.loadMemoryGraph(usingChunks: true))
        #expect(fromChunks == EdgeChunkTests().dump(try file.loadMemoryGraph(usingChunks: false)))
        #expect(fromChunks.count == before - 2)
        #expect(!fromChunks.contains { $0.hasSuffix(" a2") })
    }
}
