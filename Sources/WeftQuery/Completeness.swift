// Does a REPL buffer end a statement? A pure check for the continuation prompt.

public enum Completeness {
    /// True when `buffer` ends with a `;` outside strings and comments, ignoring trailing
    /// white space and comments (sqlite3_complete's rule). A buffer that ends inside an
    /// unterminated string, quoted name or block comment is incomplete, so the REPL keeps
    /// reading rather than reporting an error the next line would fix.
    public static func isComplete(_ buffer: String) -> Bool {
        var lexer = Lexer(SourceText(buffer))
        var last: Token?
        while true {
            let token = lexer.next()
            if token.kind == .end { break }
            last = token
        }
        guard let last else { return false }
        return last.kind == .punctuation(.semicolon)
    }
}
