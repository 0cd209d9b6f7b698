// Runs a query script through a Session as batch mode will, rendering every result as text.
import Foundation
import WeftEngine
import WeftModel
import WeftQuery
import WeftStore
import WeftTestSupport

enum Harness {
    /// The engine fixture graph (Fixtures/graph.jsonl) loaded into an in-memory graph file.
    static func fixtureGraph() throws -> MemoryGraph {
        let file = try GraphFile.inMemory()
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/graph.jsonl").path
        try file.write { writer in _ = try JSONLImporter.run(try LineReader(path: path), name: path, into: writer) }
        return try file.loadMemoryGraph()
    }

    static var scriptsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")
    }

    static func scripts() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: scriptsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "wq" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Each statement as `> statement`, then its rows, plan or diagnostic.
    static func run(_ text: String, origin: String, session: Session, skipPlans: Bool = false) -> [String] {
        let parsed = Parser.parseScript(text, origin: origin)
        var blocks: [String] = []
        for outcome in parsed.outcomes {
            switch outcome {
            case .failed(_, let diagnostics):
                blocks.append(DiagnosticRenderer.render(diagnostics, source: parsed.source, origin: origin))
            case .statement(let statement):
                if skipPlans && statement.mode != nil { continue }
                var block = "> " + parsed.source.slice(statement.range).replacingOccurrences(of: "\n", with: "\n  ") + "\n"
                do {
                    block += render(try session.execute(statement, source: parsed.source), graph: session.graph)
                } catch {
                    block += DiagnosticRenderer.render(error, source: parsed.source, origin: origin)
                }
                blocks.append(block)
            }
        }
        return blocks
    }

    static func render(_ result: StatementResult, graph: GraphSource) -> String {
        switch result {
        case .defined(let text): return text + "\n"
        case .plan(let text): return text + "\n"
        case .table(let table):
            var out = table.preamble.map { $0 + "\n" } ?? ""
            if let note = table.note { out += "note: " + note + "\n" }
            if let exported = table.exported { return out + exported.replacingOccurrences(of: "\r\n", with: "\n") }
            if let file = table.exportedTo { return out + "exported to \(URL(fileURLWithPath: file).lastPathComponent)\n" }
            out += table.columns.joined(separator: " | ") + "\n"
            for row in table.rows { out += row.map { ValueText.plain($0, graph: graph) }.joined(separator: " | ") + "\n" }
            out += "(\(table.rows.count) row\(table.rows.count == 1 ? "" : "s")\(table.truncated ? ", cut by the row limit" : ""))\n"
            return out
        }
    }
}
