// EXPORT DOT of a result: the nodes, edges and paths in its columns as a DOTScene (scalars are
// ignored), written as DOT or rendered through Graphviz for .svg, .png and .pdf.
import Foundation
import WeftExport
import WeftModel
import WeftQuery
import WeftText

enum ResultDOT {
    static func drawn(_ scene: DOTScene, in file: String) -> String {
        "drew \(Counted.of(scene.nodes.count, "node")) and \(Counted.of(scene.claims.count, "claim")) in \(file)"
    }

    static func scene(_ table: ResultTable, edges: [EdgeID], graph: GraphSource) -> DOTScene {
        var scene = DOTScene(schema: graph.schema)
        func add(_ value: RValue) {
            switch value {
            case .node(let n): scene.add(node: n, from: graph)
            case .edge(let e): _ = scene.add(edge: e, from: graph)
            case .path(let p): scene.add(pathNodes: p.nodes, edges: p.edges, from: graph)
            case .list(let items): items.forEach(add)
            default: break
            }
        }
        for row in table.rows { row.forEach(add) }
        for edge in edges { _ = scene.add(edge: edge, from: graph) }
        return scene
    }

    /// Writes the DOT beside `file`, renders it with one Graphviz process, removes the DOT. Without
    /// Graphviz the DOT stays and the note says how to install it.
    static func render(_ scene: DOTScene, to file: String, format: Graphviz.Format, result: inout ResultTable, range: SourceRange) throws {
        let dot = scene.dot()
        let dotPath = URL(fileURLWithPath: file).deletingPathExtension().appendingPathExtension("dot").path
        do {
            try dot.write(toFile: dotPath, atomically: true, encoding: .utf8)
        } catch {
            throw Catalogue.exportFailed(dotPath, reason: error.localizedDescription, range: range)
        }
        guard let executable = Graphviz.locate(path: ProcessInfo.processInfo.environment["PATH"]) else {
            result.exportedTo = dotPath
            result.note = "Graphviz is not installed, so no \(format.rawValue) was drawn; wrote \(dotPath) (apt-get install graphviz)"
            return
        }
        let layout = Graphviz.layout(nodes: scene.nodes.count, edges: scene.claims.count)
        do {
            try Graphviz.render(executable: executable, input: dotPath, output: file, format: format, layout: layout)
        } catch {
            throw Catalogue.exportFailed(file, reason: error.message, range: range)
        }
        try? FileManager.default.removeItem(atPath: dotPath)
        result.exportedTo = file
        result.drawn = drawn(scene, in: file) + " (Graphviz \(layout.rawValue))"
        if layout == .sfdp {
            result.note = "laid out with sfdp (force-directed): dot's layered layout takes minutes past "
                + "\(Graphviz.largeGraph) nodes or \(Graphviz.largeEdgeCount) edges"
        }
    }
}
