// Names in a query's output stay where the graph keeps them (RValue.text) until printed: they must
// be the same values as the decoded strings, to `=`, DISTINCT, ordering and every printer.
import Foundation
import Testing
import WeftModel
import WeftQuery
import WeftStore
import WeftTestSupport
@testable import WeftEngine

@Suite struct StoredTextTests {
    /// "Việt Nam", "Viet Nam", "Đà Nẵng" back to back.
    static let column: TextColumn = {
        let names = ["Việt Nam", "Viet Nam", "Đà Nẵng"]
        var bytes: [UInt8] = [], offsets: [UInt32] = [0]
        for name in names {
            bytes += Array(name.utf8)
            offsets.append(UInt32(bytes.count))
        }
        return TextColumn(bytes: bytes, offsets: offsets)
    }()

    func text(_ index: UInt32) -> RValue { .text(StoredText(Self.column, index)) }

    @Test func storedTextIsTheStringOfItsBytes() {
        #expect(text(0) == .string("Việt Nam"))
        #expect(RValue.string("Việt Nam") == text(0))
        #expect(text(0) != .string("Viet Nam"))
        #expect(text(0) != text(1))
        #expect(text(2) == text(2))
        #expect(text(0).hashValue == RValue.string("Việt Nam").hashValue)
        #expect(Set([text(0), .string("Việt Nam"), text(1), .string("Đà Nẵng"), text(2)]).count == 3)
        #expect(text(0).typeName == "string")
        #expect(text(2).resolved == .string("Đà Nẵng"))
        if case .string = text(2).resolved {} else { Issue.record("resolved is not a .string") }
    }

    @Test func storedTextOrdersAsItsString() {
        for a in 0..<3 as Range<UInt32> {
            for b in 0..<3 as Range<UInt32> {
                let expected = Ordering.compare(text(a).resolved, text(b).resolved)
                #expect(Ordering.compare(text(a), text(b)) == expected)
                #expect(Ordering.compare(text(a), text(b).resolved) == expected)
                #expect(Ordering.compare(text(a).resolved, text(b)) == expected)
            }
        }
        #expect(Ordering.compare(text(0), .int(1)) == Ordering.compare(.string("x"), .int(1)))
    }

    @Test func printersDecodeStoredText() throws {
        let graph = try Harness.fixtureGraph()
        #expect(ValueText.plain(text(2), graph: graph) == "Đà Nẵng")
        #expect(ResultExport.json(text(0), graph: graph) == #""Việt Nam""#)
        #expect(ValueText.plain(.list([text(0)]), graph: graph) == #"["Việt Nam"]"#)
    }

    func rows(_ session: Session, _ query: String) throws -> [[RValue]] {
        let source = SourceText(query)
        let parsed = Parser.parseScript(source)
        let statement = try #require(parsed.statements.first, "\(parsed.diagnostics)")
        guard case .table(let table) = try session.execute(statement, source: source) else { return [] }
        return table.rows
    }

    /// The output's names are stored text, and each is its node's name.
    @Test func outputNamesAreStoredAndEqualTheNodesNames() throws {
        let graph = try Harness.fixtureGraph()
        let session = Session(graph: graph)
        let found = try rows(session, "MATCH (n) RETURN n, n.name;")
        #expect(found.count == graph.nodeCount)
        for row in found {
            guard case .node(let node) = row[0], case .text(let name) = row[1] else {
                Issue.record("expected a node and stored text, got \(row)")
                continue
            }
            #expect(name.string == graph.name(of: node))
            #expect(row[1] == .string(graph.name(of: node)))
        }
        // Where the value is read again (WHERE after WITH, ORDER BY) it is a decoded string.
        let ordered = try rows(session, "MATCH (n) RETURN n.name ORDER BY n.name LIMIT 3;")
        for row in ordered {
            if case .string = row[0] {} else { Issue.record("ORDER BY output should be decoded: \(row)") }
        }
    }

    /// Two nodes of different kinds share a name: DISTINCT over stored names keeps one row, as it
    /// does over the decoded strings.
    @Test func distinctComparesStoredNamesByTheirText() throws {
        let lines = [
            #"{"type": "node", "id": "c1", "labels": ["Country"], "properties": {"name": "Việt Nam"}}"#,
            #"{"type": "node", "id": "o1", "labels": ["Organization"], "properties": {"name": "Việt Nam"}}"#,
            #"{"type": "node", "id": "p1", "labels": ["Person"], "properties": {"name": "Phạm Minh Chính"}}"#,
            #"{"type": "relationship", "id": "e1", "label": "PRAISES", "start": {"id": "p1"}, "end": {"id": "c1"}, "properties": {}}"#,
            #"{"type": "relationship", "id": "e2", "label": "PRAISES", "start": {"id": "p1"}, "end": {"id": "o1"}, "properties": {}}"#,
        ]
        let input = Paths.temporaryFolder().appendingPathComponent("shared-name.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let file = try GraphFile.inMemory()
        _ = try file.write { try JSONLImporter.run(try LineReader(path: input.path), name: "shared", into: $0) }
        let session = Session(graph: try file.loadMemoryGraph())
        #expect(try rows(session, "MATCH (p)-[:PRAISES]->(x) RETURN x.name;").count == 2)
        #expect(try rows(session, "MATCH (p)-[:PRAISES]->(x) RETURN DISTINCT x.name;") == [[.string("Việt Nam")]])
        #expect(try rows(session, "MATCH (p)-[:PRAISES]->(x) RETURN count(DISTINCT x.name);") == [[.int(1)]])
    }

    /// A result keeps the names it refers to after its graph is gone (the shell keeps its last
    /// result across `.open`).
    @Test func aResultOutlivesItsGraph() throws {
        weak var released: MemoryGraph?
        var expected: [String] = []
        let kept: [[RValue]] = try {
            let graph = try Harness.fixtureGraph()
            released = graph
            let session = Session(graph: graph)
            let found = try rows(session, "MATCH (n) RETURN n.name;")
            expected = (0..<graph.nodeCount).map { graph.name(of: NodeID(UInt32($0))) }
            return found
        }()
        #expect(released == nil, "the graph should be gone")
        #expect(kept.map { ValueText.plain($0[0], graph: nil) } == expected)
    }
}
