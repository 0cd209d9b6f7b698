// Equality and hashing of values: strings by their bytes, the rest as before.
import Testing
import WeftModel
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
}
