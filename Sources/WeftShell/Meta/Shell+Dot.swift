// `.dot FILE [QUERY]`: DOT of the last result, or of the query given on the line; pictures
// (.svg, .png, .pdf) are drawn through Graphviz by the engine's EXPORT DOT.
import Foundation
import WeftEngine
import WeftQuery

extension Shell {
    /// `rest` is the line after `.dot`, untouched, so the query keeps its quotes and spacing.
    func dot(_ rest: Substring, of line: String, source: LineSource, lineNumber: Int) -> String? {
        guard let (file, query) = Self.firstWord(rest), !file.isEmpty else {
            return "`.dot` takes a file name and, optionally, a query: `.dot graph.svg MATCH p = … RETURN p;`"
        }
        let export = Export(format: .dot, file: Self.expandHome(file))
        let queryText = query.trimmingCharacters(in: .whitespaces)
        guard !queryText.isEmpty else {
            guard let last = lastResult else { return "no result to draw yet: run a query first, or give one: `.dot FILE QUERY`" }
            do throws(Diagnostic) {
                var exported = try session.export(last, as: export)
                exported.preamble = nil
                out.write(ResultFormatter(settings: resultSettings, graph: session.graph).render(exported))
                finishedOutput()
            } catch {
                report([error], text: line, firstLine: lineNumber, source: source)
            }
            return nil
        }
        // The query is parsed alone; its errors are moved right to where it sits on the line.
        let prefix = String(line[..<query.startIndex]) + String(query.prefix { $0.isWhitespace })
        var text = queryText
        if !Completeness.isComplete(text) { text += ";" }
        let parsed = Parser.parseScript(text, origin: source.origin)
        func fail(_ diagnostics: [Diagnostic]) {
            report(diagnostics.map { Self.shifted($0, columns: prefix.count, bytes: prefix.utf8.count) },
                   text: prefix + text, firstLine: lineNumber, source: source)
        }
        guard parsed.outcomes.count == 1, case .statement(var statement) = parsed.outcomes[0] else {
            if parsed.outcomes.count > 1 { return "`.dot` draws one statement; the line holds \(parsed.outcomes.count)" }
            if case .failed(_, let diagnostics)? = parsed.outcomes.first { fail(diagnostics) }
            return nil
        }
        guard statement.setExport(export) else {
            return "`.dot` adds its own EXPORT DOT: give a query or DESCRIBE without EXPORT"
        }
        do throws(Diagnostic) {
            try execute(statement, source: parsed.source)
        } catch {
            fail([error])
        }
        return nil
    }

    /// The first word of `text` (double quotes keep spaces inside it; `""` is an empty word) and
    /// what follows it; nil when only spaces are left.
    static func firstWord(_ text: Substring) -> (String, Substring)? {
        var index = text.startIndex
        while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
        guard index < text.endIndex else { return nil }
        var word = "", quoted = false
        while index < text.endIndex, quoted || !text[index].isWhitespace {
            if text[index] == "\"" { quoted.toggle() } else { word.append(text[index]) }
            index = text.index(after: index)
        }
        return (word, text[index...])
    }
}

extension Statement {
    /// Sets the EXPORT clause of a query, RUN or DESCRIBE that has none; false otherwise.
    mutating func setExport(_ export: Export) -> Bool {
        switch body {
        case .query(var query) where query.export == nil:
            query.export = export
            body = .query(query)
        case .run(var run) where run.export == nil:
            run.export = export
            body = .run(run)
        case .describe(var describe) where describe.export == nil:
            describe.export = export
            body = .describe(describe)
        default:
            return false
        }
        return true
    }
}
