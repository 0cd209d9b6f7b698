// `weft extract` end to end: the seed scored by Scripts/score.py (a copy of ../shared/eval/score.py), bad input named and skipped.
import Foundation
import Testing
import WeftTestSupport

@Suite struct ExtractCommandTests {
    static let seed = Paths.sharedData.appendingPathComponent("seed-article.txt").path
    static let scorer = Paths.repository.appendingPathComponent("Scripts/score.py").path

    /// score.py's --json figures for `jsonl` against the seed gold, or nil when python3 is missing.
    static func score(_ jsonl: String, gold: String? = nil) throws -> [String: [String: Double]]? {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python, FileManager.default.fileExists(atPath: scorer) else { return nil }
        let folder = Paths.temporaryFolder("weft-extract")
        let out = folder.appendingPathComponent("seed.jsonl")
        try jsonl.write(to: out, atomically: true, encoding: .utf8)
        let gold = gold ?? Paths.sharedData.appendingPathComponent("seed-gold.tsv").path
        let result = try Run.command(URL(fileURLWithPath: python), [scorer, gold, out.path, "--json"])
        guard let data = result.stdout.data(using: .utf8),
              let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: Double]] else { return [:] }
        return json
    }

    @Test func seedMeetsTheQualityTargets() throws {
        let result = try Run.weft(["extract", Self.seed, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"type": "node", "id": "seed-article", "labels": ["Article"]"#))
        guard let scores = try Self.score(result.stdout) else {
            print("skipped scoring: python3 or Scripts/score.py not found")
            return
        }
        #expect((scores["entities"]?["f1"] ?? 0) >= 0.95, "\(scores)")
        #expect((scores["topics"]?["f1"] ?? 0) >= 0.8, "\(scores)")
        #expect((scores["relations"]?["f1"] ?? 0) >= 0.85, "\(scores)")
    }

    /// graphs/gold: three corpus articles annotated by hand before the rules were tuned to them
    /// (docs/extraction.md). Floors a little under the figures reached, so that a rule change that
    /// loses ground on unseen-style text fails here, not only on the seed.
    @Test(arguments: [
        ("016_0de6e70307c7cf19", 0.65, 0.45, 0.35),
        ("117_4f0f750dfb94dbe8", 0.9, 0.45, 0.4),
        ("146_f2007a1eeb25e40b", 0.85, 0.35, 0.7),
    ])
    func goldArticlesMeetTheirTargets(article: String, entities: Double, topics: Double, relations: Double) throws {
        let folder = Paths.repository.appendingPathComponent("graphs/gold")
        let result = try Run.weft(["extract", folder.appendingPathComponent(article + ".txt").path])
        #expect(result.status == 0, "\(result.stderr)")
        guard let scores = try Self.score(result.stdout, gold: folder.appendingPathComponent(article + ".tsv").path) else { return }
        #expect((scores["entities"]?["f1"] ?? 0) >= entities, "\(scores)")
        #expect((scores["topics"]?["f1"] ?? 0) >= topics, "\(scores)")
        #expect((scores["relations"]?["f1"] ?? 0) >= relations, "\(scores)")
    }

    @Test func tsvHasOneRowPerEdge() throws {
        let result = try Run.weft(["extract", Self.seed, "--format", "tsv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("article\tsentence\tclaim\ttype") == true)
        #expect(lines.contains { $0.contains("\tPHONES\tPhạm Minh Chính\tSuga Yoshihide\t041\t") })
    }

    @Test func badFilesAreNamedSkippedAndExit65() throws {
        let folder = Paths.temporaryFolder("weft-extract-bad")
        let empty = folder.appendingPathComponent("empty.txt").path
        let latin1 = folder.appendingPathComponent("latin1.txt").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        _ = FileManager.default.createFile(atPath: latin1, contents: Data([0x56, 0x69, 0xEA, 0x74, 0x0A]))
        let result = try Run.weft(["extract", empty, latin1, "/no/such/file.txt", Self.seed])
        #expect(result.status == 65)
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.stderr.contains("latin1.txt: not valid UTF-8"))
        #expect(result.stderr.contains("/no/such/file.txt: no such file"))
        #expect(result.stdout.contains(#""id": "seed-article""#))
    }
}
