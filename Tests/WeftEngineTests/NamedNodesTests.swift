// A named node found by expansion is checked against the set the name index gives once per
// query (Executor.namedNodes): it must accept exactly the nodes folding each name would.
import Testing
import WeftModel
import WeftQuery
@testable import WeftStore
@testable import WeftEngine

@Suite struct NamedNodesTests {
    /// `**` is one `*`, as in the name index's byte glob (the two disagreed before).
    @Test func aDoubleStarIsOneStar() {
        #expect(Glob.matches("viet nam", pattern: "**nam"))
        #expect(Glob.matches("viet nam", pattern: "v**t*n**"))
        #expect(Glob.matches("x", pattern: "**"))
        #expect(!Glob.matches("viet nam", pattern: "**han"))
        let byteGlob = Array("viet nam".utf8).withUnsafeBufferPointer { MemoryGraph.glob($0, ["", "", "nam"].map { Array($0.utf8) }) }
        #expect(byteGlob)
    }

    @Test func theIndexedSetAcceptsWhatFoldingEachNameAccepts() throws {
        let graph = try Harness.fixtureGraph()
        let here = SourceLocation(offset: 0, line: 1, column: 1)
        let patterns = ["Phạm Minh Chính", "pham minh chinh", "PMC", "Thủ tướng Phạm Minh Chính", "Yoshihide Suga",
                        "Nhật*", "*nam", "*Minh*", "Việt Nam", "nobody", "P*C", "*", "**nam", "*minh**", "**", "p**c"]
        var accepted = 0
        for pattern in patterns {
            for nameOnly in [false, true] {
                var node = PNode(slot: 0, kinds: graph.schema.allKinds, name: .constant(.string(pattern)), properties: [],
                                 boundBefore: false, range: SourceRange(start: here, end: here))
                node.nameOnly = nameOnly
                let executor = Executor(graph: graph, parameters: [:], cancel: CancelToken(), deadline: nil, maxRows: nil)
                for raw in 0..<graph.nodeCount {
                    let id = NodeID(UInt32(raw))
                    let folded = Glob.matchesNode(id, pattern: pattern, graph: graph, nameOnly: nameOnly)
                    #expect(try executor.accepts(id, node, [.null]) == folded, "\(pattern) nameOnly \(nameOnly): \(graph.name(of: id))")
                    if folded { accepted += 1 }
                }
                // The set was used, not the fallback (the fixture is far below the limit).
                #expect(executor.namedNodes(pattern, nameOnly: nameOnly) != nil)
            }
        }
        // Aliases, prefixes and globs all found something.
        #expect(accepted > 40)
    }
}
