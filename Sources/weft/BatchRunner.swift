// Runs scripts statement by statement: results as tab-separated rows on stdout, errors with their
// origin (`script.wq:12:5: error[…]`) on stderr; later statements still run unless --bail.
import Foundation
import WeftEngine
import WeftQuery

final class BatchRunner {
    let session: Session
    let bail: Bool
    private(set) var failed = false
    private(set) var stopped = false

    init(session: Session, bail: Bool) {
        self.session = session
        self.bail = bail
    }

    func run(_ bytes: [UInt8], origin: String) {
        let parsed = Parser.parseScript(bytes: bytes, origin: origin)
        for outcome in parsed.outcomes where !stopped {
            switch outcome {
            case .failed(_, let diagnostics):
                fail(DiagnosticRenderer.render(diagnostics, source: parsed.source, origin: origin, style: .batch))
            case .statement(let statement):
                do {
                    write(render(try session.execute(statement, source: parsed.source)))
                } catch {
                    fail(DiagnosticRenderer.render(error, source: parsed.source, origin: origin, style: .batch) + "\n")
                }
            }
        }
    }

    private func fail(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
        failed = true
        if bail { stopped = true }
    }

    private func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }

    private func render(_ result: StatementResult) -> String {
        switch result {
        case .defined(let text): return text + "\n"
        case .plan(let text): return text + "\n"
        case .table(let table):
            var out = table.preamble.map { $0 + "\n" } ?? ""
            if let exported = table.exported { return out + exported }
            if let file = table.exportedTo { return out + "exported \(table.rows.count) rows to \(file)\n" }
            func cell(_ text: String) -> String {
                text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            }
            out += table.columns.map(cell).joined(separator: "\t") + "\n"
            for row in table.rows {
                out += row.map { cell(ValueText.plain($0, graph: session.graph)) }.joined(separator: "\t") + "\n"
            }
            return out
        }
    }
}
