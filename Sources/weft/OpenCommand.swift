// `weft [GRAPH.weft] [-c QUERY]... [-f SCRIPT.wq]... [flags]`: opens a graph (or the bundled
// sample) and hands input to WeftShell's one loop: -c and -f in command-line order, else piped
// standard input, else the libedit REPL. Exit codes of SPEC §3.
import ArgumentParser
import Foundation
import WeftShell
import WeftStore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a graph (default: the bundled sample) and run queries on it.")

    @Argument(help: "The graph file to open; without one, the sample graph from graphs/sample.")
    var graph: String?

    @Option(name: .customShort("c"), help: "A statement or meta-command to run (repeatable).")
    var command: [String] = []

    @Option(name: .customShort("f"), help: "A query script to run (repeatable).")
    var file: [String] = []

    @Option(help: "Output mode: box, table, tsv, csv, json, jsonl, markdown (default: box on a terminal, else tsv).")
    var mode: OutputMode?

    @Flag(help: "Stop at the first statement that fails.")
    var bail = false

    @Flag(help: "Print each statement before its result.")
    var echo = false

    @Option(name: .customLong("init"), help: "Run this script first (default: $XDG_CONFIG_HOME/weft/init.wq when it exists).")
    var initFile: String?

    @Flag(help: "Do not run an init script.")
    var noInit = false

    @Option(help: "Show at most N rows of a result, its first and last (default: 40 on a terminal, else all).")
    var maxRows: Int?

    @Flag(help: "Print how long each statement took (on standard error).")
    var timer = false

    @Option(help: "Colour in results and error messages: auto (on a terminal), always, never (NO_COLOR turns auto off).")
    var color: ColorChoice = .auto

    func validate() throws {
        if initFile != nil && noInit { throw ValidationError("--init and --no-init cannot be used together") }
        if let maxRows, maxRows < 0 { throw ValidationError("--max-rows must be 0 or more") }
    }

    func run() throws {
        try withExitCodes {
            Interrupt.install()
            let inputs = try scripts()
            let initScript = try initScriptPath()
            let opened: OpenGraph
            if let graph {
                guard FileManager.default.fileExists(atPath: graph) else {
                    throw CannotOpenInput(message: "cannot open graph '\(graph)': no such file")
                }
                opened = try OpenGraph(file: try GraphFile.open(graph), label: graph)
            } else {
                let (sample, label) = try SampleGraph.load()
                opened = try OpenGraph(file: sample, label: label)
            }
            let shell = makeShell(opened)
            let interactive = inputs.isEmpty && isatty(0) != 0
            QueryWatcher.start(shell.running, interactive: interactive)
            if let initScript { shell.run(TextLines(initScript.text, origin: initScript.path)) }
            if !inputs.isEmpty {
                for input in inputs where !shell.stopped { shell.run(TextLines(input.text, origin: input.origin)) }
            } else if isatty(0) == 0 {
                shell.run(StandardInputLines())
            } else {
                try Repl.run(shell)
            }
            if shell.interrupted || (Interrupt.requested && !shell.stopped && isatty(0) == 0) { throw Exit.interrupted }
            if shell.failed && !interactive { throw Exit.dataError }
        }
    }

    private func makeShell(_ graph: OpenGraph) -> Shell {
        let output = DescriptorSink(descriptor: 1)
        var display = DisplaySettings(mode: mode ?? .defaultMode(terminal: output.isTerminal),
                                      maxRows: output.isTerminal ? 40 : nil, footer: output.isTerminal)
        if let maxRows { display.maxRows = maxRows == 0 ? nil : maxRows }
        display.color = color.enabled(terminal: output.isTerminal)
        let shell = Shell(graph: graph, display: display, output: output, errors: DescriptorSink(descriptor: 2))
        shell.bail = bail
        shell.echo = echo
        shell.timer = timer
        shell.color = color.enabled(terminal: isatty(2) != 0)
        shell.interruptRequested = { Interrupt.requested }
        return shell
    }

    /// -c statements and -f files in the order they were given; every file must be readable.
    private func scripts() throws -> [(text: String, origin: String)] {
        var commands = command[...], files = file[...]
        var ordered: [(text: String, origin: String)] = []
        func take(file path: String) throws {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CannotOpenInput(message: "cannot open script '\(path)': no such file or not readable")
            }
            ordered.append((String(decoding: data, as: UTF8.self), path))
        }
        for argument in CommandLine.arguments.dropFirst() {
            if argument.hasPrefix("-c"), let next = commands.popFirst() { ordered.append((next, "-c")) }
            if argument.hasPrefix("-f"), let next = files.popFirst() { try take(file: next) }
        }
        for next in commands { ordered.append((next, "-c")) }
        for next in files { try take(file: next) }
        return ordered
    }

    private func initScriptPath() throws -> (text: String, path: String)? {
        if noInit { return nil }
        if let initFile {
            guard let data = FileManager.default.contents(atPath: initFile) else {
                throw CannotOpenInput(message: "cannot open init script '\(initFile)'")
            }
            return (String(decoding: data, as: UTF8.self), initFile)
        }
        let environment = ProcessInfo.processInfo.environment
        guard let config = environment["XDG_CONFIG_HOME"].flatMap({ $0.isEmpty ? nil : $0 })
            ?? environment["HOME"].map({ $0 + "/.config" }) else { return nil }
        let path = config + "/weft/init.wq"
        return FileManager.default.contents(atPath: path).map { (String(decoding: $0, as: UTF8.self), path) }
    }
}

extension OutputMode: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(terminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return terminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}
