// The whole-graph export on several threads: the same bytes as one, in order, and stopping cleanly.
import Foundation
import Testing
import WeftModel
import WeftStore
import WeftTestSupport
@testable import WeftExport

@Suite struct ParallelExportTests {
    @Test func manyWorkersWriteTheSameBytesAsOne() throws {
        let (_, graph) = try Fixtures.seedGraph()
        // A second reader is what lets a worker run beside the first; without it the test would
        // compare one thread with itself.
        let reader = try #require(graph.concurrentReader())
        #expect(reader.edgeCount == graph.edgeCount && reader.evidence(of: EdgeID(0)) == graph.evidence(of: EdgeID(0)))
        var one = GraphDOTExport(source: graph, selection: .whole(graph, maxNodes: nil))
        one.workers = 1
        one.batchSize = 3
        var many = one
        many.workers = 4
        let single = try Fixtures.text(one)
        #expect(single.contains("cluster_legend") && single.contains("Article"))
        for _ in 0..<5 { #expect(try Fixtures.text(many) == single) }
        // And the batches change nothing either: the default size writes the seed graph in one.
        var whole = one
        whole.batchSize = 512
        #expect(try Fixtures.text(whole) == single)
    }

    @Test func aGraphHeldInMemoryHasNoSecondReader() throws {
        let graph = try GraphFile.inMemory().loadMemoryGraph()
        #expect(graph.concurrentReader() == nil)
    }

    @Test func batchesComeOutInOrderWhateverTheirSpeed() throws {
        var seen: [Int] = []
        try OrderedBatches.run(
            count: 300, workers: [0, 1, 2], window: 5, session: { _, body in try body() },
            work: { worker, batch in
                if (batch * 7 + worker) % 5 == 0 { usleep(UInt32(batch % 3) * 200) }
                return batch * 10
            },
            consume: { seen.append($0) })
        #expect(seen == (0..<300).map { $0 * 10 })
    }

    struct Full: Error {}

    @Test func aFailedWriteStopsTheWorkersAndIsRethrown() {
        let worked = Counter()
        var consumed = 0
        #expect(throws: Full.self) {
            try OrderedBatches.run(
                count: 10_000, workers: [0, 1], window: 4, session: { _, body in try body() },
                work: { _, batch in worked.add(); return batch },
                consume: { batch in
                    if batch == 20 { throw Full() }
                    consumed += 1
                })
        }
        #expect(consumed == 20)
        // The workers stopped within the window of the failed batch, not at the end.
        #expect(worked.value < 40)
    }

    struct NoSnapshot: Error {}

    @Test func aWorkerWhoseSessionFailsLeavesItsBatchesToTheOthers() throws {
        var seen: [Int] = []
        try OrderedBatches.run(
            count: 50, workers: [0, 1, 2], window: 4,
            session: { worker, body in if worker == 1 { throw NoSnapshot() }; try body() },
            work: { _, batch in batch },
            consume: { seen.append($0) })
        #expect(seen == Array(0..<50))
        #expect(throws: OrderedBatches.WorkersFailed.self) {
            try OrderedBatches.run(
                count: 50, workers: [0, 1], window: 4, session: { _, _ in throw NoSnapshot() },
                work: { _, batch in batch }, consume: { _ in })
        }
    }
}

/// A count shared by worker threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
