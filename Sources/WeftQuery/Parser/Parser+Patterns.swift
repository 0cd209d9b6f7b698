// Productions path, node, edge, rtype, hops and props, with the GQL-quantifier and arrow checks.

extension ScriptParser {
    // path = [ var "=" ] node { edge node } ;
    mutating func parsePath() throws(Diagnostic) -> Path {
        let start = current.range
        var variable: Name?
        if next.kind == .punctuation(.equal), current.nameText != nil || isKeyword(current) {
            variable = try parseVariable()
            try expect(.equal)
        }
        let first = try parseNode()
        var steps: [Path.Step] = []
        while at(.minus) || at(.less) {
            let edge = try parseEdge()
            steps.append(Path.Step(edge: edge, node: try parseNode()))
        }
        return Path(variable: variable, start: first, steps: steps, range: span(from: start))
    }

    /// A keyword where a variable fits and the next token is one that follows a variable:
    /// most likely meant as a variable (`(match:Person)`), so E019 beats "expected …".
    func keywordNamesVariable(before followers: [Punctuation]) -> Bool {
        guard isKeyword(current), !at(.not) else { return false }
        return followers.contains { next.kind == .punctuation($0) }
    }

    func isKeyword(_ token: Token) -> Bool {
        if case .keyword = token.kind { true } else { false }
    }

    // node = "(" [ var ] [ ":" name { "|" name } ] [ string | param | props ] ")" ;
    mutating func parseNode() throws(Diagnostic) -> NodePattern {
        let opener = current
        try expect(.leftParen, ["a node pattern `(…)`"])
        var variable: Name?
        if current.nameText != nil || keywordNamesVariable(before: [.colon, .rightParen, .leftBrace]) {
            variable = try parseVariable()
        }
        var kinds: [Name] = []
        if accept(.colon) {
            repeat { kinds.append(try parseName(["a kind"])) } while accept(.pipe)
        }
        var filter: NodePattern.Filter?
        switch current.kind {
        case .string(let text):
            filter = .name(text)
            advance()
        case .parameter(let name):
            filter = .parameter(name)
            advance()
        case .punctuation(.leftBrace):
            filter = .properties(try parseProperties())
        default: break
        }
        var alternatives: [String] = []
        if filter == nil {
            if kinds.isEmpty && variable == nil { alternatives.append("a variable") }
            alternatives.append(kinds.isEmpty ? "`:`" : "`|`")
            alternatives += ["a name in quotes", "`{`"]
        }
        try close(.rightParen, opener: opener, alternatives: alternatives)
        return NodePattern(variable: variable, kinds: kinds, filter: filter, range: span(from: opener.range))
    }

    // edge = [ "<" ] "-" [ "[" [ var ] [ ":" rtype { "|" rtype } ] [ hops ] [ props ] "]" ] "-" [ ">" ] ;
    mutating func parseEdge() throws(Diagnostic) -> EdgePattern {
        let start = current.range
        let leftArrow = at(.less) ? current.range : nil
        if leftArrow != nil { advance() }
        try expect(.minus)
        var variable: Name?
        var types: [RelationType] = []
        var hops: Hops?
        var properties: PropertyMap?
        var bracketEnd: SourceRange?
        if at(.leftBracket) {
            let opener = current
            advance()
            if current.nameText != nil || keywordNamesVariable(before: [.colon, .rightBracket, .star, .leftBrace]) {
                variable = try parseVariable()
            }
            if accept(.colon) {
                repeat { types.append(try parseRelationType()) } while accept(.pipe)
            }
            if at(.star) { hops = try parseHops() }
            if at(.leftBrace) { properties = try parseProperties() }
            try close(.rightBracket, opener: opener, alternatives: ["`|`", "`*`", "`{`"].suffix(types.isEmpty ? 2 : 3))
            bracketEnd = previous.range
        }
        try expect(.minus, ["`-`"])
        let rightArrow = at(.greater) ? current.range : nil
        if rightArrow != nil { advance() }
        var direction: EdgePattern.Direction = leftArrow != nil ? .incoming : rightArrow != nil ? .outgoing : .either
        if let leftArrow, let rightArrow {
            direction = .either
            pending.append(Catalogue.bothDirections(span(from: start), edits: [
                .init(range: leftArrow, replacement: ""), .init(range: rightArrow, replacement: ""),
            ]))
        }
        var edge = EdgePattern(direction: direction, variable: variable, types: types, hops: hops,
                               properties: properties, range: span(from: start))
        if at(.leftBrace) { try parseQuantifier(into: &edge, bracketEnd: bracketEnd) }
        return edge
    }

    // rtype = [ "NOT" ] name ;
    mutating func parseRelationType() throws(Diagnostic) -> RelationType {
        let start = current.range
        let negated = accept(.not)
        let name = try parseName(negated ? ["a relation type"] : ["a relation type", "`NOT`"])
        return RelationType(negated: negated, name: name, range: span(from: start))
    }

    // hops = "*" [ int ] [ ".." [ int ] ] ;
    mutating func parseHops() throws(Diagnostic) -> Hops {
        let start = current.range
        try expect(.star)
        let lower = try parseHopBound()
        var upper: Int?
        let isRange = accept(.dotDot)
        if isRange { upper = try parseHopBound() }
        let range = span(from: start)
        if let lower, let upper, lower > upper {
            pending.append(Catalogue.reversedHops(range, lower: lower, upper: upper))
        }
        return Hops(lower: lower, upper: upper, isRange: isRange, range: range)
    }

    mutating func parseHopBound() throws(Diagnostic) -> Int? {
        if at(.minus), case .integer = next.kind {
            let start = current.range
            advance()
            advance()
            throw Catalogue.negativeHop(span(from: start))
        }
        guard case .integer(let value) = current.kind else { return nil }
        advance()
        return value
    }

    // props = "{" name ":" expr { "," name ":" expr } "}" ;
    mutating func parseProperties() throws(Diagnostic) -> PropertyMap {
        let opener = current
        try expect(.leftBrace)
        var entries: [PropertyMap.Entry] = []
        repeat {
            let start = current.range
            let key: Name
            if case .keyword(let k) = current.kind {
                key = Name(k.rawValue.lowercased(), range: current.range)
                advance()
            } else {
                key = try parseName(["a property name"])
            }
            try expect(.colon)
            entries.append(PropertyMap.Entry(key: key, value: try parseExpression(), range: span(from: start)))
        } while accept(.comma)
        try close(.rightBrace, opener: opener, alternatives: ["`,`"])
        return PropertyMap(entries: entries, range: span(from: opener.range))
    }

    /// GQL's `-[]->{1,3}`: parsed so the statement can still be checked, reported with the
    /// Cypher rewrite `*1..3` moved inside the brackets.
    mutating func parseQuantifier(into edge: inout EdgePattern, bracketEnd: SourceRange?) throws(Diagnostic) {
        let start = current.range
        advance()
        var lower: Int?, upper: Int?
        if case .integer(let v) = current.kind { lower = v; advance() }
        let isRange = accept(.comma)
        if isRange, case .integer(let v) = current.kind { upper = v; advance() }
        try expect(.rightBrace, isRange ? ["a number", "`}`"] : ["`,`", "`}`"])
        let hops = Hops(lower: lower, upper: upper, isRange: isRange, range: span(from: start))
        let text = Printer.hops(hops)
        var edits = [Diagnostic.Edit(range: span(from: start), replacement: "")]
        if let bracketEnd {
            edits.insert(.init(range: SourceRange(start: bracketEnd.start, end: bracketEnd.start), replacement: text), at: 0)
        } else {
            // `-->{1,3}`: there is no bracket yet; write a whole one in place of the first `-`.
            let dash = edge.direction == .incoming ? edge.range.start.offset + 1 : edge.range.start.offset
            let dashRange = source.range(dash, dash + 1)
            edits.insert(.init(range: dashRange, replacement: "-[\(text)]"), at: 0)
        }
        pending.append(Catalogue.gqlQuantifier(span(from: start), hops: text, edits: edits))
        if edge.hops == nil { edge.hops = hops }
        edge.range = span(from: edge.range)
    }
}
