// Queries through the real binary: -c, -f and piped input, tab-separated rows, errors with origins.
import Foundation
import Testing
import WeftTestSupport

@Suite struct QueryCommandTests {
    /// The seed article's graph in a graph file of its own, so the figures do not move with the sample.
    func seedGraph() throws -> String {
        let graph = Paths.temporaryFolder().appendingPathComponent("seed.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        return graph
    }

    @Test func commandsRunAgainstTheSampleGraph() throws {
        let result = try Run.weft(["-c", "MATCH (c:Country \"nhat ban\")-[r:PLEDGES]->(t:Topic \"vaccine*\") RETURN t.name AS topic, r.modality;"])
        #expect(result.status == 0)
        #expect(result.stdout == "topic\tr.modality\nvaccine Covid-19\tfuture\n")
    }

    @Test func aFailingStatementIsReportedAndTheRestRun() throws {
        let folder = Paths.temporaryFolder()
        let script = folder.appendingPathComponent("q.wq")
        try """
            MATCH (c:Country) RETURN count(*) AS countries;
            MATCH (c:Contry) RETURN c;
            RETURN "Đức" AS name;
            """.write(to: script, atomically: true, encoding: .utf8)
        let graph = try seedGraph()
        let result = try Run.weft([graph, "-f", script.path])
        #expect(result.status == 65)
        #expect(result.stdout == "countries\n2\nname\nĐức\n")
        #expect(result.stderr.hasPrefix("\(script.path):2:10: error[E100]: unknown kind `Contry`"))
        let bailed = try Run.weft([graph, "-f", script.path, "--bail"])
        #expect(bailed.status == 65)
        #expect(bailed.stdout == "countries\n2\n")
    }

    @Test func pipedStatementsAreRead() throws {
        let result = try Run.weft([try seedGraph()], stdin: "MATCH (p:Person) RETURN p.name ORDER BY p.name;\n")
        #expect(result.status == 0)
        #expect(result.stdout == "p.name\nPhạm Minh Chính\nSuga Yoshihide\n")
    }

    @Test func queriesAGraphFile() throws {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("g.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let result = try Run.weft([graph, "-c", "MATCH ()-[r:PHONES]->() RETURN count(*) AS calls;"])
        #expect(result.stdout == "calls\n2\n")
        let missing = try Run.weft([graph, "-f", folder.appendingPathComponent("nope.wq").path])
        #expect(missing.status == 66)
    }
}
