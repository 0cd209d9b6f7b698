// Graph patterns: paths of node and edge patterns, hops and property maps.

/// `[var =] node { edge node }`.
public struct Path: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var edge: EdgePattern
        public var node: NodePattern
        public init(edge: EdgePattern, node: NodePattern) {
            self.edge = edge
            self.node = node
        }
    }

    public var variable: Name?
    public var start: NodePattern
    public var steps: [Step]
    public var range: SourceRange
    public init(variable: Name? = nil, start: NodePattern, steps: [Step] = [], range: SourceRange = .none) {
        self.variable = variable
        self.start = start
        self.steps = steps
        self.range = range
    }
}

/// `( [var] [:Kind {|Kind}] [string | $param | {props}] )`.
public struct NodePattern: Sendable, Equatable {
    public enum Filter: Sendable, Equatable {
        /// `(c:Country "Nhật Bản")`: shorthand for `c ~= "Nhật Bản"`.
        case name(String)
        case parameter(String)
        case properties(PropertyMap)
    }

    public var variable: Name?
    public var kinds: [Name]
    public var filter: Filter?
    public var range: SourceRange
    public init(variable: Name? = nil, kinds: [Name] = [], filter: Filter? = nil, range: SourceRange = .none) {
        self.variable = variable
        self.kinds = kinds
        self.filter = filter
        self.range = range
    }
}

/// `-[…]->`, `<-[…]-`, `-[…]-` and the bracketless `-->`, `<--`, `--`.
public struct EdgePattern: Sendable, Equatable {
    public enum Direction: String, Sendable {
        case outgoing, incoming, either
    }

    public var direction: Direction
    public var variable: Name?
    /// Alternatives: `:SUPPORTS|NOT PLEDGES`.
    public var types: [RelationType]
    public var hops: Hops?
    public var properties: PropertyMap?
    public var range: SourceRange
    public init(direction: Direction, variable: Name? = nil, types: [RelationType] = [], hops: Hops? = nil,
                properties: PropertyMap? = nil, range: SourceRange = .none) {
        self.direction = direction
        self.variable = variable
        self.types = types
        self.hops = hops
        self.properties = properties
        self.range = range
    }
}

/// `[NOT] TYPE`: NOT selects negated claims.
public struct RelationType: Sendable, Equatable {
    public var negated: Bool
    public var name: Name
    public var range: SourceRange
    public init(negated: Bool = false, name: Name, range: SourceRange = .none) {
        self.negated = negated
        self.name = name
        self.range = range
    }
}

/// `*`, `*k`, `*m..n`, `*..n`, `*m..`, `*..`, kept as written so the printer can echo it.
/// Semantics (engine): no bounds → 1..3; `*k` → k..k; a missing lower → 1, missing upper → 3.
public struct Hops: Sendable, Equatable {
    public var lower: Int?
    public var upper: Int?
    /// Whether `..` was written; `*2` is exactly two, `*2..` is two to the default upper bound.
    public var isRange: Bool
    public var range: SourceRange
    public init(lower: Int? = nil, upper: Int? = nil, isRange: Bool = false, range: SourceRange = .none) {
        self.lower = lower
        self.upper = upper
        self.isRange = isRange
        self.range = range
    }
}

/// `{key: expr, …}`.
public struct PropertyMap: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: Name
        public var value: Expression
        public var range: SourceRange
        public init(key: Name, value: Expression, range: SourceRange = .none) {
            self.key = key
            self.value = value
            self.range = range
        }
    }

    public var entries: [Entry]
    public var range: SourceRange
    public init(entries: [Entry], range: SourceRange = .none) {
        self.entries = entries
        self.range = range
    }
}
