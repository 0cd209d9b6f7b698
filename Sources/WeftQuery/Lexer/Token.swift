// The tokens of the query language and their user-facing descriptions.

/// Reserved words: they cannot name variables unless quoted with backticks. Words that only
/// matter in one place (DOT, CSV, JSON, TO, DEPTH, QUERY, RELATION) stay ordinary names.
public enum Keyword: String, Sendable, CaseIterable {
    case match = "MATCH", optional = "OPTIONAL", shortest = "SHORTEST", `where` = "WHERE"
    case with = "WITH", unwind = "UNWIND", `as` = "AS", `return` = "RETURN"
    case distinct = "DISTINCT", order = "ORDER", by = "BY", asc = "ASC", desc = "DESC"
    case skip = "SKIP", limit = "LIMIT", export = "EXPORT", explain = "EXPLAIN", profile = "PROFILE"
    case describe = "DESCRIBE", define = "DEFINE", run = "RUN"
    case or = "OR", and = "AND", not = "NOT", `is` = "IS", null = "NULL", `in` = "IN"
    case contains = "CONTAINS", starts = "STARTS", ends = "ENDS"
    case `true` = "TRUE", `false` = "FALSE", exists = "EXISTS"

    private static let byUppercase: [String: Keyword] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The keyword spelled by `word` in any case.
    static func lookup(_ word: String) -> Keyword? {
        // Keywords are ASCII; anything longer than the longest one cannot be a keyword.
        guard word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return byUppercase[word.uppercased()]
    }
}

public enum TokenKind: Sendable, Equatable {
    case name(String)         // identifier or `quoted name`; `quoted` tells which
    case keyword(Keyword)
    case string(String)
    case integer(Int)
    case float(Double)
    case parameter(String)
    case punctuation(Punctuation)
    case invalid              // a lexical error; the token's `problem` says which
    case end
}

public enum Punctuation: String, Sendable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", comma = ",", semicolon = ";", colon = ":"
    case dot = ".", dotDot = "..", pipe = "|", equal = "=", notEqual = "<>"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case tildeEqual = "~=", equalTilde = "=~", plus = "+", minus = "-", star = "*"
    case slash = "/", percent = "%"
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// True for a backtick-quoted name, which is never a keyword.
    public var quoted: Bool = false
    /// Boxed so that tokens stay small: almost none carry a problem, and the parser copies
    /// tokens often.
    private var problemBox: ProblemBox?

    init(kind: TokenKind, range: SourceRange, quoted: Bool = false, problem: Diagnostic? = nil) {
        self.kind = kind
        self.range = range
        self.quoted = quoted
        self.problem = problem
    }

    /// A lexical diagnostic. With kind `.invalid` it is fatal for the statement; otherwise
    /// (a typographic-quoted string, a bad escape) the token is usable and the error is reported.
    public var problem: Diagnostic? {
        get { problemBox?.diagnostic }
        set { problemBox = newValue.map(ProblemBox.init) }
    }

    func isPunctuation(_ p: Punctuation) -> Bool { kind == .punctuation(p) }
    func isKeyword(_ k: Keyword) -> Bool { kind == .keyword(k) }

    /// The name this token spells when used as a name (contextual words like TO or DEPTH).
    var nameText: String? {
        if case .name(let text) = kind { return text }
        return nil
    }

    /// How a diagnostic refers to this token: "`RETURN`", "string \"x\"", "end of input".
    var userDescription: String {
        switch kind {
        case .name(let text): return "`\(text)`"
        case .keyword(let k): return "`\(k.rawValue)`"
        case .string: return "a string"
        case .integer(let v): return "`\(v)`"
        case .float(let v): return "`\(v)`"
        case .parameter(let p): return "`$\(p)`"
        case .punctuation(let p): return "`\(p.rawValue)`"
        case .invalid: return "invalid input"
        case .end: return "end of input"
        }
    }
}

final class ProblemBox: Sendable {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
