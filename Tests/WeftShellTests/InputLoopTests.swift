// The one input loop with scripted lines: continuation, meta-commands, error origins, `.read`.
import Foundation
import Testing
import WeftShell
import WeftTestSupport

@Suite struct InputLoopTests {
    @Test func aStatementSpanningLinesRunsOnceItsSemicolonArrives() throws {
        let run = try ShellFixture.run("""
            MATCH (p:Person)
              // a comment inside the statement
            RETURN p.name
            ORDER BY p.name;
            RETURN "a;b" AS s; RETURN 2 AS n;
            """)
        #expect(run.errors == "")
        #expect(run.output == "p.name\nPhạm Minh Chính\nSuga Yoshihide\ns\na;b\nn\n2\n")
        #expect(!run.shell.failed)
    }

    @Test func theREPLRemembersWholeStatementsAndMetaCommands() throws {
        let source = TextLines("MATCH (p:Person)\nRETURN count(*) AS n;\n.mode csv\n-- just a comment\n", origin: nil, interactive: true)
        let shell = Shell(graph: try ShellFixture.sampleGraph(), display: DisplaySettings(mode: .tsv),
                          output: BufferSink(), errors: BufferSink())
        shell.run(source)
        #expect(source.history == ["MATCH (p:Person)\nRETURN count(*) AS n;", ".mode csv"])
        #expect(shell.display.mode == .csv)
    }

    @Test func batchErrorsCarryTheScriptLineAndTheRestStillRuns() throws {
        let run = try ShellFixture.run("""
            RETURN 1 AS one;

            MATCH (c:Country)
            RETURN c
            ORDER BY c.nmae;
            RETURN 3 AS three;
            """)
        #expect(run.output == "one\n1\nthree\n3\n")
        #expect(run.errors.hasPrefix("script.wq:5:12: error[E102]: unknown property `nmae`"))
        #expect(run.errors.contains("5 | ORDER BY c.nmae;"))
        #expect(run.shell.failed)
    }

    @Test func interactiveErrorsHaveNoOrigin() throws {
        let run = try ShellFixture.run("MATCH (c:Contry) RETURN c;\n", interactive: true)
        #expect(run.errors.hasPrefix("error[E100]: unknown kind `Contry`\n --> 1:10\n"))
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let run = try ShellFixture.run("RETURN 1 AS a;\nRETURN nope AS b;\nRETURN 3 AS c;\n") { $0.bail = true }
        #expect(run.output == "a\n1\n")
        #expect(run.shell.stopped && run.shell.failed)
    }

    @Test func anUnfinishedStatementAtTheEndIsAnError() throws {
        let run = try ShellFixture.run("RETURN 1 AS a;\nRETURN 2 AS b\n")
        #expect(run.output == "a\n1\n")
        #expect(run.errors.hasPrefix("script.wq:2:"))
        #expect(run.errors.contains("`;`"))
    }

    @Test func unknownMetaCommandsGetASuggestion() throws {
        let run = try ShellFixture.run(".mdoe csv\n.frobnicate\n")
        #expect(run.errors == """
            script.wq:1: error: unknown meta-command `.mdoe`; did you mean `.mode`?
            script.wq:2: error: unknown meta-command `.frobnicate`; `.help` lists them

            """)
        #expect(run.shell.failed)
    }

    @Test func readRunsNestedFilesWithTheirOwnOrigins() throws {
        let folder = Paths.temporaryFolder()
        let inner = folder.appendingPathComponent("inner.wq"), outer = folder.appendingPathComponent("outer.wq")
        try "RETURN \"inner\" AS x;\nRETURN nope;\n".write(to: inner, atomically: true, encoding: .utf8)
        try ".read \(inner.path)\nRETURN \"outer\" AS y;\n".write(to: outer, atomically: true, encoding: .utf8)
        let run = try ShellFixture.run(".read \(outer.path)\nRETURN \"top\" AS z;\n")
        #expect(run.output == "x\ninner\ny\nouter\nz\ntop\n")
        #expect(run.errors.hasPrefix("\(inner.path):2:8: error[E"))
    }

    @Test func aReadLoopIsDetected() throws {
        let folder = Paths.temporaryFolder()
        let a = folder.appendingPathComponent("a.wq"), b = folder.appendingPathComponent("b.wq")
        try ".read \(b.path)\n".write(to: a, atomically: true, encoding: .utf8)
        try "RETURN 1 AS n;\n.read \(a.path)\n".write(to: b, atomically: true, encoding: .utf8)
        let run = try ShellFixture.run(".read \(a.path)\n")
        #expect(run.output == "n\n1\n")
        #expect(run.errors == "\(b.path):2: error: `.read` loop: \(a.path) is already being read (a.wq → b.wq → a.wq)\n")
    }

    @Test func quitStopsReading() throws {
        let run = try ShellFixture.run("RETURN 1 AS a;\n.quit\nRETURN 2 AS b;\n")
        #expect(run.output == "a\n1\n")
        #expect(!run.shell.failed)
    }

    @Test func inputIsNFCNormalised() throws {
        // "Việt Nam" typed with combining marks still finds the node.
        let decomposed = "Vie\u{0323}\u{0302}t Nam"
        let run = try ShellFixture.run("MATCH (c:Country \"\(decomposed)\") RETURN c.name;\n")
        #expect(run.output == "c.name\nViệt Nam\n")
    }
}
