// `weft ingest PATH... --into GRAPH.weft [--jobs N]`: articles to claims, one transaction per batch, incremental.
import ArgumentParser
import Foundation
import WeftExtract
import WeftStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract claims from article files or folders and store them in a graph file (created if needed).")

    @Argument(help: "Article files (UTF-8) or folders of .txt files.")
    var paths: [String]

    @Option(name: .long, help: "The graph file to add to.")
    var into: String

    @Option(name: .long, help: "Articles extracted in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    // 256, not 64: each transaction reloads the node table and rewrites the edge chunks it
    // touched, and with 64 that per-batch cost made the single writer the bottleneck (callgrind).
    @Option(name: .long, help: "Articles per transaction.")
    var batch: Int = 256

    @Option(name: .long, help: "Show progress on stderr: auto (when a terminal), always, never.")
    var progress: String = "auto"

    func validate() throws {
        guard ProgressMode(rawValue: progress) != nil else { throw ValidationError("--progress must be one of auto, always, never") }
        guard jobs >= 1, batch >= 1 else { throw ValidationError("--jobs and --batch must be at least 1") }
    }

    func run() throws {
        var counts = IngestCounts()
        try withExitCodes {
            Interrupt.install()
            let extractor = try ArticleFiles.extractor()
            let (files, missing) = ArticleFiles.expand(paths)
            for problem in missing { report(problem.description) }
            counts.bad = missing.count
            if !FileManager.default.fileExists(atPath: into) { _ = try GraphFile.create(into) { _ in } }
            let graph = try GraphFile.open(into)
            let line = ProgressLine(mode: ProgressMode(rawValue: progress) ?? .auto)
            defer { line.finish() }
            let started = Date()
            var done = 0
            let batches = stride(from: 0, to: files.count, by: batch).map { Array(files[$0..<min($0 + batch, files.count)]) }
            // One job: extract, then write, in turn on this thread. More: the writer (this thread)
            // overlaps with the extraction of the next batch on `jobs` threads (BatchPipeline); it
            // used to wait for each batch's extraction, and the extraction for each write.
            let pipeline = jobs > 1 && batches.count > 1 ? BatchPipeline(batches: batches, extractor: extractor, jobs: jobs) : nil
            defer { pipeline?.stop() }
            var known: [String: Set<String>] = [:]
            for (number, slice) in batches.enumerated() {
                if Interrupt.requested { throw Interrupted() }
                let prepared: [PreparedArticle]
                if let pipeline {
                    guard let ready = pipeline.batch(number) else { throw Interrupted() }
                    prepared = ready
                } else {
                    prepared = IngestBatch.prepare(slice, extractor: extractor, jobs: jobs)
                }
                do {
                    try graph.write { writer in try IngestBatch.write(prepared, into: writer, counts: &counts, known: &known) }
                } catch {
                    known = [:]
                    throw error
                }
                done += slice.count
                line.update(count: done, unit: "articles, \(counts.claims) claims", done: done, total: files.count)
            }
            let seconds = Date().timeIntervalSince(started)
            report("ingested \(files.count) files into \(into) in \(String(format: "%.2f", seconds)) s: \(counts.added) added, "
                + "\(counts.replaced) replaced, \(counts.unchanged) unchanged, \(counts.bad) skipped; \(counts.claims) claims written")
        }
        if counts.bad > 0 { throw Exit.dataError }
    }
}
