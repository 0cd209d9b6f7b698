// The recursive-descent parser's cursor, error helpers and the script loop with recovery at `;`.

/// One parse of one source text. Each grammar production of SPEC §5 is one method (in the
/// Parser+… files); a method throws the first fatal diagnostic of a statement, and the
/// script loop then synchronises at the next `;`. Recoverable problems (a typographic
/// string, `=~`, a reversed hop range) are collected in `pending` and parsing goes on.
struct ScriptParser {
    let source: SourceText
    var tokens: [Token]
    var index = 0
    var pending: [Diagnostic] = []
    /// What could have continued the construct parsed last, for "expected one of" lists.
    var follow: [String] = []

    init(_ source: SourceText) {
        self.source = source
        tokens = Lexer.tokenize(source)
    }

    var current: Token { tokens[index] }

    /// The current token, except that the end of input is placed just after the last token:
    /// a caret on the empty line after a final newline would point at nothing.
    var located: Token {
        guard current.kind == .end, index > 0 else { return current }
        let end = previous.range.end
        return Token(kind: .end, range: SourceRange(start: end, end: end))
    }
    var previous: Token { tokens[max(0, index - 1)] }
    var next: Token { tokens[min(index + 1, tokens.count - 1)] }

    /// Moves on, collecting a recoverable lexical problem of the token left behind.
    mutating func advance() {
        if let problem = current.problem, current.kind != .invalid { pending.append(problem) }
        if index < tokens.count - 1 { index += 1 }
    }

    func at(_ p: Punctuation) -> Bool { current.kind == .punctuation(p) }
    func at(_ k: Keyword) -> Bool { current.kind == .keyword(k) }

    mutating func accept(_ p: Punctuation) -> Bool {
        guard at(p) else { return false }
        advance()
        return true
    }

    mutating func accept(_ k: Keyword) -> Bool {
        guard at(k) else { return false }
        advance()
        return true
    }

    /// Accepts a contextual word (TO, DEPTH, QUERY…) that is an ordinary name elsewhere.
    mutating func acceptWord(_ word: String) -> Bool {
        guard let text = current.nameText, !current.quoted, text.uppercased() == word else { return false }
        advance()
        return true
    }

    mutating func expect(_ p: Punctuation, _ expected: [String]? = nil) throws(Diagnostic) {
        if !accept(p) { throw fail(expected ?? ["`\(p.rawValue)`"]) }
    }

    mutating func expect(_ k: Keyword) throws(Diagnostic) {
        if !accept(k) { throw fail(["`\(k.rawValue)`"]) }
    }

    /// Closes a bracket. When the closer is missing before something that ends a construct
    /// (`;`, a clause keyword, another closer) the error points at the unclosed opener.
    mutating func close(_ p: Punctuation, opener: Token, alternatives: [String] = []) throws(Diagnostic) {
        if accept(p) { return }
        if current.kind == .invalid, let problem = current.problem { throw problem }
        if isBoundary(current) { throw Catalogue.unclosed(opener, found: located) }
        throw fail(alternatives + ["`\(p.rawValue)`"])
    }

    func isBoundary(_ token: Token) -> Bool {
        switch token.kind {
        case .end, .punctuation(.semicolon), .punctuation(.rightParen), .punctuation(.rightBracket),
             .punctuation(.rightBrace):
            return true
        case .keyword(let k):
            return Parser.statementKeywords.contains(k) || [.where, .order, .skip, .limit, .export].contains(k)
        default:
            return false
        }
    }

    /// The error for an unexpected current token: its own lexical error if it is invalid, an
    /// unmatched closer, or "expected …".
    func fail(_ expected: [String]) -> Diagnostic {
        if current.kind == .invalid, let problem = current.problem { return problem }
        switch current.kind {
        case .punctuation(.rightParen), .punctuation(.rightBracket), .punctuation(.rightBrace):
            if !expected.contains("`\(Catalogue.closerOf(current))`") { return Catalogue.unmatchedCloser(current) }
        default: break
        }
        return Catalogue.expected(expected, found: located)
    }

    /// From `start` to the end of the last consumed token.
    func span(from start: SourceRange) -> SourceRange {
        SourceRange(start: start.start, end: max(start.end, previous.range.end))
    }

    // MARK: script = { stmt ";" }

    mutating func parseScript() -> [ParseResult.Outcome] {
        var outcomes: [ParseResult.Outcome] = []
        while current.kind != .end {
            if at(.semicolon) {
                outcomes.append(.failed(current.range, [Catalogue.emptyStatement(current.range)]))
                advance()
                continue
            }
            outcomes.append(parseTerminatedStatement())
        }
        return outcomes
    }

    mutating func parseTerminatedStatement() -> ParseResult.Outcome {
        pending = []
        let start = current.range
        do throws(Diagnostic) {
            let statement = try parseStatement()
            if !accept(.semicolon) { throw strayOrMissingSemicolon(after: statement.range) }
            if pending.isEmpty { return .statement(statement) }
            return .failed(statement.range, sorted(pending))
        } catch {
            let diagnostics = sorted(pending + [error])
            synchronize()
            return .failed(span(from: start), diagnostics)
        }
    }

    mutating func parseSingle() -> (statement: Statement?, diagnostics: [Diagnostic]) {
        if current.kind == .end || at(.semicolon) {
            return (nil, [Catalogue.emptyStatement(current.range)])
        }
        do throws(Diagnostic) {
            let statement = try parseStatement()
            _ = accept(.semicolon)
            if current.kind != .end { throw Catalogue.strayToken(current, statementEnd: statement.range) }
            return pending.isEmpty ? (statement, []) : (nil, sorted(pending))
        } catch {
            return (nil, sorted(pending + [error]))
        }
    }

    func strayOrMissingSemicolon(after statement: SourceRange) -> Diagnostic {
        switch current.kind {
        case .end: return Catalogue.missingSemicolon(located, statementEnd: statement)
        case .invalid: return current.problem ?? Catalogue.strayToken(current, statementEnd: statement)
        case .punctuation(.rightParen), .punctuation(.rightBracket), .punctuation(.rightBrace):
            return Catalogue.unmatchedCloser(current)
        default: return Catalogue.strayToken(current, statementEnd: statement)
        }
    }

    /// Skips to just after the next `;` (the lexer already hid the ones in strings and comments).
    mutating func synchronize() {
        while current.kind != .end {
            let wasSemicolon = at(.semicolon)
            if index < tokens.count - 1 { index += 1 }
            if wasSemicolon { return }
        }
    }

    func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }.map(\.element)
    }
}
