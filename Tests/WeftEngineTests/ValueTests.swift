// Equality and hashing of values: strings by their bytes, the rest as before.
import Testing
import WeftModel
import WeftQuery
import WeftStore
@testable import WeftEngine

@Suite struct ValueTests {
    @Test func equalStringsHashAlikeAndDifferentOnesDoNot() {
        let names = ["Việt Nam", "Viet Nam", "Việt Nam ", "Đà Nẵng", "", "a", "Nhật Bản"]
        for x in names {
            for y in names {
                #expect((RValue.string(x) == RValue.string(y)) == (x == y))
            }
        }
        let set = Set(names.map(RValue.string) + names.map(RValue.string))
        #expect(set.count == names.count)
        #expect(RValue.string("Việt Nam").hashValue == RValue.string(String("Việt Nam ".dropLast())).hashValue)
    }

    @Test func stringsCompareByCodePointsAsInCypher() {
        // NFC "ệ" and its decomposed form are different strings to `=` and DISTINCT; weft keeps every
        // string NFC, so this only shows which rule applies.
        let composed = "Vi\u{1EC7}t", decomposed = "Vie\u{323}\u{302}t"
        #expect(composed == decomposed)  // Swift's own String equality is canonical
        #expect(RValue.string(composed) != RValue.string(decomposed))
    }

    @Test func otherCasesKeepTheirEquality() {
        #expect(RValue.int(1) != RValue.float(1))
        #expect(RValue.float(.nan) != RValue.float(.nan))
        #expect(RValue.list([.string("a"), .int(2)]) == RValue.list([.string("a"), .int(2)]))
        #expect(RValue.node(NodeID(3)) != RValue.edge(EdgeID(3)))
        #expect(Set([RValue.null, .null, .bool(true), .bool(true)]).count == 2)
    }

    /// Strings the engine makes are NFC again, so byte equality stays canonical equality.
    @Test func computedStringsAreNFCSoEqualityAndDistinctAgree() throws {
        let session = Session(graph: try GraphFile.inMemory().loadMemoryGraph())
        func rows(_ text: String) throws -> [[RValue]] {
            let source = SourceText(text)
            let parsed = Parser.parseScript(source)
            let statement = try #require(parsed.statements.first, "\(parsed.diagnostics)")
            guard case .table(let table) = try session.execute(statement, source: source) else { return [] }
            return table.rows
        }
        // "e" followed by a combining acute accent, joined: "é" as one scalar.
        #expect(try rows(#"WITH "e" + "\u0301" AS a, "é" AS b RETURN a = b, a <= b AND a >= b;"#) == [[.bool(true), .bool(true)]])
        #expect(try rows(#"UNWIND ["é", "e" + "\u0301"] AS s RETURN DISTINCT s;"#).count == 1)
        // Upper-casing ΐ (one scalar) gives Ϊ́ (three); NFC composes them back to two.
        #expect(try rows(#"RETURN upper("ΐ") = "Ϊ́";"#) == [[.bool(true)]])
    }
}
