// Whole graphs and neighbourhoods streamed from a loaded graph, and the names that choose them.
import Foundation
import Testing
import WeftModel
import WeftStore
import WeftTestSupport
@testable import WeftExport

@Suite struct GraphDOTExportTests {
    @Test func theWholeSeedGraphDrawsEveryNodeAndBundlesItsClaims() throws {
        let (_, graph) = try Fixtures.seedGraph()
        let dot = try Fixtures.text(GraphDOTExport(source: graph, selection: .whole(graph, maxNodes: nil)))
        let lines = dot.split(separator: "\n")
        #expect(lines.filter { $0.contains("[label=") && !$0.contains("->") && !$0.contains("legend:") }.count == 34)
        // Every claim is counted once: single edges count 1, bundles their ×N.
        let edges = lines.filter { $0.contains(" -> ") && !$0.contains("legend") }
        let claims = edges.reduce(0) { total, line in
            guard let times = line.range(of: "×") else { return total + 1 }
            return total + (Int(line[times.upperBound...].prefix(while: \.isNumber)) ?? 0)
        }
        #expect(claims == 96)
        // The article is drawn by its title.
        #expect(dot.contains(#"[label="Thủ tướng Phạm Minh Chính\nđiện đàm với Thủ tướng Nhật\nBản Suga Yoshihide""#))
        _ = try #require(Tools.svg(dot))
    }

    @Test func theBusiestNodesAreKeptWhenTheLimitCuts() throws {
        let (_, graph) = try Fixtures.seedGraph()
        let selection = NodeSelection.whole(graph, maxNodes: 3)
        #expect(selection.isCut && selection.candidates == 34)
        #expect(Set(selection.nodes.map { graph.name(of: $0) }) == ["Phạm Minh Chính", "Nhật Bản", "000_74f52d3c09a29191"])
    }

    @Test func aNeighbourhoodHoldsTheNodesWithinDepth() throws {
        let (_, graph) = try Fixtures.seedGraph()
        let suga = try NodeLookup.resolve("suga yoshihide", in: graph).get()
        let zero = NodeSelection.around(suga, depth: 0, in: graph, maxNodes: nil)
        #expect(zero.nodes == [suga])
        let one = NodeSelection.around(suga, depth: 1, in: graph, maxNodes: nil)
        #expect(Set(one.nodes.map { graph.name(of: $0) })
            == ["Suga Yoshihide", "Phạm Minh Chính", "Việt Nam", "môi trường đầu tư", "000_74f52d3c09a29191", "thăm Nhật Bản"])
        let cut = NodeSelection.around(suga, depth: 1, in: graph, maxNodes: 2)
        #expect(cut.nodes.count == 2 && cut.nodes.contains(suga) && cut.candidates == one.nodes.count)
    }

    @Test func namesAreFoundByFoldAliasKindOrId() throws {
        let (_, graph) = try Fixtures.seedGraph()
        let pm = try NodeLookup.resolve("pham minh chinh", in: graph).get()
        #expect(graph.name(of: pm) == "Phạm Minh Chính")
        #expect(try NodeLookup.resolve("THỦ TƯỚNG PHẠM MINH CHÍNH", in: graph).get() == pm)
        #expect(try NodeLookup.resolve("n1", in: graph).get() == pm)
        #expect(graph.kind(of: try NodeLookup.resolve("Location:bien dong", in: graph).get()) == Fixtures.kind("Location"))
        #expect(NodeLookup.resolve("bien dong", in: graph).failure?.message
            == "'bien dong' names 2 nodes; say which: --around 'Location:Biển Đông' or --around 'Topic:Biển Đông'")
        #expect(NodeLookup.resolve("pham minh chin", in: graph).failure?.message
            == "no node is named 'pham minh chin'; did you mean 'Phạm Minh Chính'?")
        #expect(NodeLookup.resolve("Nhat Bam", in: graph).failure?.message
            == "no node is named 'Nhat Bam'; did you mean 'Nhật Bản'?")
        #expect(NodeLookup.resolve("zzzz qqqq", in: graph).failure?.message == "no node is named 'zzzz qqqq'")
    }

    @Test func aSceneBuiltFromTheGraphCitesTheArticleTitle() throws {
        let (_, graph) = try Fixtures.seedGraph()
        var scene = DOTScene(schema: graph.schema)
        let pm = try NodeLookup.resolve("pham minh chinh", in: graph).get()
        let edges = graph.edges(of: pm, direction: .outgoing, type: graph.schema.relationType(named: "PRAISES"))
        for edge in edges { scene.add(edge: edge, from: graph) }
        let dot = scene.dot()
        #expect(dot.contains("Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Suga Yoshihide, sentence 1: «đánh giá cao"))
        _ = try #require(Tools.svg(dot))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
