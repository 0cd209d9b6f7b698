// `.open`, `.import`, `.export`: meta-commands that change or write the whole graph.
import Foundation
import WeftStore

extension Shell {
    func graphCommand(_ name: String, _ arguments: [String]) -> String? {
        do {
            switch name {
            case "open":
                guard let path = arguments.first.map(Self.expandHome) else { return "`.open` takes a graph file" }
                guard FileManager.default.fileExists(atPath: path) else { return "cannot open '\(path)': no such file" }
                replaceGraph(try OpenGraph(file: try GraphFile.open(path), label: path))
                errors.write("opened \(path): \(graph.memory.nodeCount) nodes, \(graph.memory.edgeCount) claims\n")
            case "import":
                guard let path = arguments.first.map(Self.expandHome) else { return "`.import` takes a JSON Lines file" }
                let reader: LineReader
                do { reader = try LineReader(path: path) } catch { return "cannot open '\(path)'" }
                let summary = try graph.file.write { writer in try JSONLImporter.run(reader, name: path, into: writer) }
                replaceGraph(try OpenGraph(file: graph.file, label: graph.label))
                errors.write("imported \(summary.nodes) nodes and \(summary.claims) claims from \(path)\n")
            case "export":
                guard arguments.count == 2 else { return "`.export` takes a format and a file: `.export jsonl FILE`" }
                guard arguments[0].lowercased() == "jsonl" else {
                    return "`.export \(arguments[0])`: only jsonl for now (DOT and N-Triples arrive with issue #7)"
                }
                let path = Self.expandHome(arguments[1])
                guard FileManager.default.createFile(atPath: path, contents: nil),
                      let handle = FileHandle(forWritingAtPath: path) else { return "cannot write '\(arguments[1])'" }
                defer { try? handle.close() }
                try JSONLExporter.run(graph.file, to: handle)
                errors.write("exported the graph to \(arguments[1])\n")
            default:
                return "`.\(name)` is not a graph command"
            }
        } catch let error as InputError {
            return error.description
        } catch let error as GraphFileError {
            return error.description
        } catch {
            return "\(error)"
        }
        return nil
    }
}
