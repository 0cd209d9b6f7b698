// Articles into a graph file, batch by batch: the one driver behind `weft ingest` and the shell's
// `.ingest`. One transaction per batch, so an interrupted run leaves the last committed batch.
import Foundation
import WeftExtract
import WeftStore
import WeftText

public struct Ingestor {
    public let extractor: Extractor
    /// Articles extracted in parallel.
    public var jobs: Int
    /// Articles per transaction.
    public var batch: Int
    /// Messages for the user: a skipped file with its path and why.
    public var report: (String) -> Void = { _ in }
    /// Asked between batches (and while waiting for one): true stops the run with `Interrupted`.
    public var shouldStop: @Sendable () -> Bool = { false }
    /// After each batch: articles done, articles in all, claims written so far.
    public var progress: (_ done: Int, _ total: Int, _ claims: Int) -> Void = { _, _, _ in }

    public init(extractor: Extractor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batch: Int = 256) {
        self.extractor = extractor
        self.jobs = jobs
        self.batch = batch
    }

    /// Ingests the files and folders of `paths` into `graph`. Paths that do not exist (`missing`)
    /// and files that are not articles (`bad`) are reported; the others are written.
    public func run(_ paths: [String], into graph: GraphFile) throws -> IngestCounts {
        var counts = IngestCounts()
        let (files, missing) = ArticleFiles.expand(paths)
        for problem in missing { report(problem.description) }
        counts.missing = missing.count
        var done = 0
        let batches = stride(from: 0, to: files.count, by: batch).map { Array(files[$0..<min($0 + batch, files.count)]) }
        // One job: extract, then write, in turn on this thread. More: the writer (this thread)
        // overlaps with the extraction of the next batch on `jobs` threads (BatchPipeline); it
        // used to wait for each batch's extraction, and the extraction for each write.
        let pipeline = jobs > 1 && batches.count > 1
            ? BatchPipeline(batches: batches, extractor: extractor, jobs: jobs, shouldStop: shouldStop) : nil
        defer { pipeline?.stop() }
        var known: [String: Set<String>] = [:]
        for (number, slice) in batches.enumerated() {
            if shouldStop() { throw Interrupted() }
            let prepared: [PreparedArticle]
            if let pipeline {
                guard let ready = pipeline.batch(number) else { throw Interrupted() }
                prepared = ready
            } else {
                prepared = IngestBatch.prepare(slice, extractor: extractor, jobs: jobs)
            }
            do {
                try graph.write { writer in
                    try IngestBatch.write(prepared, into: writer, counts: &counts, known: &known, report: report)
                }
            } catch {
                known = [:]
                throw error
            }
            done += slice.count
            progress(done, files.count, counts.claims)
        }
        return counts
    }
}

extension IngestCounts {
    /// `3 added, 0 replaced, 1 unchanged, 0 skipped; 57 claims written`.
    public var summary: String {
        "\(added) added, \(replaced) replaced, \(unchanged) unchanged, \(bad) skipped"
            + (missing > 0 ? ", \(Counted.of(missing, "path")) not found" : "") + "; \(Counted.of(claims, "claim")) written"
    }
}
