// `weft export GRAPH.weft --format jsonl [-o FILE]`: the whole graph, deterministic bytes.
import ArgumentParser
import Foundation
import WeftStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a whole graph in an interchange format.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Argument(help: "The graph file to read.")
    var graph: String

    @Option(name: .long, help: "Output format (jsonl; dot and ntriples arrive with issue #7).")
    var format: Format

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        try withExitCodes {
            let file = try GraphFile.open(graph, readOnly: true)
            guard let output else {
                try JSONLExporter.run(file, to: FileHandle.standardOutput)
                return
            }
            let partial = output + ".partial-\(getpid())"
            guard FileManager.default.createFile(atPath: partial, contents: nil) else {
                throw CannotOpenInput(message: "cannot write '\(output)'")
            }
            do {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
                try JSONLExporter.run(file, to: handle)
                try handle.synchronize()
                try handle.close()
                guard rename(partial, output) == 0 else { throw CannotOpenInput(message: "cannot write '\(output)'") }
            } catch {
                try? FileManager.default.removeItem(atPath: partial)
                throw error
            }
        }
    }
}
