// Runs one meta-command line (`.mode csv`): parses its words and dispatches to the handlers.
import Foundation
import WeftQuery
import WeftText

extension Shell {
    func meta(_ line: String, source: LineSource, line lineNumber: Int) {
        let words = Self.words(String(line.dropFirst()))
        guard let name = words.first?.lowercased(), !name.isEmpty else {
            return metaError("expected a meta-command after `.`; `.help` lists them", source: source, line: lineNumber)
        }
        let arguments = Array(words.dropFirst())
        guard let command = MetaCommands.named(name) else {
            var message = "unknown meta-command `.\(name)`"
            if let guess = Suggestion.bestMatch(for: name, among: MetaCommands.all.map(\.name)) {
                message += "; did you mean `.\(guess)`?"
            } else {
                message += "; `.help` lists them"
            }
            return metaError(message, source: source, line: lineNumber)
        }
        if command.name == "dot", let (_, rest) = Self.firstWord(line.dropFirst()) {
            if let problem = dot(rest, of: line, source: source, lineNumber: lineNumber) {
                metaError(problem, source: source, line: lineNumber)
            }
            return
        }
        if let problem = perform(command, arguments, source: source, line: lineNumber) {
            metaError(problem, source: source, line: lineNumber)
        }
    }

    func metaError(_ message: String, source: LineSource, line: Int) {
        let prefix = source.isInteractive ? "" : "\(source.origin ?? "input"):\(line): "
        errors.write("\(prefix)error: \(message)\n")
        fail()
    }

    /// Runs a known command; returns an error message, or nil when it worked.
    private func perform(_ command: MetaCommand, _ arguments: [String], source: LineSource, line: Int) -> String? {
        switch command.name {
        case "help": return help(arguments.first)
        case "schema": out.write(SchemaText.render(graph.memory.schema)); finishedOutput()
        case "stats": out.write(GraphSummary.render(graph.memory, label: graph.label)); finishedOutput()
        case "mode":
            guard let word = arguments.first, let mode = OutputMode(rawValue: word.lowercased()) else {
                return "`.mode` takes one of \(OutputMode.allCases.map(\.rawValue).joined(separator: ", "))"
            }
            display.mode = mode
        case "headers": return onOff(arguments, "headers") { display.headers = $0 }
        case "explain": return onOff(arguments, "explain") { explain = $0 }
        case "timer": return onOff(arguments, "timer") { timer = $0 }
        case "maxrows":
            guard let word = arguments.first, let n = Int(word), n >= 0 else { return "`.maxrows` takes a number (0: all rows)" }
            display.maxRows = n == 0 ? nil : n
        case "output", "once": return redirect(to: arguments.first, once: command.name == "once")
        case "read":
            guard let path = arguments.first else { return "`.read` takes a file name" }
            return read(path)
        case "open", "import", "export": return graphCommand(command.name, arguments)
        case "why":
            guard let id = arguments.first else { return "`.why` takes a claim id, e.g. `.why R01.0`" }
            return why(id)
        case "history":
            let entries = interactiveSource?.history ?? source.history
            for (n, entry) in entries.enumerated() {
                out.write(DisplayWidth.padLeft(String(n + 1), to: 5) + "  " + entry.replacingOccurrences(of: "\n", with: "\n       ") + "\n")
            }
        case "ingest": return ingest(arguments, source: source, line: line)
        case "quit", "exit": stopped = true
        default: return "`.\(command.name)` is not implemented"
        }
        return nil
    }

    private func help(_ topic: String?) -> String? {
        guard let topic else {
            let width = MetaCommands.all.map { DisplayWidth.columns(".\($0.name) \($0.arguments)") }.max() ?? 0
            for command in MetaCommands.all {
                out.write(DisplayWidth.padRight(".\(command.name) \(command.arguments)", to: width + 2) + command.summary + "\n")
            }
            out.write("Statements end with `;` and may span lines; `.help TOPIC` says more about one command.\n")
            return nil
        }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        guard let command = MetaCommands.named(name) else {
            let guess = Suggestion.bestMatch(for: name, among: MetaCommands.all.map(\.name))
            return "no help on `\(topic)`" + (guess.map { "; did you mean `.\($0)`?" } ?? "")
        }
        out.write(".\(command.name) \(command.arguments)\n  \(command.summary).\n  \(command.help)\n")
        return nil
    }

    private func onOff(_ arguments: [String], _ name: String, _ set: (Bool) -> Void) -> String? {
        switch arguments.first?.lowercased() {
        case "on", "yes", "1": set(true)
        case "off", "no", "0": set(false)
        default: return "`.\(name)` takes on or off"
        }
        return nil
    }

    private func redirect(to path: String?, once: Bool) -> String? {
        guard let path else {
            if once { return "`.once` takes a file name" }
            redirect = nil
            return nil
        }
        guard let sink = FileSink(path: Self.expandHome(path)) else { return "cannot write '\(path)'" }
        redirect = sink
        redirectOnce = once
        return nil
    }

    private func read(_ path: String) -> String? {
        let expanded = Self.expandHome(path)
        let canonical = URL(fileURLWithPath: expanded).resolvingSymlinksInPath().path
        if reading.contains(canonical) {
            return "`.read` loop: \(path) is already being read (" + (reading + [canonical]).map { URL(fileURLWithPath: $0).lastPathComponent }
                .joined(separator: " → ") + ")"
        }
        guard let data = FileManager.default.contents(atPath: expanded) else { return "cannot open '\(path)'" }
        reading.append(canonical)
        defer { reading.removeLast() }
        run(TextLines(String(decoding: data, as: UTF8.self), origin: path))
        return nil
    }

    /// Words separated by spaces; "double quotes" keep spaces inside one word.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var rest = Substring(text)
        while let (word, after) = firstWord(rest) {
            words.append(word)
            rest = after
        }
        return words
    }

    static func expandHome(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
