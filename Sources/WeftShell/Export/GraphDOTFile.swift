// A graph as a DOT file or a picture (`weft export --format dot`, the shell's `.export dot`):
// choose the nodes, stream the DOT, render it through Graphviz when a picture is asked for.
import Foundation
import WeftExport
import WeftStore
import WeftText

public struct GraphDOTFile {
    let graph: MemoryGraph
    let name: String
    let around: String?
    let depth: Int
    let maxNodes: Int?
    let output: String?
    /// Where messages for the user go (what was drawn, what was cut, which layout).
    let report: (String) -> Void

    public init(graph: MemoryGraph, name: String, around: String?, depth: Int, maxNodes: Int?, output: String?,
                report: @escaping (String) -> Void) {
        self.graph = graph
        self.name = name
        self.around = around
        self.depth = depth
        self.maxNodes = maxNodes
        self.output = output
        self.report = report
    }

    /// Each thread of the export reads in its own snapshot of the file (GraphDOTExport).
    public func run() throws {
        let selection = try select(in: graph)
        let export = GraphDOTExport(source: graph, selection: selection, note: note(selection))
        if selection.isCut { report(cutMessage(selection)) }

        guard let output, let format = Graphviz.format(of: output) else {
            try OutputTarget.write(to: output, sync: false) { handle in try export.write { try handle.write(contentsOf: $0) } }
            return
        }
        try render(export, to: output, format: format, nodes: selection.nodes.count)
    }

    private func select(in graph: MemoryGraph) throws -> NodeSelection {
        guard let around else { return .whole(graph, maxNodes: maxNodes) }
        switch NodeLookup.resolve(around, in: graph) {
        case .success(let centre):
            return .around(centre, depth: depth, in: graph, maxNodes: maxNodes)
        case .failure(let failure):
            throw ExportFailure(.notFound, failure.message)
        }
    }

    private func note(_ selection: NodeSelection) -> String {
        let scope = around.map { "around '\($0)', depth \(depth)" } ?? "whole graph"
        let cut = selection.isCut ? ", \(selection.nodes.count) of \(selection.candidates) nodes" : ""
        return "weft export \(name): \(scope)\(cut)"
    }

    private func cutMessage(_ selection: NodeSelection) -> String {
        let limit = maxNodes ?? selection.nodes.count
        if around != nil {
            return "drew \(selection.nodes.count) of the \(selection.candidates.formatted()) nodes within depth \(depth) "
                + "(--max-nodes \(limit)): the nearest, then those with most claims; lower --depth or raise --max-nodes (0: no limit)"
        }
        return "the graph has \(selection.candidates.formatted()) nodes; drew the \(selection.nodes.count) with most claims "
            + "(--max-nodes \(limit)); for one actor and its surroundings try --around NAME --depth 1, or --max-nodes 0 for everything"
    }

    /// Writes the DOT beside the picture's name, runs Graphviz once, and moves the picture into place.
    private func render(_ export: GraphDOTExport, to output: String, format: Graphviz.Format, nodes: Int) throws {
        let dotPath = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("dot").path
        guard let executable = Graphviz.locate(path: ProcessInfo.processInfo.environment["PATH"]) else {
            try OutputTarget.write(to: dotPath, sync: false) { handle in try export.write { try handle.write(contentsOf: $0) } }
            report("Graphviz is not installed, so no \(format.rawValue) was drawn; wrote \(dotPath). "
                   + "Install it (apt-get install graphviz) and run: dot -T\(format.rawValue) -o \(output) \(dotPath)")
            return
        }
        let partialDOT = output + ".partial-\(getpid()).dot"
        let partialPicture = output + ".partial-\(getpid())"
        defer {
            try? FileManager.default.removeItem(atPath: partialDOT)
            try? FileManager.default.removeItem(atPath: partialPicture)
        }
        var edges = 0
        try OutputTarget.write(to: partialDOT, sync: false) { handle in edges = try export.write { try handle.write(contentsOf: $0) } }
        let layout = Graphviz.layout(nodes: nodes, edges: edges)
        if layout == .sfdp {
            report("\(nodes.formatted()) nodes and \(edges.formatted()) edges: laid out with sfdp (force-directed), since dot's "
                   + "layered layout takes minutes past \(Graphviz.largeGraph) nodes or \(Graphviz.largeEdgeCount) edges")
        }
        do {
            // Ctrl-C while Graphviz draws (it can take minutes) removes both temporary files.
            try OutputTarget.removingOnInterrupt(partialDOT) {
                try OutputTarget.removingOnInterrupt(partialPicture) {
                    try Graphviz.render(executable: executable, input: partialDOT, output: partialPicture, format: format, layout: layout)
                }
            }
        } catch let error as Graphviz.Failure {
            // Keep the DOT for a bug report: the file weft wrote is what Graphviz refused.
            _ = rename(partialDOT, dotPath)
            throw ExportFailure(.graphviz, "\(error.message) while drawing \(output); the DOT it was given is in \(dotPath)")
        }
        guard rename(partialPicture, output) == 0 else { throw ExportFailure(.cannotWrite, "cannot write '\(output)'") }
        report("wrote \(output) (\(Counted.of(nodes, "node", grouped: true)), Graphviz \(layout.rawValue))")
    }
}
