// Printing of expressions with the fewest parentheses Cypher's precedence allows.

extension Printer {
    /// An expression as canonical text (also the default column name of a RETURN item).
    public static func print(_ e: Expression) -> String {
        switch e.kind {
        case .integer(let v): return String(v)
        case .float(let v): return v.description
        case .string(let s): return quote(s)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .null: return "NULL"
        case .parameter(let p): return "$" + parameterName(p)
        case .variable(let v): return name(v)
        case .property(let base, let key): return operand(base, atLeast: .postfix) + "." + name(key.text)
        case .index(let base, let i): return operand(base, atLeast: .postfix) + "[" + print(i) + "]"
        case .call(let fn, let distinct, let arguments):
            let args = arguments.map { $0.map { print($0) }.joined(separator: ", ") } ?? "*"
            return name(fn.text) + "(" + (distinct ? "DISTINCT " + args : args) + ")"
        case .list(let elements): return "[" + elements.map { print($0) }.joined(separator: ", ") + "]"
        case .exists(let x):
            return "EXISTS { " + x.paths.map(path).joined(separator: ", ")
                + (x.predicate.map { " WHERE " + print($0) } ?? "") + " }"
        case .not(let operand): return "NOT " + self.operand(operand, atLeast: .not)
        case .negate(let operand): return "-" + self.operand(operand, atLeast: .postfix)
        case .isNull(let operand, let negated):
            return self.operand(operand, atLeast: .sum) + (negated ? " IS NOT NULL" : " IS NULL")
        case .binary(let op, let left, let right):
            let level = op.precedence
            // Comparisons take sums on both sides; the others are left-associative.
            let leftLevel = level == .comparison ? Precedence.sum : level
            let rightLevel = level == .comparison ? Precedence.sum : Precedence(rawValue: level.rawValue + 1) ?? .atom
            return operand(left, atLeast: leftLevel) + " " + op.rawValue + " " + operand(right, atLeast: rightLevel)
        }
    }

    static func operand(_ e: Expression, atLeast level: Precedence) -> String {
        precedence(of: e) >= level ? print(e) : "(" + print(e) + ")"
    }

    static func precedence(of e: Expression) -> Precedence {
        switch e.kind {
        case .binary(let op, _, _): op.precedence
        case .not: .not
        case .isNull: .comparison
        case .negate: .unary
        case .property, .index: .postfix
        default: .atom
        }
    }
}
