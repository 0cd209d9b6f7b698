// Runs one parsed statement: the plan first with `.explain on`, the result, the time with `.timer on`.
import Foundation
import WeftEngine
import WeftQuery

extension Shell {
    func execute(_ statement: Statement, source: SourceText) throws(Diagnostic) {
        let session = self.session
        session.cancellation.reset()
        running.begin(session)
        defer { running.end() }
        if explain, statement.mode == nil, isPlannable(statement) {
            var explained = statement
            explained.mode = .explain
            if case .plan(let text) = try session.execute(explained, source: source) { out.write(text + "\n") }
        }
        let started = Date()
        let result = try session.execute(statement, source: source)
        let elapsed = Date().timeIntervalSince(started)
        switch result {
        case .defined(let text), .plan(let text): out.write(text + "\n")
        case .table(let table):
            out.write(ResultFormatter(settings: resultSettings, graph: session.graph).render(table))
            var kept = table
            (kept.exported, kept.exportedTo, kept.note) = (nil, nil, nil)
            lastResult = kept
        }
        finishedOutput()
        if timer { errors.write(String(format: "Run Time: %.3f s\n", elapsed)) }
    }

    private func isPlannable(_ statement: Statement) -> Bool {
        switch statement.body {
        case .query, .run: return true
        case .describe, .defineQuery, .defineRelation: return false
        }
    }
}
