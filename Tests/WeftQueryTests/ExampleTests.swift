// The examples of docs/language.md: each parses cleanly, its tree dump and printed form are goldens.
import Testing
import WeftQuery
import WeftTestSupport

@Suite struct ExampleTests {
    static let examples = Fixtures.files(in: "Examples")

    @Test func thereAreFifteenExamples() {
        #expect(Self.examples.count == 15)
    }

    @Test(arguments: examples)
    func example(_ stem: String) {
        let result = Parser.parseScript(bytes: Fixtures.bytes("Examples", stem), origin: stem + ".wq")
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer.render(result.diagnostics, source: result.source, origin: stem))")
        var golden = "== source ==\n" + result.source.text
        golden += "== printed ==\n" + Printer.print(result.statements) + "\n"
        golden += "== tree ==\n" + result.statements.map { TreeDump.dump($0) }.joined()
        Snapshot.assert(golden, named: "example-" + stem)
    }

    /// parse → print → parse gives the same tree (ranges aside), and printing is a fixed point.
    @Test(arguments: examples)
    func roundTrip(_ stem: String) {
        let statements = Parser.parseScript(bytes: Fixtures.bytes("Examples", stem)).statements
        let printed = Printer.print(statements)
        let reparsed = Parser.parseScript(printed)
        #expect(reparsed.diagnostics.isEmpty)
        #expect(reparsed.statements.map { TreeDump.dump($0, ranges: false) }
                == statements.map { TreeDump.dump($0, ranges: false) })
        #expect(Printer.print(reparsed.statements) == printed)
    }
}
