// Productions expr, conj, neg, cmp, sum, term, unary, postfix, atom, call, exists and list.

extension ScriptParser {
    // expr = conj { "OR" conj } ;
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        var left = try parseConjunction()
        while accept(.or) {
            let right = try parseConjunction()
            left = Expression(.binary(.or, left, right), range: left.range.union(right.range))
        }
        return left
    }

    // conj = neg { "AND" neg } ;
    mutating func parseConjunction() throws(Diagnostic) -> Expression {
        var left = try parseNegation()
        while accept(.and) {
            let right = try parseNegation()
            left = Expression(.binary(.and, left, right), range: left.range.union(right.range))
        }
        return left
    }

    // neg = { "NOT" } cmp ;
    mutating func parseNegation() throws(Diagnostic) -> Expression {
        let start = current.range
        if accept(.not) {
            let operand = try parseNegation()
            return Expression(.not(operand), range: span(from: start))
        }
        return try parseComparison()
    }

    // cmp = sum [ compop sum | "IS" [ "NOT" ] "NULL" ] ;
    mutating func parseComparison() throws(Diagnostic) -> Expression {
        let left = try parseSum()
        if accept(.is) {
            let negated = accept(.not)
            try expect(.null)
            return Expression(.isNull(left, negated: negated), range: span(from: left.range))
        }
        guard let op = try parseComparisonOperator() else { return left }
        let right = try parseSum()
        let result = Expression(.binary(op, left, right), range: left.range.union(right.range))
        let chained = current.range
        if try parseComparisonOperator() != nil { throw Catalogue.chainedComparison(span(from: chained)) }
        return result
    }

    // compop = "=" | "<>" | "<" | "<=" | ">" | ">=" | "~=" | "IN" | "CONTAINS" | "STARTS" "WITH" | "ENDS" "WITH" ;
    mutating func parseComparisonOperator() throws(Diagnostic) -> BinaryOperator? {
        let op: BinaryOperator
        switch current.kind {
        case .punctuation(.equal): op = .equal
        case .punctuation(.notEqual): op = .notEqual
        case .punctuation(.less): op = .less
        case .punctuation(.lessEqual): op = .lessEqual
        case .punctuation(.greater): op = .greater
        case .punctuation(.greaterEqual): op = .greaterEqual
        case .punctuation(.tildeEqual): op = .matches
        case .punctuation(.equalTilde):
            pending.append(Catalogue.equalTilde(current.range))
            op = .matches
        case .keyword(.in): op = .in
        case .keyword(.contains): op = .contains
        case .keyword(.starts), .keyword(.ends):
            op = at(.starts) ? .startsWith : .endsWith
            advance()
            try expect(.with)
            return op
        default: return nil
        }
        advance()
        return op
    }

    // sum = term { ("+" | "-") term } ;
    mutating func parseSum() throws(Diagnostic) -> Expression {
        var left = try parseTerm()
        while at(.plus) || at(.minus) {
            let op: BinaryOperator = at(.plus) ? .add : .subtract
            advance()
            let right = try parseTerm()
            left = Expression(.binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    // term = unary { ("*" | "/" | "%") unary } ;
    mutating func parseTerm() throws(Diagnostic) -> Expression {
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .punctuation(.star): op = .multiply
            case .punctuation(.slash): op = .divide
            case .punctuation(.percent): op = .modulo
            default: return left
            }
            advance()
            let right = try parseUnary()
            left = Expression(.binary(op, left, right), range: left.range.union(right.range))
        }
    }

    // unary = [ "-" ] postfix ;
    mutating func parseUnary() throws(Diagnostic) -> Expression {
        let start = current.range
        if accept(.minus) {
            let operand = try parsePostfix()
            return Expression(.negate(operand), range: span(from: start))
        }
        return try parsePostfix()
    }

    // postfix = atom { "." name | "[" expr "]" } ;
    mutating func parsePostfix() throws(Diagnostic) -> Expression {
        var base = try parseAtom()
        while true {
            if accept(.dot) {
                let key: Name
                if case .keyword(let k) = current.kind {
                    key = Name(k.rawValue.lowercased(), range: current.range)
                    advance()
                } else {
                    key = try parseName(["a property name"])
                }
                base = Expression(.property(base, key), range: span(from: base.range))
            } else if at(.leftBracket) {
                let opener = current
                advance()
                let index = try parseExpression()
                try close(.rightBracket, opener: opener, alternatives: ["an operator"])
                base = Expression(.index(base, index), range: span(from: base.range))
            } else {
                return base
            }
        }
    }

    // atom = literal | param | var | call | list | exists | "(" expr ")" ;
    mutating func parseAtom() throws(Diagnostic) -> Expression {
        let token = current
        let kind: Expression.Kind
        switch token.kind {
        case .integer(let v): kind = .integer(v)
        case .float(let v): kind = .float(v)
        case .string(let v): kind = .string(v)
        case .parameter(let v): kind = .parameter(v)
        case .keyword(.true): kind = .boolean(true)
        case .keyword(.false): kind = .boolean(false)
        case .keyword(.null): kind = .null
        case .keyword(.exists): return try parseExists()
        case .punctuation(.leftBracket): return try parseList()
        case .punctuation(.leftParen):
            advance()
            let inner = try parseExpression()
            try close(.rightParen, opener: token, alternatives: ["an operator"])
            return Expression(inner.kind, range: span(from: token.range))
        case .name(let text):
            if next.kind == .punctuation(.leftParen) { return try parseCall() }
            kind = .variable(text)
        case .keyword(let k) where next.kind == .punctuation(.dot) || next.kind == .punctuation(.leftBracket):
            pending.append(Catalogue.keywordAsVariable(token))
            kind = .variable(k.rawValue.lowercased())
        default:
            throw fail(["an expression"])
        }
        advance()
        return Expression(kind, range: token.range)
    }

    // call = name "(" [ "DISTINCT" ] [ "*" | expr { "," expr } ] ")" ;
    mutating func parseCall() throws(Diagnostic) -> Expression {
        let name = try parseName(["a function name"])
        let opener = current
        try expect(.leftParen)
        let distinct = accept(.distinct)
        var arguments: [Expression]? = []
        if accept(.star) {
            arguments = nil
        } else if !at(.rightParen) {
            var list: [Expression] = []
            repeat { list.append(try parseExpression()) } while accept(.comma)
            arguments = list
        }
        try close(.rightParen, opener: opener, alternatives: arguments?.isEmpty == false ? ["`,`"] : ["an expression"])
        return Expression(.call(name: name, distinct: distinct, arguments: arguments), range: span(from: name.range))
    }

    // exists = "EXISTS" "{" path { "," path } [ "WHERE" expr ] "}" ;
    mutating func parseExists() throws(Diagnostic) -> Expression {
        let start = current.range
        try expect(.exists)
        let opener = current
        try expect(.leftBrace)
        var paths: [Path] = []
        repeat { paths.append(try parsePath()) } while accept(.comma)
        var predicate: Expression?
        if accept(.where) { predicate = try parseExpression() }
        try close(.rightBrace, opener: opener, alternatives: predicate == nil ? ["`,`", "`WHERE`"] : ["an operator"])
        return Expression(.exists(Exists(paths: paths, predicate: predicate)), range: span(from: start))
    }

    // list = "[" [ expr { "," expr } ] "]" ;
    mutating func parseList() throws(Diagnostic) -> Expression {
        let opener = current
        try expect(.leftBracket)
        var elements: [Expression] = []
        if !at(.rightBracket) {
            repeat { elements.append(try parseExpression()) } while accept(.comma)
        }
        try close(.rightBracket, opener: opener, alternatives: elements.isEmpty ? ["an expression"] : ["`,`"])
        return Expression(.list(elements), range: span(from: opener.range))
    }
}
