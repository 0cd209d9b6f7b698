// The REPL through a real terminal (tmux): completion, history across restarts, Ctrl-C, Ctrl-D.
import Foundation
import Testing
import WeftTestSupport

@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed; the REPL tests need it (make deps installs it)"))
struct ReplTests {
    @Test func tabCompletesAnEntityNameByFold() throws {
        let term = try Tmux(state: Paths.temporaryFolder())
        defer { term.stop() }
        try term.type("MATCH (c:Country \"viet")
        try term.send("Tab")
        let screen = term.wait(for: "\"Việt Nam")
        #expect(screen.contains("weft> MATCH (c:Country \"Việt Nam"))
        try term.type("\") RETURN c.name AS n;")
        try term.send("Enter")
        #expect(term.wait(for: "1 row").contains("│ Việt Nam │"))
    }

    @Test func aMultiLineStatementIsRecalledAfterARestart() throws {
        let state = Paths.temporaryFolder()
        let first = try Tmux(state: state)
        try first.type("UNWIND [1, 2] AS x")
        try first.send("Enter")
        try first.type("RETURN count(*) AS people;")
        try first.send("Enter")
        _ = first.wait(for: "1 row")
        try first.send("C-d")
        #expect(first.wait(for: "[exit 0]").contains("[exit 0]"))
        first.stop()
        let history = try String(contentsOf: state.appendingPathComponent("weft/history"), encoding: .utf8)
        #expect(history.contains("UNWIND\\040[1,\\0402]\\040AS\\040x\\012RETURN"))

        let second = try Tmux(state: state)
        defer { second.stop() }
        try second.send("Up")
        try second.send("Enter")
        let screen = second.wait(for: "1 row")
        #expect(screen.contains("│ people │"))
        #expect(screen.contains("│      2 │"))
    }

    @Test func ctrlCCancelsALongQueryAndCtrlDExits() throws {
        let term = try Tmux(state: Paths.temporaryFolder())
        defer { term.stop() }
        try term.type("MATCH (a)-[*1..6]-(b) MATCH (b)-[*1..6]-(c) RETURN count(*);")
        try term.send("Enter")
        usleep(500_000)
        try term.send("C-c")
        let screen = term.wait(for: "weft> ", occurrences: 2, seconds: 5)
        #expect(screen.contains("E502"))
        try term.type("RETURN 7 AS seven;")
        try term.send("Enter")
        #expect(term.wait(for: "│     7 │").contains("│     7 │"))
        try term.send("C-d")
        #expect(term.wait(for: "[exit 0]").contains("[exit 0]"))
    }
}
