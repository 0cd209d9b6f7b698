// Scenes drawn: bundling, polarity, modality, symmetry, citations, paths, determinism.
import Foundation
import Testing
import WeftModel
import WeftTestSupport
@testable import WeftExport

@Suite struct DOTSceneTests {
    typealias Node = DOTScene.Node
    typealias Claim = DOTScene.Claim

    static func people() -> [Node] {
        [Node(key: "pm", kind: Fixtures.kind("Person"), name: "Phạm Minh Chính"),
         Node(key: "suga", kind: Fixtures.kind("Person"), name: "Suga Yoshihide"),
         Node(key: "jp", kind: Fixtures.kind("Country"), name: "Nhật Bản"),
         Node(key: "vn", kind: Fixtures.kind("Country"), name: "Việt Nam"),
         Node(key: "vax", kind: Fixtures.kind("Topic"), name: "vaccine Covid-19")]
    }

    static func claims() -> [Claim] {
        let cite = { (n: Int, e: String) in Citation(article: "Điện đàm", date: Day(year: 2021, month: 4, day: 20), sentence: n, evidence: e) }
        return [
            Claim(key: "c1", type: Fixtures.type("PROPOSES"), subject: "pm", object: "jp", modality: .request, citation: cite(2, "đề nghị")),
            Claim(key: "c2", type: Fixtures.type("PROPOSES"), subject: "pm", object: "jp", modality: .request, citation: cite(3, "hỗ trợ")),
            Claim(key: "c3", type: Fixtures.type("PROPOSES"), subject: "pm", object: "jp", modality: .intent),
            Claim(key: "c4", type: Fixtures.type("SUPPORTS"), subject: "jp", object: "vn", negated: true, modality: .asserted),
            Claim(key: "c5", type: Fixtures.type("PHONES"), subject: "suga", object: "pm", modality: .asserted),
            Claim(key: "c6", type: Fixtures.type("PHONES"), subject: "pm", object: "suga"),
            Claim(key: "c7", type: Fixtures.type("PRAISES"), subject: "pm", object: "jp", modality: .asserted),
        ]
    }

    static func scene(reversed: Bool = false) -> DOTScene {
        var scene = DOTScene(schema: Fixtures.schema)
        for node in reversed ? people().reversed() : people() { scene.add(node) }
        for claim in reversed ? claims().reversed() : claims() { scene.add(claim) }
        return scene
    }

    static func edgeLine(_ dot: String, _ prefix: String) -> String? {
        dot.split(separator: "\n").first(where: { $0.hasPrefix("  " + prefix) }).map(String.init)
    }

    @Test func parallelClaimsBundleWithACountAndTheirModalities() throws {
        let dot = Self.scene().dot()
        let line = try #require(Self.edgeLine(dot, #""pm" -> "jp" [label="PROPOSES"#))
        #expect(line.contains(#"label="PROPOSES ×3\n(intent, request 2)""#))
        #expect(line.contains(#"tooltip="Điện đàm (2021-04-20), sentence 2: «đề nghị»\nĐiện đàm (2021-04-20), sentence 3: «hỗ trợ»\n… and 1 more claim""#))
        #expect(line.contains("penwidth=1.5"))
        // Asserted alone is the plain reading: no modality line.
        #expect(Self.edgeLine(dot, #""pm" -> "jp" [label="PRAISES", "#) != nil)
    }

    @Test func negatedClaimsAreDashedAndLabelledNot() throws {
        let line = try #require(Self.edgeLine(Self.scene().dot(), #""jp" -> "vn""#))
        #expect(line.contains(#"label="NOT SUPPORTS""#))
        #expect(line.contains("style=dashed"))
        #expect(line.contains(#"tooltip="Nhật Bản NOT SUPPORTS Việt Nam""#))
    }

    @Test func symmetricClaimsInBothDirectionsAreOneEdgeWithoutArrow() {
        let dot = Self.scene().dot()
        let phones = dot.split(separator: "\n").filter { $0.contains("PHONES") }
        #expect(phones.count == 1)
        #expect(phones.first?.contains(#""pm" -> "suga" [label="PHONES ×2""#) == true)
        #expect(phones.first?.contains("dir=none") == true)
    }

    @Test func theSameSceneInAnyOrderGivesTheSameBytes() throws {
        let a = Self.scene().dot(), b = Self.scene(reversed: true).dot()
        #expect(a == b)
        #expect(Self.scene().dot() == a)
        #expect(a.hasPrefix("digraph \"weft\" {\n  charset=\"UTF-8\";\n  rankdir=LR;\n"))
        Snapshot.assert(a, named: "scene")
        _ = try #require(Tools.svg(a))
    }

    @Test func theLegendListsTheKindsPresentInSchemaOrder() {
        let dot = Self.scene().dot()
        let legend = dot.split(separator: "\n").filter { $0.contains("\"legend:") && $0.contains("label=") }.map { String($0) }
        #expect(legend.count == 4)  // Person, Country, Topic, and the edge key
        #expect(legend[0].contains(#""legend:Person""#) && legend[1].contains(#""legend:Country""#) && legend[2].contains(#""legend:Topic""#))
    }

    @Test func aLegendIdNeverMergesWithANodeOfTheSameKey() throws {
        var scene = DOTScene(schema: Fixtures.schema)
        scene.add(Node(key: "legend:Person", kind: Fixtures.kind("Person"), name: "impostor"))
        let dot = scene.dot()
        #expect(dot.contains(#""legend:Person'" [label="Person""#))
        let svg = try #require(Tools.svg(dot))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 3)
    }

    @Test func pathsComeFirstInTheirOrderAndReadLeftToRight() throws {
        var scene = Self.scene()
        // Việt Nam ← Nhật Bản ← Phạm Minh Chính, walked from Việt Nam: both claims against their direction.
        scene.add(DOTScene.Path(nodes: ["vn", "jp", "pm"], claims: ["c4", "c7"]))
        let dot = scene.dot()
        let lines = dot.split(separator: "\n").map(String.init)
        let firstNode = try #require(lines.firstIndex(where: { $0.contains("[label=") && !$0.contains("->") }))
        #expect(lines[firstNode].hasPrefix(#"  "vn""#))
        let edges = lines.filter { $0.contains(" -> ") && !$0.contains("legend") }
        #expect(edges[0].hasPrefix(#"  "vn" -> "jp" [label="NOT SUPPORTS""#) && edges[0].contains("dir=back") && edges[0].contains("penwidth=2.5"))
        #expect(edges[1].hasPrefix(#"  "jp" -> "pm" [label="PRAISES""#) && edges[1].contains("dir=back"))
        #expect(edges.dropFirst(2).allSatisfy { $0.contains("constraint=false") })
        _ = try #require(Tools.svg(dot))
    }

    @Test func claimsWithoutBothEndpointsAreLeftOut() {
        var scene = DOTScene(schema: Fixtures.schema)
        scene.add(Node(key: "pm", kind: Fixtures.kind("Person"), name: "Phạm Minh Chính"))
        scene.add(Claim(key: "c", type: Fixtures.type("PRAISES"), subject: "pm", object: "nowhere"))
        #expect(!scene.dot().contains("nowhere"))
    }
}
