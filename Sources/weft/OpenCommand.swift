// `weft [GRAPH.weft]`: opens a graph (or the bundled sample) and summarises it. The REPL and the
// batch flags of SPEC §3 replace this summary when the shell lands (issue #5).
import ArgumentParser
import Foundation
import WeftModel
import WeftStore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a graph (default: the bundled sample) and print what it holds.")

    @Argument(help: "The graph file to open; without one, the sample graph from graphs/sample.")
    var graph: String?

    func run() throws {
        try withExitCodes {
            let file: GraphFile
            let label: String
            if let graph {
                file = try GraphFile.open(graph, readOnly: true)
                label = graph
            } else {
                (file, label) = try SampleGraph.load()
            }
            let memory = try file.loadMemoryGraph()
            print(GraphSummary.render(memory, label: label), terminator: "")
        }
    }
}
