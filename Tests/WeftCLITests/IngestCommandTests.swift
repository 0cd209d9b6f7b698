// `weft ingest` end to end: folders, bad files, idempotence, replaced articles, chunks in step.
import Foundation
import Testing
import WeftModel
@testable import WeftStore
import WeftTestSupport

@Suite struct IngestCommandTests {
    static let first = "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Suga Yoshihide.\nNhật Bản sẽ hỗ trợ Việt Nam về vaccine Covid-19.\n"
    static let second = "title: Việt Nam - Lào\ndate: 2006-03-01\n\nViệt Nam sẵn sàng hợp tác với Lào trong lĩnh vực giáo dục.\n"

    func edges(of article: String, in path: String) throws -> [String] {
        let graph = try GraphFile.open(path, readOnly: true).loadMemoryGraph(usingChunks: false)
        return (0..<graph.edgeCount).compactMap { i in
            let edge = EdgeID(UInt32(i))
            guard graph.article(of: edge).map(graph.externalID(of:)) == article else { return nil }
            return graph.schema.relationType(graph.type(of: edge)).name + " " + graph.externalID(of: graph.object(of: edge))
        }.sorted()
    }

    func chunksAgree(_ path: String) throws -> Bool {
        let file = try GraphFile.open(path, readOnly: true)
        func dump(_ g: MemoryGraph) -> [String] {
            (0..<g.edgeCount).map { i in
                let e = EdgeID(UInt32(i))
                return "\(g.externalID(of: g.subject(of: e))) \(g.type(of: e)) \(g.externalID(of: g.object(of: e))) \(g.cameo(of: e) ?? "-") \(g.sentence(of: e) ?? 0)"
            }.sorted()
        }
        return dump(try file.loadMemoryGraph(usingChunks: true)) == dump(try file.loadMemoryGraph(usingChunks: false))
    }

    @Test func ingestIsIncrementalAndIdempotent() throws {
        let folder = Paths.temporaryFolder("weft-ingest")
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Self.first.write(to: articles.appendingPathComponent("a1.txt"), atomically: true, encoding: .utf8)
        try Self.second.write(to: articles.appendingPathComponent("a2.txt"), atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: articles.appendingPathComponent("bin.txt").path, contents: Data([0x41, 0, 0x42]))
        let graph = folder.appendingPathComponent("g.weft").path

        let run1 = try Run.weft(["ingest", articles.path, "--into", graph, "--jobs", "2"])
        #expect(run1.status == 65)
        #expect(run1.stderr.contains("bin.txt: binary file"))
        #expect(run1.stderr.contains("2 added"))
        // Files now in the graph; the binary one is skipped, not ingested.
        #expect(run1.stderr.contains("ingested 2 files into"))
        let a1 = try edges(of: "a1", in: graph)
        #expect(a1.contains("PLEDGES topic:vaccine covid 19"))
        #expect(a1.contains("MENTIONS country:JP"))
        let header = try GraphFile.open(graph, readOnly: true).loadMemoryGraph()
        #expect(header.nodeCount > 0)

        let run2 = try Run.weft(["ingest", articles.appendingPathComponent("a1.txt").path, articles.appendingPathComponent("a2.txt").path, "--into", graph])
        #expect(run2.status == 0)
        #expect(run2.stderr.contains("2 unchanged"))
        #expect(try edges(of: "a1", in: graph) == a1)

        try "Nhật Bản sẽ hỗ trợ Campuchia.\n".write(to: articles.appendingPathComponent("a1.txt"), atomically: true, encoding: .utf8)
        // A path that names nothing is reported and counted apart, not as a file; the exit says
        // something was left out.
        let missing = articles.appendingPathComponent("nope.txt").path
        let run3 = try Run.weft(["ingest", articles.appendingPathComponent("a1.txt").path, missing, "--into", graph])
        #expect(run3.status == 65)
        #expect(run3.stderr.contains("\(missing): no such file or folder"))
        #expect(run3.stderr.contains("ingested 1 file into"), "\(run3.stderr)")
        #expect(run3.stderr.contains("1 replaced, 0 unchanged, 0 skipped, 1 path not found; "))
        let replaced = try edges(of: "a1", in: graph)
        #expect(replaced.contains("PLEDGES country:KH"))
        #expect(!replaced.contains("PLEDGES topic:vaccine covid 19"))
        #expect(try edges(of: "a2", in: graph).contains("PLEDGES country:LA"))
        #expect(try chunksAgree(graph))
    }

    /// Ctrl-C between batches: exit 130, and the graph holds whole batches only (as after the last
    /// committed one), readable and with its chunks in step.
    @Test func ctrlCLeavesTheGraphAsAfterTheLastCommittedBatch() throws {
        let folder = Paths.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let corpus = Paths.repository.appendingPathComponent("graphs/sample/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<20 {
            for name in names {
                try FileManager.default.copyItem(at: corpus.appendingPathComponent(name),
                                                 to: articles.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let total = names.count * 20
        let graph = folder.appendingPathComponent("g.weft").path
        let process = try CLI.start(["ingest", articles.path, "--into", graph, "--batch", "20", "--jobs", "1"])
        #expect(CLI.stillRunning(process, after: 1.5), "the ingest ended before it could be interrupted")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let file = try GraphFile.open(graph, readOnly: true)
        let memory = try file.loadMemoryGraph()
        let articleKind = try #require(memory.schema.kind(named: "Article"))
        let ingested = memory.nodes(ofKind: articleKind).count
        #expect(ingested % 20 == 0, "\(ingested) articles: not whole batches")
        #expect(ingested < total)
        #expect(try chunksAgree(graph))
    }
}
