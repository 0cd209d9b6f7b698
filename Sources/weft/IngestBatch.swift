// One batch of ingest: articles read and extracted in parallel, then written in one transaction.
import Foundation
import WeftExtract
import WeftModel
import WeftStore

/// Per-article outcome of the parallel step.
enum PreparedArticle: Sendable {
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

struct IngestCounts {
    var added = 0, replaced = 0, unchanged = 0, bad = 0, claims = 0
}

enum IngestBatch {
    /// Reads and extracts `files` on `jobs` threads.
    static func prepare(_ files: [String], extractor: Extractor, jobs: Int) -> [PreparedArticle] {
        let slots = Slots(files.count)
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: files.count, by: workers) {
                switch ArticleFiles.read(files[index]) {
                case .failure(let problem): slots.set(index, .bad(problem.description))
                case .success(let input):
                    slots.set(index, .ready(extractor.extract(input.article), hash: contentHash(input.bytes), path: files[index]))
                }
            }
        }
        return slots.all
    }

    /// Writes prepared articles: an unchanged article (same content hash) is skipped, a changed one
    /// has its claims removed first, then its nodes and claims are written.
    static func write(_ articles: [PreparedArticle], into writer: GraphWriter, counts: inout IngestCounts) throws {
        for prepared in articles {
            guard case .ready(let graph, let hash, let path) = prepared else {
                if case .bad(let message) = prepared { report(message) }
                counts.bad += 1
                continue
            }
            let id = graph.article.id
            if case .string(hash)? = try writer.property("content_hash", ofNode: id) {
                counts.unchanged += 1
                continue
            }
            let existed = writer.nodes[id] != nil
            try writer.removeClaims(ofArticle: id)
            var article = graph.article
            article.properties = (article.properties + [("content_hash", .string(hash)), ("path", .string(path))]).sorted { $0.key < $1.key }
            try writer.put(article)
            // Shared nodes (countries, leaders) keep their name and properties as first written and
            // gain the aliases a later article uses; new nodes are added.
            for node in graph.nodes {
                if writer.nodes[node.id] == nil { try writer.put(node) } else { try writer.mergeAliases(of: node) }
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
