// The one input loop (sqlite3's shape): gather lines until a statement is complete, route `.`
// lines to meta-commands, run statements, report errors with their origin.
import Foundation
import WeftQuery
import WeftText

extension Shell {
    public static let prompt = "weft> "
    public static let continuationPrompt = "  ...> "

    /// Reads `source` to its end (or until `.quit`, `--bail` or an interrupt stops the shell).
    public func run(_ source: LineSource) {
        if source.isInteractive { interactiveSource = source }
        var buffer = ""
        var bufferStart = 0
        var lineNumber = 0
        while !stopped {
            let read = source.readLine(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt)
            switch read {
            case .end:
                if !buffer.isEmpty { runStatements(buffer, firstLine: bufferStart, source: source) }
                return
            case .interrupted:
                buffer = ""
                continue
            case .line(let raw):
                lineNumber += 1
                let line = NFC.normalize(raw)
                if buffer.isEmpty {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty { continue }
                    if trimmed.hasPrefix(".") {
                        source.remember(trimmed)
                        if echo { out.write(trimmed + "\n") }
                        meta(trimmed, source: source, line: lineNumber)
                        continue
                    }
                    bufferStart = lineNumber
                    buffer = line
                } else {
                    buffer += "\n" + line
                }
                if Completeness.isComplete(buffer) {
                    source.remember(buffer)
                    runStatements(buffer, firstLine: bufferStart, source: source)
                    buffer = ""
                } else if bufferStart == lineNumber, Parser.parseScript(buffer).outcomes.isEmpty {
                    // A line holding only a comment starts no statement.
                    buffer = ""
                }
            }
        }
    }

    /// Parses and runs the statements of one complete buffer that began at line `firstLine`.
    func runStatements(_ text: String, firstLine: Int, source: LineSource) {
        if echo { out.write(text + "\n") }
        let parsed = Parser.parseScript(text, origin: source.origin)
        for outcome in parsed.outcomes where !stopped {
            switch outcome {
            case .failed(_, let diagnostics):
                report(diagnostics, text: text, firstLine: firstLine, source: source)
            case .statement(let statement):
                do throws(Diagnostic) {
                    try execute(statement, source: parsed.source)
                } catch {
                    report([error], text: text, firstLine: firstLine, source: source)
                }
                if !source.isInteractive, interruptRequested() {
                    interrupted = true
                    stopped = true
                }
            }
        }
    }

    /// Errors in batch start `origin:line:col:` with the line counted in the whole script; the
    /// statement was parsed alone, so its ranges move down by the lines before it.
    func report(_ diagnostics: [Diagnostic], text: String, firstLine: Int, source: LineSource) {
        fail()
        guard !source.isInteractive else {
            errors.write(DiagnosticRenderer.render(diagnostics, source: SourceText(text), origin: nil, color: color, style: .full))
            return
        }
        let shift = max(0, firstLine - 1)
        let padded = SourceText(String(repeating: "\n", count: shift) + text, origin: source.origin)
        let moved = diagnostics.map { Self.shifted($0, lines: shift) }
        errors.write(DiagnosticRenderer.render(moved, source: padded, origin: source.origin, color: color, style: .batch))
    }

    /// Moves a diagnostic's ranges down by `lines` (newlines put before its text), or right by
    /// `columns` characters and `bytes` UTF-8 bytes (text put before its first line).
    static func shifted(_ diagnostic: Diagnostic, lines: Int = 0, columns: Int = 0, bytes: Int = 0) -> Diagnostic {
        func move(_ location: SourceLocation) -> SourceLocation {
            let onFirstLine = location.line == 1
            return SourceLocation(offset: location.offset + lines + bytes, line: location.line + lines,
                                  column: location.column + (onFirstLine ? columns : 0))
        }
        func move(_ range: SourceRange) -> SourceRange {
            guard range != .none else { return range }
            return SourceRange(start: move(range.start), end: move(range.end))
        }
        var moved = diagnostic
        moved.range = move(diagnostic.range)
        moved.labels = diagnostic.labels.map { Diagnostic.Label(range: move($0.range), message: $0.message) }
        if let help = diagnostic.help {
            moved.help = Diagnostic.Help(help.message, edits: help.edits.map { .init(range: move($0.range), replacement: $0.replacement) })
        }
        return moved
    }
}
