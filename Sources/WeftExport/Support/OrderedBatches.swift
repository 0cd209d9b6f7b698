// Numbered batches worked on by several threads, their results handed out in number order.
import Foundation

/// Runs `work` for batches `0..<count`, one thread per worker state, and gives each result to
/// `consume` on the calling thread in batch order, so the output is the same bytes whatever the
/// number of workers. At most `window` batches are ahead of the one being consumed: memory is
/// bounded by the window, not by the output. With one worker everything runs on the calling
/// thread. Each worker runs its batches inside `session` (a read transaction, say); a worker
/// whose session fails leaves its batches to the others, and when none is left the run fails.
/// When `consume` throws, the workers stop after their current batch and the error is rethrown
/// once they have all finished.
enum OrderedBatches {
    struct WorkersFailed: Error {}

    static func run<State, Result>(
        count: Int, workers: [State], window: Int,
        session: @escaping (State, () throws -> Void) throws -> Void,
        work: @escaping (inout State, Int) -> Result, consume: (Result) throws -> Void
    ) throws {
        precondition(!workers.isEmpty || count == 0, "batches but no worker")
        guard workers.count > 1, count > 1 else {
            guard var state = workers.first else { return }
            try session(state) { for batch in 0..<count { try consume(work(&state, batch)) } }
            return
        }
        let board = Board<Result>(count: count, window: max(window, workers.count), workers: workers.count)
        let done = DispatchGroup()
        for state in workers {
            let box = UncheckedSendable((state, session, work, board))
            done.enter()
            let thread = Thread {
                var (state, session, work, board) = box.value
                try? session(state) { while let batch = board.claim() { board.deliver(batch, work(&state, batch)) } }
                board.finished()
                done.leave()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        defer { done.wait() }
        do {
            for batch in 0..<count {
                guard let result = board.take(batch) else { throw WorkersFailed() }
                try consume(result)
            }
        } catch {
            board.stop()
            throw error
        }
    }

    /// Which batch is next to be worked on, and the results not yet consumed.
    private final class Board<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var next = 0
        private var consumed = 0
        private var results: [Int: Result] = [:]
        private var stopped = false
        private var running: Int

        init(count: Int, window: Int, workers: Int) {
            self.count = count
            self.window = window
            running = workers
        }

        /// The next batch to work on, waiting while the window is full; nil when none is left.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped && next < count && next >= consumed + window { condition.wait() }
            guard !stopped, next < count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ batch: Int, _ result: Result) {
            condition.lock()
            results[batch] = result
            condition.broadcast()
            condition.unlock()
        }

        /// A worker has left (its batches done, or its session failed).
        func finished() {
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }

        /// The result of `batch`, waiting for it; nil when no worker is left to make it. Batches
        /// are claimed in order, so the one waited for is being worked on or is next to be.
        func take(_ batch: Int) -> Result? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped && results[batch] == nil && running > 0 { condition.wait() }
            consumed = batch + 1
            condition.broadcast()
            return results.removeValue(forKey: batch)
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// A value handed to another thread by a caller who knows it is not shared meanwhile.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
