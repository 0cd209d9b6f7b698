// Statements: queries, DESCRIBE, RUN, DEFINE QUERY and DEFINE RELATION, with EXPLAIN/PROFILE.

/// A name as written (identifier or backtick-quoted), kept with its spelling; the engine
/// compares names case-insensitively.
public struct Name: Sendable, Equatable {
    public var text: String
    public var range: SourceRange
    public init(_ text: String, range: SourceRange = .none) {
        self.text = text
        self.range = range
    }
}

public struct Statement: Sendable, Equatable {
    public enum Mode: String, Sendable {
        case explain = "EXPLAIN", profile = "PROFILE"
    }

    public enum Body: Sendable, Equatable {
        case query(Query)
        case describe(Describe)
        case run(Run)
        case defineQuery(DefineQuery)
        case defineRelation(DefineRelation)
    }

    /// EXPLAIN or PROFILE in front of a query, DESCRIBE or RUN.
    public var mode: Mode?
    public var body: Body
    /// From the first token to the last one before `;`.
    public var range: SourceRange

    public init(mode: Mode? = nil, body: Body, range: SourceRange = .none) {
        self.mode = mode
        self.body = body
        self.range = range
    }
}

public enum ExportFormat: String, Sendable, CaseIterable {
    case dot = "DOT", csv = "CSV", json = "JSON"
}

/// `EXPORT DOT|CSV|JSON [TO "file"]`.
public struct Export: Sendable, Equatable {
    public var format: ExportFormat
    public var file: String?
    public var range: SourceRange
    public init(format: ExportFormat, file: String? = nil, range: SourceRange = .none) {
        self.format = format
        self.file = file
        self.range = range
    }
}

/// `DESCRIBE node [DEPTH n] [export]`.
public struct Describe: Sendable, Equatable {
    public var node: NodePattern
    public var depth: Int?
    public var export: Export?
    public var range: SourceRange
    public init(node: NodePattern, depth: Int? = nil, export: Export? = nil, range: SourceRange = .none) {
        self.node = node
        self.depth = depth
        self.export = export
        self.range = range
    }
}

/// `RUN name(args) [export]`.
public struct Run: Sendable, Equatable {
    public var name: Name
    public var arguments: [Expression]
    public var export: Export?
    public var range: SourceRange
    public init(name: Name, arguments: [Expression] = [], export: Export? = nil, range: SourceRange = .none) {
        self.name = name
        self.arguments = arguments
        self.export = export
        self.range = range
    }
}

/// `DEFINE QUERY name($a, $b) AS query`.
public struct DefineQuery: Sendable, Equatable {
    public var name: Name
    /// Parameter names without `$`.
    public var parameters: [Name]
    public var query: Query
    public var range: SourceRange
    public init(name: Name, parameters: [Name] = [], query: Query, range: SourceRange = .none) {
        self.name = name
        self.parameters = parameters
        self.query = query
        self.range = range
    }
}

/// `DEFINE RELATION name(a, b) AS path [WHERE expr]`.
public struct DefineRelation: Sendable, Equatable {
    public var name: Name
    public var subject: Name
    public var object: Name
    public var path: Path
    public var predicate: Expression?
    public var range: SourceRange
    public init(name: Name, subject: Name, object: Name, path: Path, predicate: Expression? = nil, range: SourceRange = .none) {
        self.name = name
        self.subject = subject
        self.object = object
        self.path = path
        self.predicate = predicate
        self.range = range
    }
}
