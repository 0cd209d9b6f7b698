// `weft [GRAPH.weft] [-c QUERY]... [-f SCRIPT.wq]...`: opens a graph (or the bundled sample) and
// runs statements from -c, -f or piped standard input, printing tab-separated results; with
// nothing to run it summarises the graph. The REPL, output modes and the other flags of SPEC §3
// arrive with the shell (issue #5), which will own this loop.
import ArgumentParser
import Foundation
import WeftEngine
import WeftModel
import WeftQuery
import WeftStore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a graph (default: the bundled sample) and run queries on it.")

    @Argument(help: "The graph file to open; without one, the sample graph from graphs/sample.")
    var graph: String?

    @Option(name: .customShort("c"), help: "A statement to run (repeatable).")
    var command: [String] = []

    @Option(name: .customShort("f"), help: "A query script to run (repeatable).")
    var file: [String] = []

    @Flag(help: "Stop at the first statement that fails.")
    var bail = false

    func run() throws {
        try withExitCodes {
            let graphFile: GraphFile
            let label: String
            if let graph {
                graphFile = try GraphFile.open(graph, readOnly: true)
                label = graph
            } else {
                (graphFile, label) = try SampleGraph.load()
            }
            let memory = try graphFile.loadMemoryGraph()
            var scripts: [(text: [UInt8], origin: String)] = command.map { (Array($0.utf8), "-c") }
            for path in file {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CannotOpenInput(message: "cannot open script '\(path)': no such file or not readable")
                }
                scripts.append((Array(data), path))
            }
            if scripts.isEmpty && isatty(0) == 0 {
                scripts.append((Array(FileHandle.standardInput.readDataToEndOfFile()), "stdin"))
            }
            guard !scripts.isEmpty else {
                print(GraphSummary.render(memory, label: label), terminator: "")
                return
            }
            let runner = BatchRunner(session: Session(graph: memory), bail: bail)
            for script in scripts where !runner.stopped { runner.run(script.text, origin: script.origin) }
            if runner.failed { throw Exit.dataError }
        }
    }
}
