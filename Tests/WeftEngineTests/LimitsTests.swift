// Limits and cancellation: bounded paths on a dense graph, time and row limits, Ctrl-C from
// another thread, PROFILE's measured rows, EXPORT to a file.
import Foundation
import Testing
import WeftEngine
import WeftModel
import WeftQuery
import WeftStore
import WeftTestSupport

@Suite struct LimitsTests {
    /// Twelve people who all praise each other twice: every pair has two parallel claims.
    static func denseGraph(people: Int = 12) throws -> MemoryGraph {
        var lines: [String] = []
        for i in 0..<people {
            lines.append(#"{"type": "node", "id": "p\#(i)", "labels": ["Person"], "properties": {"name": "Người \#(i)"}}"#)
        }
        var e = 0
        for i in 0..<people { for j in 0..<people where i != j { for _ in 0..<2 {
            e += 1
            lines.append(#"{"type": "relationship", "id": "e\#(e)", "label": "PRAISES", "start": {"id": "p\#(i)"}, "end": {"id": "p\#(j)"}, "properties": {}}"#)
        } } }
        let folder = Paths.temporaryFolder()
        let input = folder.appendingPathComponent("dense.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let file = try GraphFile.inMemory()
        _ = try file.write { try JSONLImporter.run(try LineReader(path: input.path), name: "dense", into: $0) }
        return try file.loadMemoryGraph()
    }

    func run(_ session: Session, _ text: String) throws -> StatementResult {
        let source = SourceText(text)
        let parsed = Parser.parseScript(source)
        let statement = try #require(parsed.statements.first, "\(parsed.diagnostics)")
        return try session.execute(statement, source: source)
    }

    func count(_ result: StatementResult) -> Int64? {
        if case .table(let table) = result, case .int(let n)? = table.rows.first?.first { return n }
        return nil
    }

    @Test func parallelClaimsAreOneHopAndPathsAreAcyclic() throws {
        let session = Session(graph: try LimitsTests.denseGraph())
        // From each of 12 people: 11 + 11·10 + 11·10·9 acyclic paths of 1–3 hops, whatever the
        // number of parallel claims per pair.
        let result = try run(session, "MATCH p = (a:Person)-[:PRAISES*1..3]->(b) RETURN count(*);")
        #expect(count(result) == Int64(12 * (11 + 110 + 990)))
        // Fixed-length patterns keep one row per claim: 12·11 pairs × 2 claims.
        #expect(count(try run(session, "MATCH (a:Person)-[r:PRAISES]->(b) RETURN count(*);")) == Int64(264))
    }

    @Test func pathExplosionStopsAtTheTimeLimit() throws {
        let session = Session(graph: try LimitsTests.denseGraph())
        session.timeLimit = 0.3
        let started = Date()
        #expect {
            _ = try run(session, "MATCH p = (a:Person)-[:PRAISES*1..6]-(b) RETURN count(*);")
        } throws: { error in
            (error as? Diagnostic)?.code == "E503"
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func cancellingFromAnotherThreadStopsTheQuery() throws {
        let session = Session(graph: try LimitsTests.denseGraph())
        nonisolated(unsafe) var cancelledAt = Date.distantFuture
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) {
            cancelledAt = Date()
            session.cancellation.cancel()
        }
        #expect {
            _ = try run(session, "MATCH p = (a:Person)-[:PRAISES*1..6]-(b) RETURN count(*);")
        } throws: { error in
            (error as? Diagnostic)?.code == "E502"
        }
        let latency = Date().timeIntervalSince(cancelledAt)
        #expect(latency < 1.0, "stopped \(latency) s after the cancel")
    }

    @Test func rowLimitCutsAndSaysSo() throws {
        let session = Session(graph: try LimitsTests.denseGraph())
        session.rowLimit = 5
        guard case .table(let table) = try run(session, "MATCH (a:Person)-[r:PRAISES]->(b) RETURN a.name, b.name;") else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 5)
        #expect(table.truncated)
    }

    @Test func profileReportsActualRowsPerStep() throws {
        let session = Session(graph: try Harness.fixtureGraph())
        guard case .plan(let text) = try run(session, "PROFILE MATCH (c:Country \"Japan\")-[r:PLEDGES]->(t) RETURN t.name;") else {
            Issue.record("no plan")
            return
        }
        #expect(text.contains("NodeByName(:Country)"))
        #expect(text.contains("actual 1"))
        #expect(text.contains("3 rows in"))
        // Each step's actual is the rows it produced: the expansion made the 3 rows, the scan 1.
        let lines = text.split(separator: "\n")
        #expect(lines.first { $0.contains("NodeByName") }?.hasSuffix("actual 1") == true, "\(text)")
        #expect(lines.first { $0.contains("Expand") }?.hasSuffix("actual 3") == true, "\(text)")
    }

    @Test func exportToAFile() throws {
        let session = Session(graph: try Harness.fixtureGraph())
        let file = Paths.temporaryFolder().appendingPathComponent("pledges.csv").path
        guard case .table(let table) = try run(session, """
            MATCH (c:Country "Japan")-[r:PLEDGES]->(t) RETURN t.name AS target ORDER BY target EXPORT CSV TO "\(file)";
            """) else {
            Issue.record("no table")
            return
        }
        #expect(table.exportedTo == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "target\r\ncơ sở hạ tầng\r\nvaccine Covid-19\r\nViệt Nam\r\n")
    }

    @Test func exportDOTDrawsTheResultsNodesEdgesAndPaths() throws {
        let session = Session(graph: try Harness.fixtureGraph())
        guard case .table(let table) = try run(session, """
            MATCH p = (a:Person "Phạm Minh Chính")-[r:PRAISES]->(c) RETURN p, a.name EXPORT DOT;
            """), let dot = table.exported else {
            Issue.record("no DOT")
            return
        }
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("Phạm Minh Chính"))
        #expect(dot.contains("Nhật Bản"))
        #expect(dot.contains("PRAISES"))
        let picture = Paths.temporaryFolder().appendingPathComponent("star.svg").path
        guard case .table(let described) = try run(session, "DESCRIBE (:Country \"Japan\") EXPORT DOT TO \"\(picture)\";") else {
            Issue.record("no table")
            return
        }
        if Tools.find("dot") != nil {
            #expect(described.exportedTo == picture)
            let svg = try String(contentsOfFile: picture, encoding: .utf8)
            #expect(svg.contains("<svg"))
            #expect(svg.contains("Trung Quốc"))  // CRITICIZES Japan: part of the star
        } else {
            #expect(described.note?.contains("apt-get install graphviz") == true)
        }
    }
}
