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
    /// Per kind, the sum of each node's claims (both ways) and of its square: a node reached by
    /// following a claim has E[d²]/E[d] claims on average, not E[d] (`degreeBias`).
    public var degreeSums: [Double]
    public var degreeSquareSums: [Double]

    public init(kindCount: Int, typeCount: Int) {
        self.kindCount = kindCount
        self.typeCount = typeCount
        nodesPerKind = Array(repeating: 0, count: kindCount)
        edgesPerType = Array(repeating: 0, count: typeCount)
        edgesPerSignature = Array(repeating: 0, count: kindCount * typeCount * kindCount)
        distinctSubjectsPerType = Array(repeating: 0, count: typeCount)
        distinctObjectsPerType = Array(repeating: 0, count: typeCount)
        negatedEdges = 0
        degreeSums = Array(repeating: 0, count: kindCount)
        degreeSquareSums = Array(repeating: 0, count: kindCount)
    }

    /// How many times the average claims of a node of `kinds` that a claim leads to exceeds the
    /// kinds' average, E[d²]/E[d]², at least 1. Neighbours of hubs are hubs: on the 1M-claim
    /// graph, about 60.
    public func degreeBias(_ kinds: [KindID]) -> Double {
        var nodes = 0.0, sum = 0.0, squares = 0.0
        for kind in kinds where Int(kind.raw) < kindCount {
            nodes += Double(nodesPerKind[Int(kind.raw)])
            sum += degreeSums[Int(kind.raw)]
            squares += degreeSquareSums[Int(kind.raw)]
        }
        guard nodes > 0, sum > 0 else { return 1 }
        return max(1, squares * nodes / (sum * sum))
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
