// The sample graph `weft` opens without arguments: graphs/sample/*.jsonl, loaded into memory.
import Foundation
import WeftStore

enum SampleGraph {
    /// graphs/ is found from $WEFT_HOME, else by walking up from the executable (a build folder
    /// inside the repository), else from the working folder.
    static func folder() -> URL? {
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["WEFT_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return candidates.map { $0.appendingPathComponent("graphs/sample") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func load() throws -> (GraphFile, String) {
        guard let folder = folder() else {
            throw CannotOpenInput(message: "cannot find the sample graph (graphs/sample); set WEFT_HOME to the weft checkout")
        }
        let file = try GraphFile.inMemory()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        try file.write { writer in
            for name in names {
                let path = folder.appendingPathComponent(name).path
                _ = try JSONLImporter.run(try LineReader(path: path), name: path, into: writer)
            }
        }
        return (file, "sample graph (\(folder.path))")
    }
}
