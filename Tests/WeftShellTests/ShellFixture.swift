// A shell over the sample graph with its output and errors captured, fed from scripted lines.
import Foundation
import WeftShell
import WeftStore
import WeftTestSupport

enum ShellFixture {
    /// The bundled sample graph (graphs/sample), loaded once per test.
    static func sampleGraph() throws -> OpenGraph {
        let file = try GraphFile.inMemory()
        let path = Paths.repository.appendingPathComponent("graphs/seed/seed-graph.jsonl").path
        try file.write { writer in _ = try JSONLImporter.run(try LineReader(path: path), name: path, into: writer) }
        return try OpenGraph(file: file, label: "sample")
    }

    struct Outcome {
        let shell: Shell
        let output: String
        let errors: String
    }

    /// Runs `input` as one scripted source (`interactive` makes it behave like the REPL).
    static func run(
        _ input: String, origin: String? = "script.wq", interactive: Bool = false, mode: OutputMode = .tsv,
        configure: (Shell) -> Void = { _ in }
    ) throws -> Outcome {
        let output = BufferSink(), errors = BufferSink()
        let shell = Shell(graph: try sampleGraph(), display: DisplaySettings(mode: mode), output: output, errors: errors)
        configure(shell)
        shell.run(TextLines(input, origin: interactive ? nil : origin, interactive: interactive))
        return Outcome(shell: shell, output: output.text, errors: errors.text)
    }
}
