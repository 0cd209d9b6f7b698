// What a DOT picture shows, independent of where it came from: nodes, claims and ordered paths.
import WeftModel

/// The input of the DOT writer. A query result (nodes, edges and paths in its columns), a
/// DESCRIBE star, or a set of records all become a scene; `dot()` draws it. Keys identify nodes
/// and claims (a graph's external ids); adding the same key twice keeps the first.
public struct DOTScene: Sendable {
    public struct Node: Sendable, Hashable {
        public var key: String
        public var kind: KindID
        public var name: String
        public var aliases: [String]
        public init(key: String, kind: KindID, name: String, aliases: [String] = []) {
            self.key = key
            self.kind = kind
            self.name = name
            self.aliases = aliases
        }
    }

    /// One claim. Its endpoints must be nodes of the scene; `dot()` skips a claim whose endpoint is
    /// missing rather than inventing a node without a kind.
    public struct Claim: Sendable, Hashable {
        public var key: String
        public var type: RelationTypeID
        public var subject: String
        public var object: String
        public var negated: Bool
        public var modality: Modality?
        public var citation: Citation?
        public init(key: String, type: RelationTypeID, subject: String, object: String, negated: Bool = false,
                    modality: Modality? = nil, citation: Citation? = nil) {
            self.key = key
            self.type = type
            self.subject = subject
            self.object = object
            self.negated = negated
            self.modality = modality
            self.citation = citation
        }
    }

    /// A path as a query walked it: `nodes[i]` and `nodes[i + 1]` are joined by claim `claims[i]`,
    /// in either direction. Paths are drawn in the order given, each reading left to right.
    public struct Path: Sendable, Hashable {
        public var nodes: [String]
        public var claims: [String]
        public init(nodes: [String], claims: [String]) {
            self.nodes = nodes
            self.claims = claims
        }
    }

    public let schema: Schema
    public private(set) var nodes: [Node] = []
    public private(set) var claims: [Claim] = []
    public private(set) var paths: [Path] = []
    /// A line written as a comment at the top of the file (what was drawn, what was left out).
    public var note: String?
    private var nodeKeys: Set<String> = []
    private var claimKeys: Set<String> = []

    public init(schema: Schema) {
        self.schema = schema
    }

    public mutating func add(_ node: Node) {
        if nodeKeys.insert(node.key).inserted { nodes.append(node) }
    }

    public mutating func add(_ claim: Claim) {
        if claimKeys.insert(claim.key).inserted { claims.append(claim) }
    }

    /// Adds a path; its nodes and claims must also be added (in any order).
    public mutating func add(_ path: Path) {
        paths.append(path)
    }

    public func contains(node key: String) -> Bool { nodeKeys.contains(key) }
}
