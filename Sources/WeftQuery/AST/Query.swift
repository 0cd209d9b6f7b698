// Queries: MATCH / WITH / UNWIND clauses, then RETURN's projection and an optional export.

/// `{ clause } RETURN proj [export]`.
public struct Query: Sendable, Equatable {
    public var clauses: [Clause]
    public var returning: Projection
    public var export: Export?
    public var range: SourceRange
    public init(clauses: [Clause] = [], returning: Projection, export: Export? = nil, range: SourceRange = .none) {
        self.clauses = clauses
        self.returning = returning
        self.export = export
        self.range = range
    }
}

public enum Clause: Sendable, Equatable {
    case match(Match)
    case with(With)
    case unwind(Unwind)

    public var range: SourceRange {
        switch self {
        case .match(let m): m.range
        case .with(let w): w.range
        case .unwind(let u): u.range
        }
    }
}

/// `[OPTIONAL] MATCH [SHORTEST] path {, path} [WHERE expr]`.
public struct Match: Sendable, Equatable {
    public var optional: Bool
    public var shortest: Bool
    public var paths: [Path]
    public var predicate: Expression?
    public var range: SourceRange
    public init(optional: Bool = false, shortest: Bool = false, paths: [Path], predicate: Expression? = nil,
                range: SourceRange = .none) {
        self.optional = optional
        self.shortest = shortest
        self.paths = paths
        self.predicate = predicate
        self.range = range
    }
}

/// `WITH proj [WHERE expr]`.
public struct With: Sendable, Equatable {
    public var projection: Projection
    public var predicate: Expression?
    public var range: SourceRange
    public init(projection: Projection, predicate: Expression? = nil, range: SourceRange = .none) {
        self.projection = projection
        self.predicate = predicate
        self.range = range
    }
}

/// `UNWIND expr AS var`.
public struct Unwind: Sendable, Equatable {
    public var expression: Expression
    public var variable: Name
    public var range: SourceRange
    public init(expression: Expression, variable: Name, range: SourceRange = .none) {
        self.expression = expression
        self.variable = variable
        self.range = range
    }
}

/// `[DISTINCT] (* | item {, item}) [ORDER BY …] [SKIP n] [LIMIT n]`, for WITH and RETURN.
public struct Projection: Sendable, Equatable {
    public var distinct: Bool
    /// nil for `*`.
    public var items: [ProjectionItem]?
    public var order: [SortItem]
    public var skip: Int?
    public var limit: Int?
    public var range: SourceRange
    public init(distinct: Bool = false, items: [ProjectionItem]?, order: [SortItem] = [], skip: Int? = nil,
                limit: Int? = nil, range: SourceRange = .none) {
        self.distinct = distinct
        self.items = items
        self.order = order
        self.skip = skip
        self.limit = limit
        self.range = range
    }
}

/// `expr [AS name]`.
public struct ProjectionItem: Sendable, Equatable {
    public var expression: Expression
    public var alias: Name?
    public var range: SourceRange
    public init(expression: Expression, alias: Name? = nil, range: SourceRange = .none) {
        self.expression = expression
        self.alias = alias
        self.range = range
    }
}

/// `expr [ASC|DESC]`; `direction` is nil when neither was written (ascending).
public struct SortItem: Sendable, Equatable {
    public enum Direction: String, Sendable {
        case ascending = "ASC", descending = "DESC"
    }

    public var expression: Expression
    public var direction: Direction?
    public var range: SourceRange
    public init(expression: Expression, direction: Direction? = nil, range: SourceRange = .none) {
        self.expression = expression
        self.direction = direction
        self.range = range
    }
}
