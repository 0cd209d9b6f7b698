import ArgumentParser
import Foundation
import WeftGraphGen

@main
struct WeftGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weft-gen",
        abstract: "Write a deterministic news-like graph as Graph JSON Lines (nodes, then relationships).",
        discussion: """
            The same --claims and --seed give the same bytes on every machine. The file has exactly \
            --claims relationship lines (acts, structural facts and MENTIONS), every one citing an \
            Article node; subjects are Zipf-skewed, names Vietnamese.
            """)

    @Option(help: "Number of relationship lines (claims) to write.")
    var claims: Int

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "Output file (default: standard output).")
    var output: String?

    @Flag(help: "Print counts, the top actor's share and the island chain's ids to standard error.")
    var stats = false

    @Flag(help: "Print the statistics as JSON to standard error (implies --stats).")
    var statsJSON = false

    func validate() throws {
        if claims < 0 { throw ValidationError("--claims must be at least 0") }
    }

    func run() throws {
        let generator = GraphGenerator(claims: claims, seed: seed)
        let start = Date()
        let result: GraphStats
        if let output {
            result = try generator.write(to: URL(fileURLWithPath: output))
        } else {
            result = try generator.write(to: FileHandle.standardOutput)
        }
        let seconds = Date().timeIntervalSince(start)
        if statsJSON {
            FileHandle.standardError.write(Data((renderJSON(result, seconds: seconds) + "\n").utf8))
        } else if stats {
            FileHandle.standardError.write(Data(render(result, seconds: seconds).utf8))
        }
    }

    func render(_ s: GraphStats, seconds: Double) -> String {
        var text = "weft-gen: \(s.relationshipCount) relationships, \(s.nodeCount) nodes, \(s.bytes) bytes in "
            + String(format: "%.2f s (%.0f claims/s)\n", seconds, Double(s.relationshipCount) / max(seconds, 1e-9))
        text += "nodes: " + s.nodes.map { "\($0.kind) \($0.count)" }.joined(separator: ", ") + "\n"
        text += "relationships: " + s.relationships.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + "\n"
        text += "claim ids: \(s.claimIDs)\n"
        text += "top actor: \(s.topActorID) \(s.topActorName), \(s.topActorOutgoing) outgoing ("
            + String(format: "%.2f%%", s.topActorShare * 100) + " of all relationships)\n"
        if !s.islandChain.isEmpty {
            text += "island chain: " + zip(s.islandChain, s.islandChainNames).map { "\($0) \($1)" }.joined(separator: " → ") + "\n"
        }
        return text
    }

    func renderJSON(_ s: GraphStats, seconds: Double) -> String {
        func q(_ t: String) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: [t], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
            return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
        }
        var parts: [String] = []
        parts.append("\"claims\":\(s.relationshipCount)")
        parts.append("\"seed\":\(seed)")
        parts.append("\"bytes\":\(s.bytes)")
        parts.append(String(format: "\"seconds\":%.3f", seconds))
        parts.append("\"nodes\":{" + s.nodes.map { "\(q($0.kind)):\($0.count)" }.joined(separator: ",") + "}")
        parts.append("\"relationships\":{" + s.relationships.map { "\(q($0.label)):\($0.count)" }.joined(separator: ",") + "}")
        parts.append("\"claim_ids\":\(s.claimIDs)")
        parts.append("\"top_actor\":{\"id\":\(q(s.topActorID)),\"name\":\(q(s.topActorName)),\"outgoing\":\(s.topActorOutgoing)}")
        parts.append("\"island_chain\":[" + s.islandChain.map(q).joined(separator: ",") + "]")
        return "{" + parts.joined(separator: ",") + "}"
    }
}
