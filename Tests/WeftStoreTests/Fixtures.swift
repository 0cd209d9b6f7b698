// Small graphs for store tests, written as JSON Lines and imported through the real importer.
import Foundation
import WeftModel
import WeftStore
import WeftTestSupport

enum Fixtures {
    static var seedJSONL: URL { Paths.repository.appendingPathComponent("graphs/seed/seed-graph.jsonl") }

    /// Imports `jsonl` text into a new graph file in a fresh folder; returns the file's path.
    static func graphFile(_ jsonl: String, name: String = "g.weft") throws -> String {
        let folder = Paths.temporaryFolder()
        let input = folder.appendingPathComponent("input.jsonl")
        try jsonl.write(to: input, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent(name).path
        try GraphFile.create(path) { writer in
            _ = try JSONLImporter.run(try LineReader(path: input.path), name: "input.jsonl", into: writer)
        }
        return path
    }

    /// Imports a file into an existing graph in one transaction, as `weft import` does.
    @discardableResult
    static func importInto(_ path: String, _ jsonl: String, name: String = "more.jsonl") throws -> ImportSummary {
        let input = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(name)
        try jsonl.write(to: input, atomically: true, encoding: .utf8)
        let file = try GraphFile.open(path)
        return try file.write { writer in
            try JSONLImporter.run(try LineReader(path: input.path), name: name, into: writer)
        }
    }

    /// The graph's JSON Lines export as text.
    static func export(_ path: String) throws -> String {
        let file = try GraphFile.open(path, readOnly: true)
        let out = URL(fileURLWithPath: path + ".export.jsonl")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        try JSONLExporter.run(file, to: handle)
        try handle.close()
        return try String(contentsOf: out, encoding: .utf8)
    }

    static func node(_ id: String, _ kind: String, _ name: String, aliases: [String] = []) -> String {
        let list = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        return #"{"type": "node", "id": "\#(id)", "labels": ["\#(kind)"], "properties": {"name": "\#(name)", "aliases": [\#(list)]}}"#
    }

    static func edge(_ id: String, _ label: String, _ start: String, _ end: String, _ props: String = #""negated": false"#) -> String {
        #"{"type": "relationship", "id": "\#(id)", "label": "\#(label)", "start": {"id": "\#(start)"}, "end": {"id": "\#(end)"}, "properties": {\#(props)}}"#
    }

    /// A small Vietnamese graph with aliases, an article, a negated and a modal claim.
    static let small = [
        node("a1", "Article", "a1"),
        node("p1", "Person", "Phạm Minh Chính", aliases: ["Thủ tướng Phạm Minh Chính"]),
        node("p2", "Person", "Suga Yoshihide", aliases: ["Thủ tướng Suga Yoshihide", "Yoshihide Suga"]),
        node("c1", "Country", "Việt Nam", aliases: ["VN"]),
        node("c2", "Country", "Nhật Bản", aliases: ["Japan"]),
        node("t1", "Topic", "vaccine Covid-19"),
        edge("e1", "PRAISES", "p1", "c2", #""article": "a1", "sentence": 1, "modality": "asserted", "negated": false, "evidence": "đánh giá cao", "cameo": "051""#),
        edge("e2", "PROPOSES", "p1", "c2", #""article": "a1", "sentence": 2, "modality": "request", "negated": false, "claim": "R2", "cameo": "023""#),
        edge("e3", "PROPOSES", "p1", "t1", #""article": "a1", "sentence": 2, "modality": "request", "negated": false, "claim": "R2", "cameo": "023""#),
        edge("e4", "PLEDGES", "c2", "c1", #""article": "a1", "sentence": 3, "modality": "future", "negated": true, "date": "2021-04-20", "speaker": "Suga Yoshihide""#),
        edge("e5", "PHONES", "p1", "p2", #""article": "a1", "sentence": 8, "negated": false, "weight": 1.5, "tags": ["x", "y"]"#),
        edge("e6", "MENTIONS", "a1", "p1"),
    ].joined(separator: "\n") + "\n"
}
