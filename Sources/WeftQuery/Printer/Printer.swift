// The printer: AST → canonical query text that parses back to the same AST.

/// Writes statements as canonical text: keywords upper case, one clause per line, names
/// quoted only when they must be, strings in double quotes, parentheses only where
/// precedence needs them. `parse(print(s))` equals `s` apart from ranges.
public enum Printer {
    /// A statement with its terminating `;`.
    public static func print(_ statement: Statement) -> String {
        var text = statement.mode.map { $0.rawValue + " " } ?? ""
        switch statement.body {
        case .query(let q): text += query(q)
        case .describe(let d): text += describe(d)
        case .run(let r): text += run(r)
        case .defineQuery(let d):
            text += "DEFINE QUERY \(name(d.name.text))(\(d.parameters.map { "$" + parameterName($0.text) }.joined(separator: ", "))) AS\n"
            text += query(d.query)
        case .defineRelation(let d):
            text += "DEFINE RELATION \(name(d.name.text))(\(name(d.subject.text)), \(name(d.object.text))) AS "
            text += path(d.path)
            if let p = d.predicate { text += " WHERE " + print(p) }
        }
        return text + ";"
    }

    /// Statements separated by blank-free newlines, each ending in `;`.
    public static func print(_ statements: [Statement]) -> String {
        statements.map { print($0) }.joined(separator: "\n")
    }

    static func query(_ q: Query) -> String {
        var lines = q.clauses.map(clause)
        lines.append("RETURN " + projection(q.returning) + export(q.export))
        return lines.joined(separator: "\n")
    }

    static func clause(_ c: Clause) -> String {
        switch c {
        case .match(let m):
            var text = (m.optional ? "OPTIONAL " : "") + "MATCH " + (m.shortest ? "SHORTEST " : "")
            text += m.paths.map(path).joined(separator: ", ")
            if let p = m.predicate { text += " WHERE " + print(p) }
            return text
        case .with(let w):
            return "WITH " + projection(w.projection) + (w.predicate.map { " WHERE " + print($0) } ?? "")
        case .unwind(let u):
            return "UNWIND \(print(u.expression)) AS \(name(u.variable.text))"
        }
    }

    static func projection(_ p: Projection) -> String {
        var text = p.distinct ? "DISTINCT " : ""
        if let items = p.items {
            text += items.map { item in
                print(item.expression) + (item.alias.map { " AS " + name($0.text) } ?? "")
            }.joined(separator: ", ")
        } else {
            text += "*"
        }
        if !p.order.isEmpty {
            text += " ORDER BY " + p.order.map { s in
                print(s.expression) + (s.direction.map { " " + $0.rawValue } ?? "")
            }.joined(separator: ", ")
        }
        if let skip = p.skip { text += " SKIP \(skip)" }
        if let limit = p.limit { text += " LIMIT \(limit)" }
        return text
    }

    static func export(_ e: Export?) -> String {
        guard let e else { return "" }
        return " EXPORT " + e.format.rawValue + (e.file.map { " TO " + quote($0) } ?? "")
    }

    static func describe(_ d: Describe) -> String {
        "DESCRIBE " + node(d.node) + (d.depth.map { " DEPTH \($0)" } ?? "") + export(d.export)
    }

    static func run(_ r: Run) -> String {
        "RUN \(name(r.name.text))(\(r.arguments.map { print($0) }.joined(separator: ", ")))" + export(r.export)
    }

    /// A name as an identifier when it is one and not a keyword, else in backticks.
    public static func name(_ text: String) -> String {
        if isPlainIdentifier(text) { return text }
        if text.isEmpty { return "``" }
        return "`" + text.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// After `$` any identifier is plain, keywords included (`$limit`).
    public static func parameterName(_ text: String) -> String {
        isPlainIdentifier(text, keywordsAllowed: true) ? text : name(text)
    }

    static func isPlainIdentifier(_ text: String, keywordsAllowed: Bool = false) -> Bool {
        guard let first = text.unicodeScalars.first, Lexer.isNameStart(first) else { return false }
        guard text.unicodeScalars.allSatisfy(Lexer.isNameContinue) else { return false }
        // NFC could recompose the scalars of a name into another spelling; quote to be safe.
        guard WeftTextBridge.isNFC(text) else { return false }
        return keywordsAllowed || Keyword.lookup(text) == nil
    }

    /// A double-quoted string literal with escapes for quotes, backslashes and controls.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
