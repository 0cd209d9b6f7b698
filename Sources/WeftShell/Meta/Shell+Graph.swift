// `.open`, `.import`, `.export`: meta-commands that change or write the whole graph.
import Foundation
import WeftExport
import WeftStore
import WeftText

/// What `.export` writes: the whole graph in an interchange format.
enum ExportedFormat: String, CaseIterable {
    case jsonl, ntriples, dot
}

extension Shell {
    func graphCommand(_ name: String, _ arguments: [String]) -> String? {
        do {
            switch name {
            case "open":
                guard let path = arguments.first.map(Self.expandHome) else { return "`.open` takes a graph file" }
                guard FileManager.default.fileExists(atPath: path) else { return "cannot open '\(path)': no such file" }
                replaceGraph(try OpenGraph(file: try GraphFile.open(path), label: path))
                errors.write("opened \(path): \(Counted.of(graph.memory.nodeCount, "node")), \(Counted.of(graph.memory.edgeCount, "claim"))\n")
            case "import":
                guard let path = arguments.first.map(Self.expandHome) else { return "`.import` takes a JSON Lines file" }
                let reader: LineReader
                do { reader = try LineReader(path: path) } catch { return "cannot open '\(path)'" }
                let summary = try graph.file.write { writer in try JSONLImporter.run(reader, name: path, into: writer) }
                reloadGraph(try OpenGraph(file: graph.file, label: graph.label))
                errors.write("imported \(Counted.of(summary.nodes, "node")) and \(Counted.of(summary.claims, "claim")) from \(path)\n")
            case "export":
                guard arguments.count == 2, let format = ExportedFormat(rawValue: arguments[0].lowercased()) else {
                    return "`.export` takes a format (jsonl, ntriples or dot) and a file: `.export jsonl graph.jsonl`"
                }
                try exportGraph(format, to: Self.expandHome(arguments[1]))
            default:
                return "`.\(name)` is not a graph command"
            }
        } catch let error as InputError {
            return error.description
        } catch let error as ExportFailure {
            return error.message
        } catch let error as GraphFileError {
            return error.description
        } catch {
            return "\(error)"
        }
        return nil
    }
}

extension Shell {
    /// The whole open graph to `path` (written atomically); `dot` with a picture name is drawn
    /// through Graphviz, at most 500 nodes as `weft export` does.
    func exportGraph(_ format: ExportedFormat, to path: String) throws {
        if format != .dot, Graphviz.format(of: path) != nil {
            throw ExportFailure(.cannotWrite, "pictures (.svg, .png, .pdf) need `.export dot`")
        }
        switch format {
        case .jsonl: try OutputTarget.write(to: path) { try JSONLExporter.run(graph.file, to: $0) }
        case .ntriples: try OutputTarget.write(to: path) { try NTriplesExport.run(graph.file, iris: .standard, to: $0) }
        case .dot:
            try GraphDOTFile(graph: graph.memory, name: graph.label, around: nil, depth: 1, maxNodes: 500, output: path,
                             report: { [errors] in errors.write($0 + "\n") }).run()
            if Graphviz.format(of: path) != nil { return }
        }
        errors.write("exported the graph to \(path)\n")
    }
}
