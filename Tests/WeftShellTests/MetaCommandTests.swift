// The meta-commands through the input loop, as a script would run them, on the seed graph.
import Foundation
import Testing
import WeftIngest
import WeftShell
import WeftStore
import WeftTestSupport

@Suite struct MetaCommandTests {
    private func file(_ name: String) -> URL { Paths.temporaryFolder().appendingPathComponent(name) }
    private func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    @Test func dotDrawsTheLastResult() throws {
        let target = file("phone.dot")
        let run = try ShellFixture.run("""
            MATCH (a:Person)-[r:PHONES]->(b:Person) RETURN a, r, b, 42 AS scalar;
            .dot \(target.path)
            """)
        #expect(run.errors == "")
        #expect(run.output.hasSuffix("drew 2 nodes and 1 claim in \(target.path)\n"))
        let dot = read(target)
        #expect(dot.contains("charset=\"UTF-8\""))
        #expect(dot.contains("Phạm Minh Chính") && dot.contains("Suga Yoshihide"))
        #expect(dot.contains("PHONES"))
        #expect(!dot.contains("42"))
        if let svg = Tools.svg(dot) { #expect(svg.contains("Suga Yoshihide")) }
    }

    @Test func dotRunsTheQueryGivenOnItsLineAndKeepsItsResult() throws {
        let first = file("path.dot"), second = file("again.dot")
        let run = try ShellFixture.run("""
            .dot "\(first.path)" MATCH p = (a:Person "Suga Yoshihide")-[:PHONES]-(b:Person) RETURN p
            .dot \(second.path)
            """)
        #expect(run.errors == "")
        #expect(run.output == "drew 2 nodes and 1 claim in \(first.path)\ndrew 2 nodes and 1 claim in \(second.path)\n")
        #expect(read(first) == read(second))
        #expect(run.shell.lastResult?.rows.count == 1)
    }

    @Test func dotAfterDescribeDrawsTheStarAroundTheNode() throws {
        let target = file("star.dot")
        let run = try ShellFixture.run("DESCRIBE (c:Country \"Nhật Bản\");\n.dot \(target.path)\n")
        #expect(run.errors == "")
        let drawn = try #require(run.output.split(separator: "\n").last)
        #expect(drawn.hasPrefix("drew ") && !drawn.hasPrefix("drew 0 ") && !drawn.hasPrefix("drew 1 node"))
        let dot = read(target)
        #expect(dot.contains("Nhật Bản") && dot.contains("Việt Nam") && dot.contains("PLEDGES"))
        #expect(!run.output.hasSuffix("Nhật Bản\n" + drawn + "\n"), "the card is not printed twice")
    }

    @Test func dotSaysWhatIsWrong() throws {
        let target = file("bad.dot")
        let run = try ShellFixture.run("""
            .dot
            .dot \(target.path)
            .dot \(target.path) MATCH (a:Persn) RETURN a
            .dot \(target.path) MATCH (a:Person) RETURN a EXPORT CSV
            .dot \(target.path) RETURN 1 AS one
            """)
        #expect(run.errors.contains("script.wq:1: error: `.dot` takes a file name"))
        #expect(run.errors.contains("script.wq:2: error: no result to draw yet"))
        // The query's error points into the meta-command's own line.
        #expect(run.errors.contains("script.wq:3:\(".dot \(target.path) MATCH (a:".count + 1): error[E100]: unknown kind `Persn`"))
        #expect(run.errors.contains("3 | .dot \(target.path) MATCH (a:Persn) RETURN a;"))
        #expect(run.errors.contains("script.wq:4: error: `.dot` adds its own EXPORT DOT"))
        #expect(run.output.contains("note: the result holds no nodes, edges or paths"))
        #expect(run.shell.failed)
    }

    @Test func dotRendersPicturesThroughGraphviz() throws {
        guard Tools.find("dot") != nil else {
            Issue.record("Graphviz `dot` is not on PATH (make deps installs graphviz)")
            return
        }
        let picture = file("call.svg")
        let run = try ShellFixture.run(".dot \(picture.path) MATCH (a:Person)-[r:PHONES]->(b) RETURN a, r, b\n")
        #expect(run.errors == "")
        #expect(run.output == "drew 2 nodes and 1 claim in \(picture.path) (Graphviz dot)\n")
        let svg = read(picture)
        #expect(svg.contains("<svg") && svg.contains("Phạm Minh Chính"))
        #expect(!FileManager.default.fileExists(atPath: file("call.dot").path), "the intermediate DOT is removed")
    }

    @Test func statsAndSchemaDescribeTheGraph() throws {
        let run = try ShellFixture.run(".stats\n.schema\n")
        #expect(run.output.hasPrefix("sample: 34 nodes, 96 claims\nnodes by kind:\n  Person            2\n"))
        #expect(run.output.contains("  Topic             25\n"))
        #expect(run.output.contains("  PHONES            1\n"))
        let phones = run.output.split(separator: "\n").first { $0.hasPrefix("  PHONES ") && $0.contains("-[:PHONES]->") }
        #expect(phones?.contains("symmetric") == true && phones?.hasSuffix("CAMEO 041") == true)
        #expect(run.output.contains("  MENTIONS           (Article)-[:MENTIONS]->("))
    }

    @Test func headersOffDropsTheColumnNames() throws {
        let run = try ShellFixture.run("""
            MATCH (p:Person) RETURN p.name ORDER BY p.name;
            .headers off
            MATCH (p:Person) RETURN p.name ORDER BY p.name;
            .mode csv
            RETURN "a,b" AS x;
            .headers on
            RETURN 1 AS n;
            """)
        #expect(run.output == "p.name\nPhạm Minh Chính\nSuga Yoshihide\nPhạm Minh Chính\nSuga Yoshihide\n\"a,b\"\r\nn\r\n1\r\n")
    }

    @Test func onceSendsOneResultToAFileAndOutputAllOfThemUntilReset() throws {
        let once = file("once.tsv"), all = file("all.tsv")
        let run = try ShellFixture.run("""
            .once \(once.path)
            RETURN 1 AS a;
            RETURN 2 AS b;
            .output \(all.path)
            RETURN 3 AS c;
            .stats
            .output
            RETURN 4 AS d;
            """)
        #expect(read(once) == "a\n1\n")
        #expect(read(all).hasPrefix("c\n3\nsample: 34 nodes"))
        #expect(run.output == "b\n2\nd\n4\n")
    }

    @Test func explainPrintsThePlanBeforeTheRows() throws {
        let run = try ShellFixture.run(".explain on\nMATCH (p:Person) RETURN p.name ORDER BY p.name;\n.explain off\nRETURN 1 AS n;\n")
        let planThenRows = try #require(run.output.range(of: "NodeScan(:Person)"))
        #expect(run.output[planThenRows.upperBound...].contains("Phạm Minh Chính"))
        #expect(run.output.hasSuffix("Suga Yoshihide\nn\n1\n"))
    }

    @Test func timerReportsEachStatementOnStandardError() throws {
        let run = try ShellFixture.run(".timer on\nRETURN 1 AS n;\n.timer off\nRETURN 2 AS m;\n.timer maybe\n")
        #expect(run.errors.hasPrefix("Run Time: "))
        #expect(run.errors.components(separatedBy: "Run Time: ").count == 2)
        #expect(run.errors.contains("script.wq:5: error: `.timer` takes on or off"))
        #expect(run.output == "n\n1\nm\n2\n")
    }

    @Test func historyListsWholeStatementsNumbered() throws {
        let run = try ShellFixture.run("MATCH (p:Person)\nRETURN count(*) AS n;\n.mode csv\n.history\n", interactive: true)
        #expect(run.output.hasSuffix("""
                1  MATCH (p:Person)
                   RETURN count(*) AS n;
                2  .mode csv
                3  .history

            """))
    }

    @Test func exportImportAndOpenWalkTheWholeGraph() throws {
        let exported = file("graph.jsonl"), copy = file("copy.weft")
        let first = try ShellFixture.run(".export jsonl \(exported.path)\n.export xml \(exported.path)\n")
        #expect(first.errors.hasPrefix("exported the graph to \(exported.path)\n"))
        #expect(first.errors.contains("script.wq:2: error: `.export` takes a format (jsonl, ntriples or dot)"))
        #expect(read(exported).split(separator: "\n").count == 34 + 96)

        // A graph file made by importing the export; `.open` switches to it, `.import` adds to it.
        let second = try ShellFixture.run(".open /no/such/graph.weft\n")
        #expect(second.errors == "script.wq:1: error: cannot open '/no/such/graph.weft': no such file\n")
        #expect(second.shell.graph.label == "sample")
        _ = try GraphFile.create(copy.path) { writer in
            try JSONLImporter.run(try LineReader(path: exported.path), name: exported.path, into: writer)
        }
        let third = try ShellFixture.run("""
            .open \(copy.path)
            MATCH (n) RETURN count(*) AS nodes;
            .import \(exported.path)
            MATCH ()-[r]->() RETURN count(*) AS claims;
            """)
        #expect(third.errors.contains("opened \(copy.path): 34 nodes, 96 claims"))
        #expect(third.errors.contains("imported 34 nodes and 96 claims from \(exported.path)"))
        #expect(third.output == "nodes\n34\nclaims\n96\n", "re-importing the same lines changes nothing")
        #expect(third.shell.graph.label == copy.path)
    }

    @Test func exportWritesNTriplesAndDOTOfTheWholeGraph() throws {
        let triples = file("graph.nt"), dot = file("graph.dot")
        let run = try ShellFixture.run(".export ntriples \(triples.path)\n.export dot \(dot.path)\n.export jsonl \(file("g.png").path)\n")
        #expect(run.errors.hasPrefix("exported the graph to \(triples.path)\nexported the graph to \(dot.path)\n"))
        #expect(run.errors.contains("script.wq:3: error: pictures (.svg, .png, .pdf) need `.export dot`"))
        if let count = Tools.rapperCount(read(triples)) { #expect(count > 96 * 3) }
        let text = read(dot)
        #expect(text.contains("Suga Yoshihide") && text.contains("Nhật Bản"))
        if let svg = Tools.svg(text) { #expect(svg.contains("Phạm Minh Chính")) }
    }
}

@Suite struct IngestMetaCommandTests {
    private func articles() throws -> URL {
        let folder = Paths.temporaryFolder().appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = Paths.repository.appendingPathComponent("graphs/seed/seed-article.txt")
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("call.txt"))
        try Data([0xFF, 0xFE, 0x41]).write(to: folder.appendingPathComponent("broken.txt"))
        return folder
    }

    @Test func ingestAddsArticlesKeepsDefinitionsAndNamesBadFiles() throws {
        let folder = try articles()
        let run = try ShellFixture.run("""
            DEFINE QUERY claims() AS MATCH ()-[r]->() RETURN count(*) AS n;
            RUN claims();
            .ingest \(folder.path)
            RUN claims();
            MATCH (a:Article "call") RETURN a.name;
            .ingest \(folder.path)
            """)
        let counts = run.output.split(separator: "\n").filter { Int($0) != nil }.compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] == 96 && counts[1] > 96, "\(run.output)")
        #expect(run.output.contains("a.name\ncall\n"))
        #expect(run.errors.contains("script.wq:3: error: \(folder.path)/broken.txt: not valid UTF-8; skipped\n"))
        #expect(run.errors.contains(": 1 added, 0 replaced, 0 unchanged, 1 skipped; "))
        #expect(run.errors.contains(": 0 added, 0 replaced, 1 unchanged, 1 skipped; 0 claims written"))
        #expect(run.shell.failed)
    }

    @Test func anIngestedClaimShowsItsWholeSentence() throws {
        let folder = try articles()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken.txt"))
        let first = try ShellFixture.run(".ingest \(folder.path)\nMATCH (a:Article \"call\")-[:MENTIONS]->(c:Country \"Nhật Bản\")<-[r:PLEDGES]-() RETURN r.claim LIMIT 1;\n")
        #expect(!first.shell.failed, "\(first.errors)")
        let claim = try #require(first.output.split(separator: "\n").last.map(String.init))
        let why = try ShellFixture.run(".ingest \(folder.path)\n.why \(claim).0\n")
        #expect(why.output.contains("  sentence: "))
        // The sentence is there in full, the evidence marked inside it.
        let sentence = try #require(why.output.split(separator: "\n").first { $0.hasPrefix("  sentence: ") })
        #expect(sentence.contains("«") && sentence.contains("»") && sentence.count > 60, "\(sentence)")
    }

    @Test func anIngestStoppedBetweenBatchesKeepsTheBatchesWritten() throws {
        let folder = Paths.temporaryFolder().appendingPathComponent("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = try String(contentsOf: Paths.repository.appendingPathComponent("graphs/seed/seed-article.txt"), encoding: .utf8)
        for n in 0..<4 { try (seed + "\nBài số \(n).").write(to: folder.appendingPathComponent("a\(n).txt"), atomically: true, encoding: .utf8) }
        let file = try GraphFile.inMemory()
        var ingestor = Ingestor(extractor: try ArticleFiles.extractor(), jobs: 1, batch: 1)
        let batches = Counter()
        ingestor.progress = { _, _, _ in batches.increment() }
        ingestor.shouldStop = { batches.value >= 2 }
        #expect(throws: Interrupted.self) { _ = try ingestor.run([folder.path], into: file) }
        let graph = try file.loadMemoryGraph()
        #expect(graph.nodes(ofKind: try #require(graph.schema.kind(named: "Article"))).count == 2)
    }
}

/// A count shared with a @Sendable closure.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
