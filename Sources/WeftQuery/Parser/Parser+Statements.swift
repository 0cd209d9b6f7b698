// Productions stmt, define, run, describe, export and query.
import WeftText

extension ScriptParser {
    // stmt = [ "EXPLAIN" | "PROFILE" ] ( query | describe | run ) | define ;
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.range
        var mode: Statement.Mode?
        if accept(.explain) { mode = .explain } else if accept(.profile) { mode = .profile }
        let body: Statement.Body
        switch current.kind {
        case .keyword(.define):
            if mode != nil { throw Catalogue.explainDefinition(span(from: start)) }
            body = try parseDefine()
        case .keyword(.describe): body = .describe(try parseDescribe())
        case .keyword(.run): body = .run(try parseRun())
        case .keyword(.match), .keyword(.optional), .keyword(.with), .keyword(.unwind), .keyword(.return):
            body = .query(try parseQuery())
        default:
            if current.kind == .invalid, let problem = current.problem { throw problem }
            if case .punctuation(let p) = current.kind, [.rightParen, .rightBracket, .rightBrace].contains(p) {
                throw Catalogue.unmatchedCloser(current)
            }
            let starters = ["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "DESCRIBE", "RUN", "DEFINE",
                            "EXPLAIN", "PROFILE"]
            let suggestion = current.nameText.flatMap { Suggestion.bestMatch(for: $0, among: starters) }
            throw Catalogue.expectedStatement(current, suggestion: suggestion)
        }
        return Statement(mode: mode, body: body, range: span(from: start))
    }

    // define = "DEFINE" "QUERY" name "(" [ param { "," param } ] ")" "AS" query
    //        | "DEFINE" "RELATION" name "(" var "," var ")" "AS" path [ "WHERE" expr ] ;
    mutating func parseDefine() throws(Diagnostic) -> Statement.Body {
        let start = current.range
        try expect(.define)
        if acceptWord("QUERY") {
            let name = try parseName(["a query name"])
            let opener = current
            try expect(.leftParen)
            var parameters: [Name] = []
            if case .parameter = current.kind {
                repeat {
                    guard case .parameter(let p) = current.kind else { throw fail(["a parameter like `$country`"]) }
                    parameters.append(Name(p, range: current.range))
                    advance()
                } while accept(.comma)
            }
            try close(.rightParen, opener: opener, alternatives: parameters.isEmpty ? ["a parameter"] : ["`,`"])
            try expect(.as)
            let query = try parseQuery()
            return .defineQuery(DefineQuery(name: name, parameters: parameters, query: query, range: span(from: start)))
        }
        if acceptWord("RELATION") {
            let name = try parseName(["a relation name"])
            let opener = current
            try expect(.leftParen)
            let subject = try parseVariable()
            try expect(.comma)
            let object = try parseVariable()
            try close(.rightParen, opener: opener)
            try expect(.as)
            let path = try parsePath()
            var predicate: Expression?
            if accept(.where) { predicate = try parseExpression() }
            return .defineRelation(DefineRelation(name: name, subject: subject, object: object, path: path,
                                                  predicate: predicate, range: span(from: start)))
        }
        throw fail(["`QUERY`", "`RELATION`"])
    }

    // run = "RUN" name "(" [ expr { "," expr } ] ")" [ export ] ;
    mutating func parseRun() throws(Diagnostic) -> Run {
        let start = current.range
        try expect(.run)
        let name = try parseName(["a defined query name"])
        let opener = current
        try expect(.leftParen)
        var arguments: [Expression] = []
        if !at(.rightParen) {
            repeat { arguments.append(try parseExpression()) } while accept(.comma)
        }
        try close(.rightParen, opener: opener, alternatives: ["`,`"])
        let export = try parseExportIfPresent()
        return Run(name: name, arguments: arguments, export: export, range: span(from: start))
    }

    // describe = "DESCRIBE" node [ "DEPTH" int ] [ export ] ;
    mutating func parseDescribe() throws(Diagnostic) -> Describe {
        let start = current.range
        try expect(.describe)
        let node = try parseNode()
        var depth: Int?
        if acceptWord("DEPTH") {
            guard case .integer(let value) = current.kind else { throw fail(["`1`", "`2`"]) }
            if value != 1 && value != 2 { pending.append(Catalogue.depthOutOfRange(current.range, depth: value)) }
            depth = value
            advance()
        }
        follow = depth == nil ? ["`DEPTH`", "`EXPORT`"] : ["`EXPORT`"]
        let export = try parseExportIfPresent()
        return Describe(node: node, depth: depth, export: export, range: span(from: start))
    }

    // export = "EXPORT" ( "DOT" | "CSV" | "JSON" ) [ "TO" string ] ;
    mutating func parseExportIfPresent() throws(Diagnostic) -> Export? {
        let start = current.range
        guard accept(.export) else { return nil }
        guard let word = current.nameText, !current.quoted, let format = ExportFormat(rawValue: word.uppercased())
        else { throw fail(["`DOT`", "`CSV`", "`JSON`"]) }
        advance()
        var file: String?
        if acceptWord("TO") {
            guard case .string(let text) = current.kind else { throw fail(["a file name in quotes"]) }
            file = text
            advance()
        }
        return Export(format: format, file: file, range: span(from: start))
    }

    // query = { clause } "RETURN" proj [ export ] ;
    mutating func parseQuery() throws(Diagnostic) -> Query {
        let start = current.range
        var clauses: [Clause] = []
        follow = []
        while !at(.return) {
            switch current.kind {
            case .keyword(.match), .keyword(.optional): clauses.append(.match(try parseMatch()))
            case .keyword(.with): clauses.append(.with(try parseWith()))
            case .keyword(.unwind): clauses.append(.unwind(try parseUnwind()))
            case .end, .punctuation(.semicolon), .keyword(.export):
                throw Catalogue.missingReturn(at: located, query: span(from: start))
            default:
                throw fail(follow + ["another clause", "`RETURN`"])
            }
        }
        let returnStart = current.range
        try expect(.return)
        var returning = try parseProjection()
        returning.range = span(from: returnStart)
        follow = []
        let export = try parseExportIfPresent()
        return Query(clauses: clauses, returning: returning, export: export, range: span(from: start))
    }

    /// A name where any identifier or quoted name fits (query names, relation names).
    mutating func parseName(_ expected: [String]) throws(Diagnostic) -> Name {
        guard let text = current.nameText else {
            if case .keyword = current.kind { throw Catalogue.keywordAsVariable(current) }
            throw fail(expected)
        }
        let name = Name(text, range: current.range)
        advance()
        return name
    }

    /// A variable; a keyword in its place is reported (E019) and taken as the name, so the
    /// rest of the statement is still checked.
    mutating func parseVariable(_ expected: [String] = ["a variable"]) throws(Diagnostic) -> Name {
        if case .keyword(let k) = current.kind {
            pending.append(Catalogue.keywordAsVariable(current))
            let name = Name(k.rawValue.lowercased(), range: current.range)
            advance()
            return name
        }
        return try parseName(expected)
    }
}
