// The parser's entry points and results: scripts, single statements, bytes that may not be UTF-8.

/// The outcome of parsing a script: the statements that parsed, every diagnostic, and both
/// interleaved in source order so a batch run can execute good statements and report bad ones.
public struct ParseResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        case statement(Statement)
        /// A statement that did not parse: its span (up to its `;`) and its diagnostics.
        case failed(SourceRange, [Diagnostic])
    }

    public var source: SourceText
    public var outcomes: [Outcome]

    public var statements: [Statement] {
        outcomes.compactMap { if case .statement(let s) = $0 { s } else { nil } }
    }

    public var diagnostics: [Diagnostic] {
        outcomes.flatMap { outcome -> [Diagnostic] in
            if case .failed(_, let diagnostics) = outcome { return diagnostics }
            return []
        }
    }
}

public enum Parser {
    /// Parses `;`-terminated statements. After an error the parser skips to the next `;`
    /// outside strings and comments and goes on, so one run reports every broken statement.
    public static func parseScript(_ source: SourceText) -> ParseResult {
        var parser = ScriptParser(source)
        return ParseResult(source: source, outcomes: parser.parseScript())
    }

    public static func parseScript(_ text: String, origin: String? = nil) -> ParseResult {
        parseScript(SourceText(text, origin: origin))
    }

    /// Parses raw bytes from a file or a pipe. Text that is not valid UTF-8 is not parsed:
    /// the result holds one E001 at the first bad byte (shown as U+FFFD in the source).
    public static func parseScript(bytes: [UInt8], origin: String? = nil) -> ParseResult {
        let source = SourceText(bytes: bytes, origin: origin)
        if let bad = source.invalidUTF8Offset {
            let range = source.range(bad, min(bad + 3, source.bytes.count))
            let end = source.range(0, source.bytes.count)
            return ParseResult(source: source, outcomes: [.failed(end, [Catalogue.invalidUTF8(range)])])
        }
        return parseScript(source)
    }

    /// One statement, with or without its final `;` (for `-c` and tests). More than one
    /// statement is reported as a stray token after the first.
    public static func parseStatement(_ source: SourceText) -> (statement: Statement?, diagnostics: [Diagnostic]) {
        var parser = ScriptParser(source)
        return parser.parseSingle()
    }

    public static func parseStatement(_ text: String) -> (statement: Statement?, diagnostics: [Diagnostic]) {
        parseStatement(SourceText(text))
    }

    /// Keywords that start a statement, so a stray one probably lacks a `;` before it.
    static let statementKeywords: Set<Keyword> = [
        .match, .optional, .with, .unwind, .return, .describe, .run, .define, .explain, .profile,
    ]
}
