// Printer round trip on random ASTs: print → parse gives the same tree, and printing is stable.
import Testing
import WeftQuery

@Suite struct RoundTripTests {
    @Test(arguments: 0..<20)
    func randomStatementsRoundTrip(_ batch: Int) {
        var generator = ASTGenerator(seed: UInt64(batch) &* 7919 &+ 17)
        for _ in 0..<50 {
            let statement = generator.statement()
            let printed = Printer.print(statement)
            let (parsed, diagnostics) = Parser.parseStatement(printed)
            #expect(diagnostics.isEmpty, "\(printed)\n\(diagnostics.map(\.message))")
            guard let parsed else { continue }
            #expect(TreeDump.dump(parsed, ranges: false) == TreeDump.dump(statement, ranges: false), "\(printed)")
            #expect(Printer.print(parsed) == printed)
        }
    }

    @Test func precedenceNeedsNoExtraParentheses() {
        let cases = [
            "RETURN 1 + 2 * 3;", "RETURN (1 + 2) * 3;", "RETURN a OR b AND c;", "RETURN (a OR b) AND c;",
            "RETURN NOT a = b;", "RETURN (NOT a) = b;", "RETURN a - (b - c);", "RETURN a - b - c;",
            "RETURN -(-a);", "RETURN -a.b[0];", "RETURN (a = b) IS NULL;", "RETURN a IN [1, 2] AND NOT NOT b;",
            "RETURN (-a).b;", "RETURN a * -b;",
        ]
        for text in cases {
            let (statement, diagnostics) = Parser.parseStatement(text)
            #expect(diagnostics.isEmpty, "\(text)")
            #expect(statement.map(Printer.print) == text)
        }
    }
}
