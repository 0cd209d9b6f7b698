// Exact counts kept with every loaded graph, for the planner's estimates and `.stats`.

public struct GraphStatistics: Sendable, Equatable {
    public let kindCount: Int
    public let typeCount: Int
    /// Nodes per kind, indexed by KindID.raw.
    public var nodesPerKind: [Int]
    /// Edges per relation type, indexed by RelationTypeID.raw.
    public var edgesPerType: [Int]
    /// Edges per (subject kind, type, object kind), flattened; see `edges(subject:type:object:)`.
    public var edgesPerSignature: [Int]
    /// Distinct subjects and objects per relation type.
    public var distinctSubjectsPerType: [Int]
    public var distinctObjectsPerType: [Int]
    public var negatedEdges: Int

    public init(kindCount: Int, typeCount: Int) {
        self.kindCount = kindCount
        self.typeCount = typeCount
        nodesPerKind = Array(repeating: 0, count: kindCount)
        edgesPerType = Array(repeating: 0, count: typeCount)
        edgesPerSignature = Array(repeating: 0, count: kindCount * typeCount * kindCount)
        distinctSubjectsPerType = Array(repeating: 0, count: typeCount)
        distinctObjectsPerType = Array(repeating: 0, count: typeCount)
        negatedEdges = 0
    }

    public func signatureIndex(subject: KindID, type: RelationTypeID, object: KindID) -> Int {
        (Int(subject.raw) * typeCount + Int(type.raw)) * kindCount + Int(object.raw)
    }

    public func edges(subject: KindID, type: RelationTypeID, object: KindID) -> Int {
        edgesPerSignature[signatureIndex(subject: subject, type: type, object: object)]
    }

    public var nodeCount: Int { nodesPerKind.reduce(0, +) }
    public var edgeCount: Int { edgesPerType.reduce(0, +) }
}
