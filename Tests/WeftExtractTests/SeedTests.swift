// The whole pipeline on the seed article: its claims as a table, compared with a golden file.
import Foundation
import Testing
import WeftModel
import WeftTestSupport
@testable import WeftExtract

@Suite struct SeedTests {
    @Test func seedClaimsMatchTheGolden() throws {
        let text = try String(contentsOf: Paths.sharedData.appendingPathComponent("seed-article.txt"), encoding: .utf8)
        let graph = Fixtures.extractor.extract(ArticleText(stem: "seed-article", text: text))
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows = graph.claims.filter { $0.claim != nil }.map { claim in
            [String(claim.sentence ?? 0), Schema.bundled.relationType(claim.type).name, names[claim.subject] ?? "?",
             names[claim.object] ?? "?", claim.cameo ?? "-", claim.modality?.name ?? "-", claim.speaker ?? "-", claim.rule ?? ""]
                .joined(separator: "\t")
        }
        Snapshot.assert(rows.joined(separator: "\n") + "\n", named: "seed-claims")
        #expect(graph.article.id == "seed-article")
        #expect(graph.claims.contains { Schema.bundled.relationType($0.type).name == "MENTIONS" })
    }
}
