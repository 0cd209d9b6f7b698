// Every diagnostic the query language reports, in one place: codes, wording, labels and help.

/// The catalogue of diagnostics. Codes: E0xx lexical and syntax (the parser reports them),
/// E1xx names checked against the schema, E2xx pattern shape, E3xx scope and types (the
/// engine reports E1xx–E3xx through these same functions). docs/language.md lists them all.
public enum Catalogue {
    // MARK: E0xx — lexical

    static func invalidUTF8(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E001", message: "the input is not valid UTF-8", range: range,
                   label: "invalid byte sequence here",
                   notes: ["query scripts must be UTF-8 text; the bad bytes are shown as �"],
                   help: .init("re-save the file as UTF-8 (for example with `iconv -t UTF-8`)"))
    }

    static func unterminatedString(
        opening: SourceRange, lineEnd: SourceRange, typographicQuote: SourceRange?, source: SourceText
    ) -> Diagnostic {
        let quote = source.slice(opening)
        var diagnostic = Diagnostic(
            code: "E002", message: "unterminated string", range: opening,
            label: "this string is never closed",
            notes: ["a string ends on the line where it starts; write `\\n` for a line break"],
            help: .init("add a closing `\(quote)` at the end of the string"))
        if let typographicQuote {
            let found = source.slice(typographicQuote)
            diagnostic.labels.append(.init(range: typographicQuote, message: "`\(found)` is a typographic quote, not `\(quote)`"))
            diagnostic.help = .init("close the string with a straight quote",
                                    edits: [.init(range: typographicQuote, replacement: quote)])
        }
        return diagnostic
    }

    static func typographicQuotes(_ range: SourceRange, content: String) -> Diagnostic {
        Diagnostic(code: "E003", message: "typographic quotes cannot delimit a string", range: range,
                   label: "written with “ ” instead of \"",
                   help: .init("use straight quotes", edits: [.init(range: range, replacement: Printer.quote(content))]))
    }

    static func typographicQuote(_ range: SourceRange, quote: String) -> Diagnostic {
        Diagnostic(code: "E003", message: "typographic quote `\(quote)` cannot delimit a string", range: range,
                   help: .init("use a straight quote", edits: [.init(range: range, replacement: "\"")]))
    }

    static func invalidEscape(_ range: SourceRange, text: String) -> Diagnostic {
        Diagnostic(code: "E004", message: "invalid escape `\(text)` in a string", range: range,
                   notes: ["escapes are \\\" \\' \\\\ \\n \\t and \\uXXXX (four hex digits)"],
                   help: .init("write `\\\\` for a backslash"))
    }

    static func unterminatedComment(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E005", message: "unterminated block comment", range: range,
                   label: "this comment is never closed", help: .init("close it with `*/`"))
    }

    static func unexpectedCharacter(_ range: SourceRange, text: String) -> Diagnostic {
        Diagnostic(code: "E006", message: "unexpected character `\(text)`", range: range)
    }

    static func unterminatedQuotedName(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E007", message: "unterminated quoted name", range: range,
                   label: "this backtick is never closed", help: .init("close the name with a backtick on the same line"))
    }

    static func emptyQuotedName(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E007", message: "a quoted name cannot be empty", range: range)
    }

    static func missingParameterName(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E008", message: "expected a parameter name after `$`", range: range,
                   help: .init("parameters look like `$country`"))
    }

    static func numberOutOfRange(_ range: SourceRange, text: String) -> Diagnostic {
        Diagnostic(code: "E009", message: "number `\(text)` is out of range", range: range,
                   notes: ["integers are 64-bit, from -9223372036854775808 to 9223372036854775807"])
    }

    // MARK: E01x–E02x — syntax

    /// "expected `)`", "expected `,` or `)`", "expected one of `a`, `b` or `c`", never more
    /// than six items: callers pass phrases such as "a clause" instead of long keyword lists.
    static func expected(_ items: [String], found: Token) -> Diagnostic {
        Diagnostic(code: "E010", message: "expected \(listing(items)), found \(found.userDescription)",
                   range: found.range, label: "expected \(listing(items, oneOf: false))")
    }

    static func listing(_ items: [String], oneOf: Bool = true) -> String {
        let shown = Array(items.prefix(6))
        switch shown.count {
        case 0: return "something else"
        case 1: return shown[0]
        case 2: return "\(shown[0]) or \(shown[1])"
        default:
            let body = shown.dropLast().joined(separator: ", ") + " or " + (shown.last ?? "")
            return oneOf ? "one of " + body : body
        }
    }

    static func unclosed(_ opener: Token, found: Token) -> Diagnostic {
        let open = opener.userDescription
        return Diagnostic(
            code: "E011", message: "unclosed \(open)", range: opener.range, label: "this \(open) is never closed",
            labels: [.init(range: found.range, message: "expected \(closerText(opener)) before \(found.userDescription)")],
            help: .init("add the missing \(closerText(opener))"))
    }

    static func closerText(_ opener: Token) -> String {
        switch opener.kind {
        case .punctuation(.leftParen): "`)`"
        case .punctuation(.leftBracket): "`]`"
        default: "`}`"
        }
    }

    static func closerOf(_ token: Token) -> String {
        if case .punctuation(let p) = token.kind { p.rawValue } else { "" }
    }

    static func chainedComparison(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E026", message: "comparisons do not chain", range: range,
                   label: "a second comparison operator",
                   help: .init("combine two comparisons with AND: `a < b AND b < c`"))
    }

    static func unmatchedCloser(_ token: Token) -> Diagnostic {
        Diagnostic(code: "E012", message: "unmatched \(token.userDescription)", range: token.range,
                   label: "no bracket is open here", help: .init("remove it, or add the opening bracket it closes"))
    }

    static func missingReturn(at found: Token, query: SourceRange) -> Diagnostic {
        Diagnostic(code: "E013", message: "a query must end with RETURN", range: found.range,
                   label: "expected RETURN before \(found.userDescription)",
                   labels: [.init(range: query, message: "this query returns nothing")],
                   help: .init("add `RETURN …` listing the values to show, for example `RETURN *`"))
    }

    static func equalTilde(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E014", message: "`=~` is not an operator in weft", range: range,
                   label: "regular expressions are not supported",
                   notes: ["`x ~= \"pattern\"` matches the folded name and aliases of x, `*` being a wildcard"],
                   help: .init("use `~=`", edits: [.init(range: range, replacement: "~=")]))
    }

    static func gqlQuantifier(_ range: SourceRange, hops: String, edits: [Diagnostic.Edit]) -> Diagnostic {
        Diagnostic(code: "E015", message: "GQL quantifiers are not supported", range: range,
                   label: "write the hop range inside the brackets",
                   help: .init("rewrite as `\(hops)`", edits: edits))
    }

    static func negativeHop(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E016", message: "a hop bound cannot be negative", range: range,
                   notes: ["`*m..n` repeats an edge m to n times; m defaults to 1, n to 3"])
    }

    static func reversedHops(_ range: SourceRange, lower: Int, upper: Int) -> Diagnostic {
        Diagnostic(code: "E017", message: "hop range `*\(lower)..\(upper)` is reversed", range: range,
                   label: "the lower bound \(lower) is above the upper bound \(upper)",
                   help: .init("swap the bounds", edits: [.init(range: range, replacement: "*\(upper)..\(lower)")]))
    }

    static func bothDirections(_ range: SourceRange, edits: [Diagnostic.Edit]) -> Diagnostic {
        Diagnostic(code: "E018", message: "an edge cannot point both ways", range: range,
                   label: "`<` and `>` on one edge",
                   help: .init("drop both arrows to match either direction", edits: edits))
    }

    static func keywordAsVariable(_ token: Token) -> Diagnostic {
        let word = if case .keyword(let k) = token.kind { k.rawValue } else { token.userDescription }
        return Diagnostic(code: "E019", message: "`\(word)` is a keyword and cannot name a variable",
                          range: token.range,
                          help: .init("choose another name, or quote it with backticks",
                                      edits: [.init(range: token.range, replacement: "`\(word.lowercased())`")]))
    }

    static func strayToken(_ token: Token, statementEnd: SourceRange) -> Diagnostic {
        let startsStatement = if case .keyword(let k) = token.kind, Parser.statementKeywords.contains(k) { true } else { false }
        var diagnostic = Diagnostic(code: "E020", message: "unexpected \(token.userDescription) after the end of the statement",
                                    range: token.range, label: "the statement is already complete",
                                    help: .init("remove it"))
        if startsStatement {
            diagnostic.help = .init("end the previous statement with `;`",
                                    edits: [.init(range: SourceRange(start: statementEnd.end, end: statementEnd.end), replacement: ";")])
        }
        return diagnostic
    }

    static func emptyStatement(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E021", message: "empty statement", range: range, label: "nothing before this `;`",
                   help: .init("remove the extra `;`", edits: [.init(range: range, replacement: "")]))
    }

    static func missingSemicolon(_ found: Token, statementEnd: SourceRange) -> Diagnostic {
        Diagnostic(code: "E022", message: "statement is not terminated by `;`", range: found.range,
                   help: .init("add `;`", edits: [.init(range: SourceRange(start: statementEnd.end, end: statementEnd.end), replacement: ";")]))
    }

    static func expectedStatement(_ found: Token, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E023", message: "expected a statement, found \(found.userDescription)", range: found.range,
                   label: suggestion.map { "did you mean `\($0)`?" },
                   notes: ["a statement starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, DESCRIBE, RUN, DEFINE, EXPLAIN or PROFILE"])
    }

    static func explainDefinition(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E024", message: "EXPLAIN and PROFILE apply to queries, DESCRIBE and RUN, not to DEFINE",
                   range: range, help: .init("explain the query when you RUN it"))
    }

    static func depthOutOfRange(_ range: SourceRange, depth: Int) -> Diagnostic {
        Diagnostic(code: "E025", message: "DESCRIBE depth \(depth) is not 1 or 2", range: range)
    }

    // MARK: E1xx — names checked against the schema (reported by the engine)

    /// "did you mean" as the primary label, when `Suggestion.bestMatch` found one.
    static func didYouMean(_ suggestion: String?) -> String? { suggestion.map { "did you mean `\($0)`?" } }

    public static func unknownKind(_ name: String, range: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E100", message: "unknown kind `\(name)`", range: range, label: didYouMean(suggestion),
                   notes: ["kinds are Person, Country, Organization, Group, Location, Topic, Article and the group Actor"])
    }

    public static func unknownRelationType(_ name: String, range: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E101", message: "unknown relation type `\(name)`", range: range, label: didYouMean(suggestion),
                   help: suggestion == nil ? .init("`.schema` lists the relation types") : nil)
    }

    public static func unknownProperty(_ name: String, range: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E102", message: "unknown property `\(name)`", range: range, label: didYouMean(suggestion))
    }

    public static func unknownFunction(_ name: String, range: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E103", message: "unknown function `\(name)`", range: range, label: didYouMean(suggestion))
    }

    public static func impossibleEdge(
        type: String, subject: String, object: String, range: SourceRange, signature: String
    ) -> Diagnostic {
        Diagnostic(code: "E104", message: "`\(type)` never connects \(subject) to \(object)", range: range,
                   label: "this edge can never match", notes: ["`\(type)` is \(signature)"])
    }

    public static func unknownDefinedQuery(_ name: String, range: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(code: "E105", message: "no query named `\(name)` is defined", range: range, label: didYouMean(suggestion),
                   help: suggestion == nil ? .init("define it first with `DEFINE QUERY \(name)(…) AS …`") : nil)
    }

    public static func wrongArgumentCount(_ name: String, expected: Int, found: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E106", message: "`\(name)` takes \(expected) argument\(expected == 1 ? "" : "s"), found \(found)",
                   range: range)
    }

    // MARK: E2xx — pattern shape (reported by the engine)

    public static func hopBoundOverCap(_ bound: Int, cap: Int = 6, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E201", message: "hop bound \(bound) is over the limit of \(cap)", range: range,
                   label: "at most \(cap) hops", notes: ["longer paths are refused rather than silently cut"],
                   help: .init("narrow the range, for example `*1..\(cap)`"))
    }

    public static func shortestMisuse(_ range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E202", message: "MATCH SHORTEST needs one path with one variable-length edge", range: range,
                   help: .init("write `MATCH SHORTEST p = (a)-[*..4]-(b)`"))
    }

    public static func relationSelfReference(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E203", message: "relation `\(name)` refers to itself", range: range,
                   label: "used inside its own definition",
                   notes: ["a defined relation may use relation types and earlier definitions only"])
    }

    // MARK: E3xx — scope and types (reported by the engine)

    public static func variableNotInScope(
        _ name: String, range: SourceRange, droppedBy: SourceRange? = nil, suggestion: String? = nil
    ) -> Diagnostic {
        var diagnostic = Diagnostic(code: "E302", message: "variable `\(name)` is not in scope", range: range,
                                    label: didYouMean(suggestion))
        if let droppedBy {
            diagnostic.label = "`\(name)` was dropped by the WITH on line \(droppedBy.start.line)"
            diagnostic.help = .init("add `\(name)` to the WITH list")
        }
        return diagnostic
    }

    public static func aggregateInWhere(_ function: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E303", message: "aggregate `\(function)` cannot be used in WHERE", range: range,
                   help: .init("compute it in a WITH, then filter: `WITH x, \(function)(…) AS n WHERE n > …`"))
    }

    public static func mixedAggregate(range: SourceRange, plain: SourceRange) -> Diagnostic {
        Diagnostic(code: "E304", message: "this item mixes an aggregate with a value that is not aggregated", range: range,
                   labels: [.init(range: plain, message: "not aggregated")],
                   help: .init("return the plain value as its own item; rows are grouped by it"))
    }

    public static func nodeComparedWithString(_ variable: String, range: SourceRange, operatorRange: SourceRange) -> Diagnostic {
        Diagnostic(code: "E305", message: "node `\(variable)` is compared with a string", range: range,
                   label: "a node is never equal to a string",
                   help: .init("match its name with `~=`", edits: [.init(range: operatorRange, replacement: "~=")]))
    }

    // MARK: further engine entries

    public static func typeAsVariable(_ name: String, type: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E107", message: "`\(name)` is a relation type, written where a variable goes", range: range,
                   label: "this names a variable, not a type",
                   help: .init("put a colon before the type", edits: [.init(range: range, replacement: ":\(type)")]))
    }

    public static func unknownParameter(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E108", message: "parameter `$\(name)` has no value", range: range,
                   help: .init("pass it as an argument of RUN, or define the query with it"))
    }

    public static func notANode(_ name: String, range: SourceRange, found: String) -> Diagnostic {
        Diagnostic(code: "E306", message: "`\(name)` is \(found), not a node", range: range,
                   label: "a node is needed here")
    }

    public static func alreadyBound(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E307", message: "variable `\(name)` is already bound to an edge", range: range,
                   help: .init("use a new name, and compare the two with `=` in WHERE"))
    }

    public static func exportFailed(_ file: String, reason: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E402", message: "cannot write `\(file)`: \(reason)", range: range)
    }

    public static func runtimeError(_ message: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E501", message: message, range: range)
    }

    public static func cancelled(range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E502", message: "query cancelled", range: range)
    }

    public static func limitReached(_ what: String, range: SourceRange) -> Diagnostic {
        Diagnostic(code: "E503", message: "query stopped: \(what)", range: range)
    }
}
