// Walking back along a shortest path: looking from the nodes one level nearer for the current
// node (hopsBack) must give exactly the hops that looking through the current node's claims gives.
import Testing
import WeftModel
import WeftQuery
@testable import WeftEngine

@Suite struct HopsBackTests {
    func edge(_ direction: EdgePattern.Direction, _ types: [String]?, negated: Bool = false, in schema: Schema) -> PEdge {
        let here = SourceLocation(offset: 0, line: 1, column: 1)
        let selections = types?.map { TypeSelection(type: schema.relationType(named: $0)!, negated: negated) }
        return PEdge(slot: nil, from: 0, to: 1, direction: direction, types: selections, hops: 1...4, properties: [],
                     defined: nil, range: SourceRange(start: here, end: here))
    }

    /// Random sets of "nearer" nodes, every other node walked back from, both directions, typed,
    /// untyped, symmetric and negated patterns; on the generated graph, whose few busy nodes make
    /// both ways of looking the cheaper one somewhere.
    @Test func lookingFromTheNearerLevelFindsTheSameHops() throws {
        let graph = try #require(OperatorTests.graph)
        let executor = Executor(graph: graph, parameters: [:], cancel: CancelToken(), deadline: nil, maxRows: nil)
        let schema = graph.schema
        let patterns = [
            edge(.either, nil, in: schema),
            edge(.outgoing, nil, in: schema),
            edge(.outgoing, ["SUPPORTS"], in: schema),
            edge(.incoming, ["SUPPORTS", "PROPOSES"], in: schema),
            edge(.either, ["AGREES", "PARTNER_OF"], in: schema),
            edge(.outgoing, ["SUPPORTS"], negated: true, in: schema),
        ]
        let degree = graph.claimCount
        var seed: UInt64 = 0xB0A7
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var throughCandidates = 0, throughNode = 0, nonEmpty = 0
        for pattern in patterns {
            for forward in [true, false] {
                for _ in 0..<6 {
                    var levels = [UInt8](repeating: 0, count: graph.nodeCount)
                    var nearer: [NodeID] = []
                    // Mostly quiet nodes, sometimes a busy one (ids below 12 are the busy ones).
                    for _ in 0..<(1 + random(6)) {
                        let n = random(4) == 0 ? random(12) : random(graph.nodeCount)
                        if levels[n] == 0 { levels[n] = 3; nearer.append(NodeID(UInt32(n))) }
                    }
                    nearer.sort()
                    let candidateCost = nearer.reduce(0) { $0 + degree($1) }
                    for x in 0..<graph.nodeCount where levels[x] == 0 {
                        let node = NodeID(UInt32(x))
                        let back = try executor.hopsBack(from: node, pattern, forward: forward, at: (levels, 3), among: nearer)
                        let plain = try executor.hops(from: node, pattern, forward: forward, at: (levels, 3))
                        #expect(back.map { "\($0.0!.raw)>\($0.1.raw)" } == plain.map { "\($0.0!.raw)>\($0.1.raw)" },
                                "from \(x), \(pattern.direction) \(pattern.types?.count ?? 0) types, forward \(forward)")
                        if candidateCost < degree(node) { throughCandidates += 1 } else { throughNode += 1 }
                        if !plain.isEmpty { nonEmpty += 1 }
                    }
                }
            }
        }
        // Both ways were taken, and many walks found something.
        #expect(throughCandidates > 100)
        #expect(throughNode > 100)
        #expect(nonEmpty > 100)
    }
}
