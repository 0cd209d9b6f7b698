// Productions clause (MATCH, WITH, UNWIND), proj, item and order.

extension ScriptParser {
    // clause = [ "OPTIONAL" ] "MATCH" [ "SHORTEST" ] path { "," path } [ "WHERE" expr ]
    mutating func parseMatch() throws(Diagnostic) -> Match {
        let start = current.range
        let optional = accept(.optional)
        try expect(.match)
        let shortest = accept(.shortest)
        var paths: [Path] = []
        repeat { paths.append(try parsePath()) } while accept(.comma)
        follow = ["an edge", "`,`", "`WHERE`"]
        var predicate: Expression?
        if accept(.where) {
            predicate = try parseExpression()
            follow = ["an operator"]
        }
        return Match(optional: optional, shortest: shortest, paths: paths, predicate: predicate, range: span(from: start))
    }

    //        | "WITH" proj [ "WHERE" expr ]
    mutating func parseWith() throws(Diagnostic) -> With {
        let start = current.range
        try expect(.with)
        let projection = try parseProjection()
        var predicate: Expression?
        if accept(.where) {
            predicate = try parseExpression()
            follow = ["an operator"]
        } else {
            follow = Array((follow + ["`WHERE`"]).prefix(3))
        }
        return With(projection: projection, predicate: predicate, range: span(from: start))
    }

    //        | "UNWIND" expr "AS" var ;
    mutating func parseUnwind() throws(Diagnostic) -> Unwind {
        let start = current.range
        try expect(.unwind)
        let expression = try parseExpression()
        if !accept(.as) { throw fail(["an operator", "`AS`"]) }
        let variable = try parseVariable()
        follow = []
        return Unwind(expression: expression, variable: variable, range: span(from: start))
    }

    // proj = [ "DISTINCT" ] ( "*" | item { "," item } ) [ order ] [ "SKIP" int ] [ "LIMIT" int ] ;
    mutating func parseProjection() throws(Diagnostic) -> Projection {
        let start = current.range
        let distinct = accept(.distinct)
        var items: [ProjectionItem]?
        if !accept(.star) {
            var list: [ProjectionItem] = []
            repeat { list.append(try parseItem()) } while accept(.comma)
            items = list
            follow = ["`,`", "`ORDER BY`"]
        } else {
            follow = ["`ORDER BY`"]
        }
        var order: [SortItem] = []
        if accept(.order) {
            try expect(.by)
            repeat { order.append(try parseSortItem()) } while accept(.comma)
            follow = ["`,`", "`SKIP`"]
        }
        var skip: Int?
        if accept(.skip) {
            skip = try parseCount()
            follow = ["`LIMIT`"]
        }
        var limit: Int?
        if accept(.limit) {
            limit = try parseCount()
            follow = []
        }
        return Projection(distinct: distinct, items: items, order: order, skip: skip, limit: limit,
                          range: span(from: start))
    }

    mutating func parseCount() throws(Diagnostic) -> Int {
        guard case .integer(let value) = current.kind else { throw fail(["a whole number"]) }
        advance()
        return value
    }

    // item = expr [ "AS" name ] ;
    mutating func parseItem() throws(Diagnostic) -> ProjectionItem {
        let start = current.range
        let expression = try parseExpression()
        var alias: Name?
        if accept(.as) { alias = try parseVariable(["a column name"]) }
        return ProjectionItem(expression: expression, alias: alias, range: span(from: start))
    }

    // order = "ORDER" "BY" expr [ "ASC" | "DESC" ] { "," expr [ "ASC" | "DESC" ] } ;
    mutating func parseSortItem() throws(Diagnostic) -> SortItem {
        let start = current.range
        let expression = try parseExpression()
        var direction: SortItem.Direction?
        if accept(.asc) { direction = .ascending } else if accept(.desc) { direction = .descending }
        return SortItem(expression: expression, direction: direction, range: span(from: start))
    }
}
