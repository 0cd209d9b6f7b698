// `weft export GRAPH.weft --format jsonl|dot|ntriples [-o FILE]`: a graph in an interchange format.
import ArgumentParser
import Foundation
import WeftExport
import WeftShell
import WeftStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a graph as JSON Lines, DOT (or a picture through Graphviz) or N-Triples.",
        discussion: """
            DOT: the whole graph, or with --around NAME the nodes within --depth claims of one node. \
            At most --max-nodes nodes are drawn (0: no limit). With -o FILE.svg, .png or .pdf the \
            picture is rendered through Graphviz `dot` when it is installed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, dot, ntriples
    }

    @Argument(help: "The graph file to read.")
    var graph: String

    @Option(name: .long, help: "Output format: jsonl, dot or ntriples.")
    var format: Format

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output; for dot, a .svg, .png or .pdf name renders the picture.")
    var output: String?

    @Option(name: .long, help: "dot: draw the neighbourhood of the node with this name or alias (matched by fold; 'Kind:Name' picks among namesakes).")
    var around: String?

    @Option(name: .long, help: "dot: how many claims away from --around to reach (default 1).")
    var depth: Int?

    @Option(name: .long, help: "dot: the most nodes to draw; 0 for no limit.")
    var maxNodes: Int = 500

    @Option(name: .long, help: "ntriples: the base IRI (default https://weft.example/).")
    var base: String?

    func validate() throws {
        if format != .dot && (around != nil || depth != nil) {
            throw ValidationError("--around and --depth apply to --format dot only")
        }
        if depth != nil && around == nil { throw ValidationError("--depth needs --around NAME") }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if maxNodes < 0 { throw ValidationError("--max-nodes must be 0 (no limit) or more") }
        if base != nil && format != .ntriples { throw ValidationError("--base applies to --format ntriples only") }
        if let base, IRIScheme(base: base) == nil {
            throw ValidationError("--base must be an absolute IRI ending in '/' or '#', without spaces or <>\"{}|^`\\")
        }
        if let output, format != .dot, Graphviz.format(of: output) != nil {
            throw ValidationError("pictures (.svg, .png, .pdf) need --format dot")
        }
    }

    func run() throws {
        OutputTarget.removePartialOnInterrupt()
        try withExitCodes {
            let file = try GraphFile.open(graph, readOnly: true)
            switch format {
            case .jsonl:
                try OutputTarget.write(to: output) { try JSONLExporter.run(file, to: $0) }
            case .ntriples:
                let iris = base.flatMap { IRIScheme(base: $0) } ?? .standard
                try OutputTarget.write(to: output) { try NTriplesExport.run(file, iris: iris, to: $0) }
            case .dot:
                try GraphDOTFile(graph: try file.loadMemoryGraph(), name: URL(fileURLWithPath: graph).lastPathComponent,
                                 around: around, depth: depth ?? 1, maxNodes: maxNodes == 0 ? nil : maxNodes,
                                 output: output, report: report).run()
            }
        }
    }
}
