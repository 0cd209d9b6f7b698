// Every syntax error of issue 3, rendered: one golden per file in Errors/, plus bad UTF-8 bytes.
import Testing
import WeftQuery
import WeftTestSupport

@Suite struct ErrorTests {
    static let cases = Fixtures.files(in: "Errors")

    @Test(arguments: cases)
    func error(_ stem: String) {
        let result = Parser.parseScript(bytes: Fixtures.bytes("Errors", stem), origin: stem + ".wq")
        #expect(!result.diagnostics.isEmpty, "\(stem) should report an error")
        for diagnostic in result.diagnostics {
            #expect(diagnostic.code.hasPrefix("E0"))
        }
        let golden = "== source ==\n" + result.source.text + "\n" + Fixtures.renderedErrors(result, origin: stem + ".wq")
        Snapshot.assert(golden, named: "error-" + stem)
    }

    @Test func invalidUTF8() {
        // "Nhật" with its ậ cut short, then more text.
        let bytes: [UInt8] = Array("MATCH (c \"Nh".utf8) + [0xE1, 0xBA] + Array("t\") RETURN c;".utf8)
        let result = Parser.parseScript(bytes: bytes, origin: "latin1.wq")
        #expect(result.statements.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["E001"])
        #expect(result.diagnostics.first?.range.start.column == 13)
        Snapshot.assert(Fixtures.renderedErrors(result, origin: "latin1.wq"), named: "error-invalid-utf8")
    }

    @Test func recoveryReportsEveryBrokenStatement() {
        let result = Parser.parseScript(bytes: Fixtures.bytes("Errors", "recovery"))
        #expect(result.diagnostics.map(\.range.start.line) == [1, 3, 5])
        #expect(result.statements.count == 2)
        #expect(result.outcomes.count == 5)
    }

    @Test func expectedListsStayShort() {
        for stem in Self.cases {
            let result = Parser.parseScript(bytes: Fixtures.bytes("Errors", stem))
            for d in result.diagnostics where d.code == "E010" {
                #expect(d.message.components(separatedBy: "`, `").count <= 6, "\(d.message)")
            }
        }
    }
}
