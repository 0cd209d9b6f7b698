// Import and export of graph JSON Lines through a graph file: lossless, deterministic, all or nothing.
import Foundation
import Testing
import WeftModel
import WeftStore
import WeftTestSupport

@Suite struct ImportExportTests {
    @Test func seedGraphExportsByteForByte() throws {
        let seed = try String(contentsOf: Fixtures.seedJSONL, encoding: .utf8)
        let path = try Fixtures.graphFile(seed)
        #expect(try Fixtures.export(path) == seed)
    }

    @Test func importExportImportIsLossless() throws {
        let first = try Fixtures.export(try Fixtures.graphFile(Fixtures.small))
        let second = try Fixtures.export(try Fixtures.graphFile(first))
        #expect(first == second)
        // Types survive: the float, the list, the date, the negation.
        #expect(first.contains(#""weight": 1.5"#))
        #expect(first.contains(#""tags": ["x", "y"]"#))
        #expect(first.contains(#""negated": true"#))
        #expect(first.contains(#""date": "2021-04-20""#))
    }

    @Test func exportIsDeterministic() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        #expect(try Fixtures.export(path) == Fixtures.export(path))
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let before = try Fixtures.export(path)
        let summary = try Fixtures.importInto(path, Fixtures.small)
        #expect(summary.claims == 6)
        #expect(try Fixtures.export(path) == before)
        let file = try GraphFile.open(path)
        #expect(file.nodeCount == 6)
        #expect(file.claimCount == 6)
    }

    @Test func importingIntoAnExistingGraphAddsAndReplaces() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        try Fixtures.importInto(path, [
            Fixtures.node("o1", "Organization", "ASEAN"),
            Fixtures.node("p2", "Person", "Suga Yoshihide", aliases: ["Suga"]),
            Fixtures.edge("e7", "MEMBER_OF", "c1", "o1"),
        ].joined(separator: "\n"))
        let file = try GraphFile.open(path)
        #expect(file.nodeCount == 7)
        #expect(file.claimCount == 7)
        let graph = try file.loadMemoryGraph()
        // The replaced node's old aliases are gone from the name index, the new one is there.
        #expect(graph.nodes(withFold: "yoshihide suga").isEmpty)
        #expect(graph.nodes(withFold: "suga").map(graph.name(of:)) == ["Suga Yoshihide"])
    }

    @Test func namesAreStoredNFC() throws {
        let nfd = "Phạm Minh Chính".decomposedStringWithCanonicalMapping
        let path = try Fixtures.graphFile(Fixtures.node("p1", "Person", nfd) + "\n")
        let graph = try GraphFile.open(path).loadMemoryGraph()
        #expect(Array(graph.name(of: NodeID(0)).unicodeScalars) == Array("Phạm Minh Chính".unicodeScalars))
    }

    /// Each bad line: the message names file and line, and the graph is exactly as before.
    @Test(arguments: [
        (#"{"type": "node", "id": "x1", "labels": ["Person"], "properties": {"name": "X"}"#,
         "bad.jsonl:2: error: column 79: unterminated object: expected `,` or `}`"),
        (Fixtures.node("x1", "Persn", "X"), "bad.jsonl:2: error: node x1: unknown kind `Persn` (did you mean `Person`?)"),
        (Fixtures.edge("x1", "SUPORTS", "p1", "c1"),
         "bad.jsonl:2: error: relationship x1: unknown relation type `SUPORTS` (did you mean `SUPPORTS`?)"),
        (Fixtures.edge("x1", "SUPPORTS", "p1", "nowhere"),
         "bad.jsonl:2: error: relationship x1: end node nowhere does not exist (nodes must come before the relationships that use them)"),
        (Fixtures.edge("x1", "LEADS", "c1", "p1"),
         "bad.jsonl:2: error: relationship x1: LEADS cannot go from a Country to a Person; it takes Person → Country, Organization, Group"),
        (Fixtures.edge("x1", "PRAISES", "p1", "c1", #""modality": "maybe""#),
         "bad.jsonl:2: error: relationship x1: \"modality\" must be one of asserted, background, future, intent, desire, request, agreed, inferred"),
        (Fixtures.edge("x1", "PRAISES", "p1", "c1", #""article": "p2""#),
         "bad.jsonl:2: error: relationship x1: article p2 is a Person, not an Article"),
        (Fixtures.node("p1", "Country", "Phạm Minh Chính"),
         "bad.jsonl:2: error: node p1 is already a Person; this line makes it a Country"),
        (#"{"type": "edge"}"#, "bad.jsonl:2: error: unknown \"type\": \"edge\" (expected \"node\" or \"relationship\")"),
        (#"{"type": "node", "id": "x", "labels": ["Person"], "properties": {"name": "X", "o": {"a": 1}}}"#,
         "bad.jsonl:2: error: node x: property \"o\": objects are not a property type (string, int, float, bool, date, list)"),
    ])
    func badLinesAreReportedAndNothingChanges(line: String, message: String) throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let before = try Fixtures.export(path)
        let good = Fixtures.node("ok", "Topic", "thêm một chủ đề")
        do {
            try Fixtures.importInto(path, good + "\n" + line + "\n" + good, name: "bad.jsonl")
            Issue.record("the import did not fail")
        } catch let error as InputError {
            #expect(error.description == message)
        }
        #expect(try Fixtures.export(path) == before)
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let before = try Fixtures.export(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var bytes = Array((Fixtures.node("ok", "Topic", "ok") + "\n").utf8)
        bytes += Array(#"{"type": "node", "id": "x", "labels": ["Topic"], "properties": {"name": "a"#.utf8) + [0xFF] + Array("\"}}\n".utf8)
        let input = folder.appendingPathComponent("binary.jsonl")
        try Data(bytes).write(to: input)
        let file = try GraphFile.open(path)
        #expect {
            try file.write { try JSONLImporter.run(try LineReader(path: input.path), name: "binary.jsonl", into: $0) }
        } throws: { error in
            (error as? InputError)?.description == "binary.jsonl:2: error: column 75: invalid UTF-8 (byte 0xFF)"
        }
        #expect(try Fixtures.export(path) == before)
    }

    @Test func aFailedCreateLeavesNoFile() throws {
        let folder = Paths.temporaryFolder()
        let path = folder.appendingPathComponent("new.weft").path
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try GraphFile.create(path) { writer in
                try writer.put(NodeRecord(id: "x", kind: KindID(0), name: "X"))
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

@Suite struct ImportPipelineTests {
    /// Several megabytes, so the input is cut into several blocks parsed on different threads:
    /// the first bad line is the one reported, by its own line number.
    @Test func theFirstBadLineOfALargeFileIsReported() throws {
        var lines = [Fixtures.node("p", "Person", "Trần Đại Quang"), Fixtures.node("c", "Country", "Lào")]
        for i in 0..<30_000 { lines.append(Fixtures.edge("x\(i)", "VISITS", "p", "c", #""evidence": "Chủ tịch nước thăm chính thức Lào lần thứ \#(i) với nhiều hoạt động hợp tác""#)) }
        lines[25_000] = Fixtures.edge("bad1", "VISITS", "p", "nowhere")
        lines[28_000] = "{not json"
        let path = try Fixtures.graphFile(Fixtures.small)
        let before = try Fixtures.export(path)
        #expect(lines.joined(separator: "\n").utf8.count > 3 << 20)
        #expect {
            try Fixtures.importInto(path, lines.joined(separator: "\n"), name: "large.jsonl")
        } throws: { error in
            (error as? InputError)?.line == 25_001 && (error as? InputError)?.message.contains("nowhere") == true
        }
        #expect(try Fixtures.export(path) == before)
    }

    @Test func aRepeatedIdInANewGraphKeepsTheLastClaim() throws {
        let path = try Fixtures.graphFile([
            Fixtures.node("p", "Person", "Trần Đại Quang"), Fixtures.node("c", "Country", "Lào"),
            Fixtures.edge("x", "VISITS", "p", "c", #""sentence": 1"#),
            Fixtures.edge("x", "HOSTS", "p", "c", #""sentence": 2"#),
        ].joined(separator: "\n"))
        let file = try GraphFile.open(path, readOnly: true)
        #expect(file.claimCount == 1)
        let claim = try #require(try file.claim(externalID: "x"))
        #expect(file.schema.relationType(claim.type).name == "HOSTS")
        #expect(claim.sentence == 2)
    }
}

@Suite struct AliasMergeTests {
    @Test func aLaterNameFormBecomesAnAlias() throws {
        let path = try Fixtures.graphFile(Fixtures.node("p", "Person", "Phạm Minh Chính", aliases: ["Thủ tướng Phạm Minh Chính"]) + "\n")
        let file = try GraphFile.open(path)
        let added = try file.write { writer -> (Bool, Bool) in
            let first = try writer.mergeAliases(of: NodeRecord(id: "p", kind: KindID(0), name: "Phạm Minh Chính",
                                                               aliases: ["ông Phạm Minh Chính", "Thủ tướng Phạm Minh Chính"]))
            let again = try writer.mergeAliases(of: NodeRecord(id: "p", kind: KindID(0), name: "Phạm Minh Chính",
                                                               aliases: ["ông Phạm Minh Chính"]))
            return (first, again)
        }
        #expect(added.0)
        #expect(!added.1)
        let graph = try GraphFile.open(path, readOnly: true).loadMemoryGraph()
        #expect(graph.aliases(of: NodeID(0)) == ["Thủ tướng Phạm Minh Chính", "ông Phạm Minh Chính"])
        #expect(graph.nodes(withFold: "ong pham minh chinh").count == 1)
    }
}
