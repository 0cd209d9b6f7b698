// The batch shell through the real binary: -c/-f order, modes, --echo, --init, exit codes.
import Foundation
import Testing
import WeftTestSupport

@Suite struct ShellBatchTests {
    @Test func commandsAndScriptsRunInCommandLineOrder() throws {
        let folder = Paths.temporaryFolder()
        let script = folder.appendingPathComponent("a.wq")
        try "RETURN 2 AS b;\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try Run.weft(["-c", "RETURN 1 AS a;", "-f", script.path, "-c", "RETURN 3 AS c;", "--no-init"])
        #expect(result.status == 0)
        #expect(result.stdout == "a\n1\nb\n2\nc\n3\n")
    }

    @Test func modesFromTheFlagAndFromMetaCommands() throws {
        // The seed article's graph in a file of its own: the figures do not move with the sample.
        let graph = Paths.temporaryFolder().appendingPathComponent("seed.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let query = "MATCH (p:Person) RETURN p.name AS name, p ORDER BY name;"
        let csv = try Run.weft([graph, "--mode", "csv", "--no-init", "-c", query])
        #expect(csv.stdout == "name,p\r\nPhạm Minh Chính,Phạm Minh Chính\r\nSuga Yoshihide,Suga Yoshihide\r\n")
        let jsonl = try Run.weft([graph, "--no-init", "-c", ".mode jsonl", "-c", query])
        #expect(jsonl.stdout.hasPrefix("{\"name\": \"Phạm Minh Chính\", \"p\": {\"id\": \"n1\", \"kind\": \"Person\", \"name\": \"Phạm Minh Chính\"}}\n"))
        let box = try Run.weft([graph, "--mode", "box", "--no-init", "-c", "MATCH (c:Country) RETURN c.name AS country ORDER BY country;"])
        #expect(box.stdout == """
            ┌──────────┐
            │ country  │
            ├──────────┤
            │ Nhật Bản │
            │ Việt Nam │
            └──────────┘

            """)
    }

    @Test func maxRowsShowsTheFirstAndLastRows() throws {
        let result = try Run.weft(["--mode", "table", "--max-rows", "2", "--no-init", "-c",
                                   "UNWIND [1, 2, 3, 4, 5] AS n RETURN n;"])
        #expect(result.stdout == "+---+\n| n |\n+---+\n| 1 |\n| … |\n| 5 |\n+---+\n5 rows (2 shown)\n")
    }

    @Test func echoPrintsStatementsAndInitRunsFirst() throws {
        let folder = Paths.temporaryFolder()
        let config = folder.appendingPathComponent("weft")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try ".mode csv\n".write(to: config.appendingPathComponent("init.wq"), atomically: true, encoding: .utf8)
        let result = try Run.weft(["--echo", "-c", "RETURN 1 AS a, 2 AS b;"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.stdout == ".mode csv\nRETURN 1 AS a, 2 AS b;\na,b\r\n1,2\r\n")
        let skipped = try Run.weft(["--no-init", "-c", "RETURN 1 AS a, 2 AS b;"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(skipped.stdout == "a\tb\n1\t2\n")
        let missing = try Run.weft(["--init", folder.appendingPathComponent("nope.wq").path, "-c", "RETURN 1;"])
        #expect(missing.status == 66)
    }

    @Test func pipedInputWithErrorsExits65AndNamesStdin() throws {
        let result = try Run.weft(["--no-init"], stdin: "RETURN 1 AS a;\nMATCH (x:Nope)\nRETURN x;\n.bogus\n")
        #expect(result.status == 65)
        #expect(result.stdout == "a\n1\n")
        #expect(result.stderr.contains("stdin:2:10: error[E100]: unknown kind `Nope`"))
        #expect(result.stderr.contains("stdin:4: error: unknown meta-command `.bogus`"))
    }

    @Test func usageErrorsExit64WithASuggestion() throws {
        let result = try Run.weft(["--mdoe", "csv"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--mode"))
    }

    @Test func whyShowsWhereAClaimCameFrom() throws {
        let graph = Paths.temporaryFolder().appendingPathComponent("seed.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let result = try Run.weft([graph, "--no-init", "-c", ".why R01.0"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("R01.0: Phạm Minh Chính -[PRAISES]-> Nhật Bản\n"))
        #expect(result.stdout.contains("evidence: «đánh giá cao sự hợp tác, hỗ trợ hiệu quả của Nhật Bản»"))
        // The whole sentence, with the evidence marked where it stands.
        #expect(result.stdout.contains("  sentence: 1: Thủ tướng Phạm Minh Chính «đánh giá cao sự hợp tác, hỗ trợ hiệu quả của Nhật Bản» đối với sự phát triển của Việt Nam"))
        #expect(result.stdout.contains("rule:     gold"))
    }
}

@Suite struct ShellBatchInterruptTests {
    @Test func ctrlCDuringABatchQueryStopsTheRunWithExit130() throws {
        let folder = Paths.temporaryFolder()
        let output = folder.appendingPathComponent("out.txt"), errors = folder.appendingPathComponent("err.txt")
        #expect(FileManager.default.createFile(atPath: output.path, contents: nil))
        #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let process = Process()
        process.executableURL = Paths.executable("weft")
        // A walk that runs for minutes on the sample graph, between two quick statements.
        process.arguments = ["--no-init", "-c", "RETURN 1 AS before;",
                             "-c", "MATCH (a:Country \"Việt Nam\")-[*1..6]-(b) RETURN count(*) AS n;", "-c", "RETURN 2 AS after;"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = Pipe()
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(CLI.stillRunning(process, after: 1.5))
        let sent = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 5, "the query is cancelled, not run to its end")
        #expect(process.terminationStatus == 130)
        #expect(try String(contentsOf: output, encoding: .utf8) == "before\n1\n")
        #expect(try String(contentsOf: errors, encoding: .utf8).contains("cancelled"))
    }
}
