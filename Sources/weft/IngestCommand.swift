// `weft ingest PATH... --into GRAPH.weft [--jobs N]`: articles to claims, one transaction per batch, incremental.
import ArgumentParser
import Foundation
import WeftExtract
import WeftIngest
import WeftStore
import WeftText

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
            if !FileManager.default.fileExists(atPath: into) { _ = try GraphFile.create(into) { _ in } }
            let graph = try GraphFile.open(into)
            let line = ProgressLine(mode: ProgressMode(rawValue: progress) ?? .auto)
            defer { line.finish() }
            let started = Date()
            var ingestor = Ingestor(extractor: try ArticleFiles.extractor(), jobs: jobs, batch: batch)
            ingestor.report = { report($0) }
            ingestor.shouldStop = { Interrupt.requested }
            ingestor.progress = { done, total, claims in line.update(count: done, unit: "articles, \(claims) claims", done: done, total: total) }
            counts = try ingestor.run(paths, into: graph)
            let seconds = Date().timeIntervalSince(started)
            report("ingested \(Counted.of(counts.ingested, "file")) into \(into) in \(String(format: "%.2f", seconds)) s: \(counts.summary)")
        }
        if counts.hasProblems { throw Exit.dataError }
    }
}
