// One batch of ingest: articles read and extracted in parallel, then written in one transaction.
import Foundation
import WeftExtract
import WeftModel
import WeftStore

/// Per-article outcome of the parallel step.
public enum PreparedArticle: Sendable {
    case bad(String)
    case ready(ArticleGraph, hash: String, path: String)
}

/// Results filled by several workers, each slot written once.
private final class Slots: @unchecked Sendable {
    private var items: [PreparedArticle?]
    private let lock = NSLock()
    init(_ count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ item: PreparedArticle) { lock.withLock { items[index] = item } }
    var all: [PreparedArticle] { lock.withLock { items.compactMap { $0 } } }
}

/// The next index to hand out, shared by the workers of one batch.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// Batches extracted on a thread of their own while the caller writes the previous one: with
/// several jobs, extraction and the (single) writer overlap instead of taking turns. At most
/// `depth` prepared batches wait, so memory stays bounded.
final class BatchPipeline: @unchecked Sendable {
    private let shouldStop: @Sendable () -> Bool
    private let condition = NSCondition()
    private var ready: [Int: [PreparedArticle]] = [:]
    private var stopped = false
    private let depth = 2

    init(batches: [[String]], extractor: Extractor, jobs: Int, shouldStop: @escaping @Sendable () -> Bool) {
        self.shouldStop = shouldStop
        let thread = Thread { [self] in
            for (number, files) in batches.enumerated() {
                if isStopped || shouldStop() { break }
                let prepared = IngestBatch.prepare(files, extractor: extractor, jobs: jobs)
                condition.lock()
                while ready.count >= depth && !stopped { condition.wait() }
                ready[number] = prepared
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private var isStopped: Bool { condition.withLock { stopped } }

    /// Batch `number`, waiting until it is extracted; nil when stopped (Ctrl-C) before that.
    func batch(_ number: Int) -> [PreparedArticle]? {
        condition.lock()
        defer { condition.unlock() }
        while ready[number] == nil && !stopped {
            if shouldStop() { return nil }
            _ = condition.wait(until: Date().addingTimeInterval(0.2))
        }
        let batch = ready.removeValue(forKey: number)
        condition.broadcast()
        return batch
    }

    /// The extraction thread ends after the batch it is on.
    func stop() {
        condition.withLock {
            stopped = true
            ready.removeAll()
            condition.broadcast()
        }
    }
}

public struct IngestCounts: Sendable {
    public var added = 0, replaced = 0, unchanged = 0, bad = 0, claims = 0
    /// Paths given that name no file or folder: reported, not counted as files.
    public var missing = 0
    public init() {}

    /// Files now in the graph (added, replaced, or there already).
    public var ingested: Int { added + replaced + unchanged }
    /// Whether some input was reported and left out.
    public var hasProblems: Bool { bad > 0 || missing > 0 }
}

enum IngestBatch {
    /// Reads and extracts `files` on `jobs` threads; each takes the next unclaimed file, so a slow
    /// article does not leave the other thread idle at the end of the batch.
    static func prepare(_ files: [String], extractor: Extractor, jobs: Int) -> [PreparedArticle] {
        let slots = Slots(files.count)
        let workers = max(1, min(jobs, files.count))
        let next = Counter()
        let work = { @Sendable in
            while let index = next.take(below: files.count) {
                switch ArticleFiles.read(files[index]) {
                case .failure(let problem): slots.set(index, .bad(problem.description))
                case .success(let input):
                    slots.set(index, .ready(extractor.extract(input.article), hash: contentHash(input.bytes), path: files[index]))
                }
            }
        }
        if workers == 1 { work() } else { DispatchQueue.concurrentPerform(iterations: workers) { _ in work() } }
        return slots.all
    }

    /// Writes prepared articles: an unchanged article (same content hash) is skipped, a changed one
    /// has its claims removed first, then its nodes and claims are written.
    static func write(_ articles: [PreparedArticle], into writer: GraphWriter, counts: inout IngestCounts,
                      known: inout [String: Set<String>], report: (String) -> Void) throws {
        for prepared in articles {
            guard case .ready(let graph, let hash, let path) = prepared else {
                if case .bad(let message) = prepared { report(message) }
                counts.bad += 1
                continue
            }
            let id = graph.article.id
            // A new article (no node yet) needs neither the hash check nor the removal: two queries
            // per article less on the writer, the one thread that cannot run in parallel.
            let existed = writer.nodes[id] != nil
            if existed {
                if case .string(hash)? = try writer.property("content_hash", ofNode: id) {
                    counts.unchanged += 1
                    continue
                }
                try writer.removeClaims(ofArticle: id)
            }
            var article = graph.article
            article.properties = (article.properties + [("content_hash", .string(hash)), ("path", .string(path))]).sorted { $0.key < $1.key }
            try writer.put(article)
            // Shared nodes (countries, leaders) keep their name and properties as first written and
            // gain the aliases a later article uses; new nodes are added.
            // `known`: names this run has already made sure a stored node has, so a country named
            // in every article costs one alias merge (a read of the node) per run, not one per article.
            for node in graph.nodes {
                let names = Set([node.name] + node.aliases)
                if writer.nodes[node.id] == nil {
                    try writer.put(node)
                } else if !(known[node.id].map(names.isSubset) ?? false) {
                    try writer.mergeAliases(of: node)
                } else {
                    continue
                }
                known[node.id, default: []].formUnion(names)
            }
            for claim in graph.claims {
                guard let subject = writer.nodes[claim.subject]?.id, let object = writer.nodes[claim.object]?.id else { continue }
                try writer.put(claim, subject: subject, object: object, article: writer.nodes[id]?.id)
                counts.claims += 1
            }
            if existed { counts.replaced += 1 } else { counts.added += 1 }
        }
    }

    /// FNV-1a, 64 bits, in hex: enough to tell an edited article from an unchanged one.
    static func contentHash(_ data: Data) -> String {
        String(ByteHash.of(data), radix: 16)
    }
}
