// Expressions: literals, variables, operators, calls, lists, indexing and EXISTS subpatterns.

public struct Expression: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case integer(Int)
        case float(Double)
        case string(String)
        case boolean(Bool)
        case null
        case parameter(String)
        case variable(String)
        /// `x.name`
        case property(Expression, Name)
        /// `x[i]`
        case index(Expression, Expression)
        /// `f(DISTINCT a, b)`; `arguments` nil for `count(*)`.
        case call(name: Name, distinct: Bool, arguments: [Expression]?)
        case list([Expression])
        case exists(Exists)
        case not(Expression)
        case negate(Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `x IS NULL`, or `x IS NOT NULL` when `negated`.
        case isNull(Expression, negated: Bool)
    }

    public var kind: Kind
    public var range: SourceRange
    public init(_ kind: Kind, range: SourceRange = .none) {
        self.kind = kind
        self.range = range
    }
}

/// `EXISTS { path {, path} [WHERE expr] }`.
public struct Exists: Sendable, Equatable {
    public var paths: [Path]
    public var predicate: Expression?
    public init(paths: [Path], predicate: Expression? = nil) {
        self.paths = paths
        self.predicate = predicate
    }
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case or = "OR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case matches = "~=", `in` = "IN", contains = "CONTAINS", startsWith = "STARTS WITH", endsWith = "ENDS WITH"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"

    /// Binding strength, loosest first; comparisons do not chain (`a < b < c` is an error).
    public var precedence: Precedence {
        switch self {
        case .or: .or
        case .and: .and
        case .add, .subtract: .sum
        case .multiply, .divide, .modulo: .term
        default: .comparison
        }
    }
}

/// Cypher's precedence levels, loosest first.
public enum Precedence: Int, Sendable, Comparable {
    case or = 1, and, not, comparison, sum, term, unary, postfix, atom

    public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
}
