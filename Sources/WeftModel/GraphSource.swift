// The engine's only view of a graph: dense ids, kinds and names, and triple-pattern look-ups.

/// A node of a loaded graph, numbered densely from 0.
public struct NodeID: Hashable, Comparable, Sendable {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public static func < (a: NodeID, b: NodeID) -> Bool { a.raw < b.raw }
}

/// An edge (a claim) of a loaded graph, numbered densely from 0.
public struct EdgeID: Hashable, Comparable, Sendable {
    public let raw: UInt32
    public init(_ raw: UInt32) { self.raw = raw }
    public static func < (a: EdgeID, b: EdgeID) -> Bool { a.raw < b.raw }
}

public enum Direction: Sendable {
    /// Edges whose subject is the node.
    case outgoing
    /// Edges whose object is the node.
    case incoming
}

/// A read-only graph as the query engine sees it. Every look-up a query needs has the shape of a
/// triple pattern — subject, type, object, each bound or not — answered from indexes; anything
/// costly (evidence text, external edge ids) comes from `claimRecord`.
public protocol GraphSource: AnyObject, Sendable {
    var schema: Schema { get }
    var statistics: GraphStatistics { get }
    var nodeCount: Int { get }
    var edgeCount: Int { get }

    func kind(of node: NodeID) -> KindID
    func name(of node: NodeID) -> String
    /// The name where the graph keeps it, for a value that decodes it only when needed; nil when
    /// the graph keeps no such column.
    func storedName(of node: NodeID) -> StoredText?
    func aliases(of node: NodeID) -> [String]
    func externalID(of node: NodeID) -> String
    func properties(of node: NodeID) -> [(key: String, value: Value)]
    /// One string property of a node (an Article's `title`), without decoding the others.
    func stringProperty(_ key: String, of node: NodeID) -> String?
    /// The nodes of one kind, in id order.
    func nodes(ofKind kind: KindID) -> Range<UInt32>
    func node(externalID: String) -> NodeID?

    /// Nodes whose name or an alias folds to exactly `key` (a `Fold.key`).
    func nodes(withFold key: String) -> [NodeID]
    /// Nodes whose name or an alias has a fold starting with `prefix`, each once, in id order.
    func nodes(withFoldPrefix prefix: String) -> [NodeID]
    /// Nodes whose name or an alias has a fold matching `pattern` (a fold key with `*` wildcards),
    /// each once, in id order: a scan of the stored fold keys, no folding per node.
    func nodes(withFoldGlob pattern: String) -> [NodeID]

    /// The edges adjacent to `node` in `direction`, of `type` when given, in id order per type.
    func edges(of node: NodeID, direction: Direction, type: RelationTypeID?) -> EdgeList
    /// All edges of one relation type.
    func edges(ofType type: RelationTypeID) -> EdgeList
    /// `edges(of:direction:type:)` with each edge's other end and whether it is negated: what a
    /// walk needs, which a store may read without a look-up per edge.
    func forEachAdjacent(of node: NodeID, direction: Direction, type: RelationTypeID?,
                         _ body: (EdgeID, NodeID, Bool) throws -> Void) rethrows

    func type(of edge: EdgeID) -> RelationTypeID
    func subject(of edge: EdgeID) -> NodeID
    func object(of edge: EdgeID) -> NodeID
    func isNegated(_ edge: EdgeID) -> Bool
    func modality(of edge: EdgeID) -> Modality?
    func cameo(of edge: EdgeID) -> String?
    func article(of edge: EdgeID) -> NodeID?
    func sentence(of edge: EdgeID) -> Int?
    func date(of edge: EdgeID) -> Day?
    /// The whole claim with its provenance; may read from disk.
    func claimRecord(_ edge: EdgeID) throws -> ClaimRecord
    /// Only a claim's evidence, when a store can read it more cheaply than the whole record.
    func evidence(of edge: EdgeID) -> String?
    /// Runs `body` with every read from disk in one consistent snapshot (many reads, one lock).
    func readingSnapshot<T>(_ body: () throws -> T) throws -> T
    /// A source over the same graph that another thread can read from while this one is in use
    /// (its own connection to the file); nil when the graph cannot be shared that way.
    func concurrentReader() -> (any GraphSource)?
    /// The keys of typed properties that some node (edge) carries beyond the built-in fields.
    var nodePropertyKeys: Set<String> { get }
    var edgePropertyKeys: Set<String> { get }
    /// The property keys that nodes of one kind carry (Article: title, url…; Country: iso…).
    func nodePropertyKeys(ofKind kind: KindID) -> Set<String>
}

/// A run of edge ids inside an index, without copying: either a slice of an index array or a
/// contiguous range of ids (a node's outgoing edges of one type are stored contiguously).
public struct EdgeList: RandomAccessCollection, Sendable {
    private let slice: ArraySlice<UInt32>?
    private let range: Range<UInt32>

    public init(_ slice: ArraySlice<UInt32>) {
        self.slice = slice
        range = 0..<UInt32(slice.count)
    }

    public init(range: Range<UInt32>) {
        slice = nil
        self.range = range
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { range.count }
    public subscript(position: Int) -> EdgeID {
        if let slice { return EdgeID(slice[slice.startIndex + position]) }
        return EdgeID(range.lowerBound + UInt32(position))
    }

    public static let empty = EdgeList(range: 0..<0)
}

extension GraphSource {
    public func nodePropertyKeys(ofKind kind: KindID) -> Set<String> { nodePropertyKeys }

    public func evidence(of edge: EdgeID) -> String? { try? claimRecord(edge).evidence }

    public func forEachAdjacent(of node: NodeID, direction: Direction, type: RelationTypeID?,
                                _ body: (EdgeID, NodeID, Bool) throws -> Void) rethrows {
        for edge in edges(of: node, direction: direction, type: type) {
            try body(edge, direction == .outgoing ? object(of: edge) : subject(of: edge), isNegated(edge))
        }
    }

    public func readingSnapshot<T>(_ body: () throws -> T) throws -> T { try body() }

    public func storedName(of node: NodeID) -> StoredText? { nil }

    /// A node's claims, outgoing and incoming, of any type (a self-loop counts twice): the
    /// query language's `degree(n)`, and what walking all of a node's claims reads.
    public func claimCount(of node: NodeID) -> Int {
        edges(of: node, direction: .outgoing, type: nil).count + edges(of: node, direction: .incoming, type: nil).count
    }

    public func concurrentReader() -> (any GraphSource)? { nil }

    public func stringProperty(_ key: String, of node: NodeID) -> String? {
        properties(of: node).first(where: { $0.key == key })?.value.stringValue
    }
}
