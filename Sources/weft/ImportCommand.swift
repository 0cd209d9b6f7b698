// `weft import FILE.jsonl --into GRAPH.weft`: all lines or none, into a new or existing graph.
import ArgumentParser
import Foundation
import WeftStore
import WeftText

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import graph JSON Lines (the apoc.export.json shape) into a graph file, creating it if needed.")

    @Argument(help: "The JSON Lines file to read ('-' for standard input).")
    var file: String

    @Option(name: .long, help: "The graph file to add to.")
    var into: String

    @Option(name: .long, help: "Show progress on stderr: auto (when a terminal), always, never.")
    var progress: String = "auto"

    func validate() throws {
        guard ProgressMode(rawValue: progress) != nil else {
            throw ValidationError("--progress must be one of auto, always, never")
        }
    }

    func run() throws {
        try withExitCodes {
            Interrupt.install()
            let reader: LineReader
            do { reader = try LineReader(path: file) } catch {
                throw CannotOpenInput(message: "cannot open '\(file)': \(String(cString: strerror(errno)))")
            }
            let line = ProgressLine(mode: ProgressMode(rawValue: progress) ?? .auto)
            let started = Date()
            func load(_ writer: GraphWriter) throws -> ImportSummary {
                try JSONLImporter.run(
                    reader, name: file, into: writer,
                    progress: { line.update(count: $0.lines, unit: "lines", done: $0.bytesRead, total: $0.totalBytes) },
                    isCancelled: { Interrupt.requested })
            }
            let summary: ImportSummary
            defer { line.finish() }
            if FileManager.default.fileExists(atPath: into) {
                let graph = try GraphFile.open(into)
                summary = try graph.write(load)
            } else {
                summary = try GraphFile.create(into, load)
            }
            let seconds = Date().timeIntervalSince(started)
            report("imported \(Counted.of(summary.nodes, "node")) and \(Counted.of(summary.claims, "claim")) from \(file) into \(into) in \(String(format: "%.2f", seconds)) s")
        }
    }
}
