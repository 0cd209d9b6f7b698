// A named node found by expansion is checked against the set the name index gives once per
// query (Executor.namedNodes): it must accept exactly the nodes folding each name would.
import Testing
import WeftModel
import WeftQuery
@testable import WeftEngine

@Suite struct NamedNodesTests {
    @Test func theIndexedSetAcceptsWhatFoldingEachNameAccepts() throws {
        let graph = try Harness.fixtureGraph()
        let here = SourceLocation(offset: 0, line: 1, column: 1)
        let patterns = ["Phạm Minh Chính", "pham minh chinh", "PMC", "Thủ tướng Phạm Minh Chính", "Yoshihide Suga",
                        "Nhật*", "*nam", "*Minh*", "Việt Nam", "nobody", "P*C", "*"]
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
