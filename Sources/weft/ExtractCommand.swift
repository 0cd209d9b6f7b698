// `weft extract ARTICLE... [--format jsonl|tsv]`: the articles' nodes and claims on stdout, nothing stored.
import ArgumentParser
import Foundation
import WeftExtract
import WeftIngest
import WeftModel
import WeftStore

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors, topics and claims from Vietnamese articles and print them (nothing is stored).")

    @Argument(help: "Article files (UTF-8, one paragraph per line) or folders of .txt files.")
    var paths: [String]

    @Option(name: .long, help: "Output: jsonl (graph JSON Lines, as `weft import` reads) or tsv (one row per edge).")
    var format: String = "jsonl"

    func validate() throws {
        guard ["jsonl", "tsv"].contains(format) else { throw ValidationError("--format must be jsonl or tsv") }
    }

    func run() throws {
        var failed = false
        try withExitCodes {
            let extractor = try ArticleFiles.extractor()
            let (files, bad) = ArticleFiles.expand(paths)
            for problem in bad { report(problem.description) }
            failed = !bad.isEmpty
            var printed = Set<String>()
            if format == "tsv" { FileHandle.standardOutput.write(Data(ExtractOutput.tsvHeader.utf8)) }
            for file in files {
                switch ArticleFiles.read(file) {
                case .failure(let problem):
                    report(problem.description)
                    failed = true
                case .success(let input):
                    let graph = extractor.extract(input.article)
                    let text = format == "tsv" ? ExtractOutput.tsv(graph, schema: extractor.schema)
                        : ExtractOutput.jsonl(graph, schema: extractor.schema, printed: &printed)
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
        }
        if failed { throw Exit.dataError }
    }
}

enum ExtractOutput {
    /// Graph JSON Lines: the Article node, the nodes not printed before, then the edges.
    static func jsonl(_ graph: ArticleGraph, schema: Schema, printed: inout Set<String>) -> String {
        var writer = JSONWriter()
        GraphJSON.write(graph.article, schema: schema, to: &writer)
        for node in graph.nodes where printed.insert(node.id).inserted { GraphJSON.write(node, schema: schema, to: &writer) }
        for claim in graph.claims { GraphJSON.write(claim, schema: schema, to: &writer) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static let tsvHeader = "article\tsentence\tclaim\ttype\tsubject\tobject\tcameo\tmodality\tnegated\tspeaker\trule\tevidence\n"

    /// One row per act edge (MENTIONS left out), names instead of ids.
    static func tsv(_ graph: ArticleGraph, schema: Schema) -> String {
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for claim in graph.claims where claim.claim != nil {
            let cells: [String] = [
                claim.article ?? "", claim.sentence.map(String.init) ?? "", claim.claim ?? "", schema.relationType(claim.type).name,
                names[claim.subject] ?? claim.subject, names[claim.object] ?? claim.object, claim.cameo ?? "-",
                claim.modality?.name ?? "-", claim.negated ? "yes" : "no", claim.speaker ?? "-", claim.rule ?? "", claim.evidence ?? "",
            ]
            out += cells.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n"
        }
        return out
    }
}
