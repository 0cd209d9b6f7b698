// The interactive session: a banner, the libedit line source, history under $XDG_STATE_HOME.
import Foundation
import WeftLineEditor
import WeftShell
import WeftText

enum Repl {
    static func run(_ shell: Shell) throws {
        let graph = shell.graph
        shell.standardOutput.write(
            "weft — \(graph.label): \(Counted.of(graph.memory.nodeCount, "node")), \(Counted.of(graph.memory.edgeCount, "claim")). "
                + "Statements end with `;`; `.help` lists commands.\n")
        let editor = LineEditor(
            historyPath: historyPath(),
            complete: { Completer(graph: shell.graph.memory).complete($0) },
            consumeInterrupt: { Interrupt.consume() },
            list: { shell.standardOutput.write($0) })
        shell.run(editor)
    }

    /// $XDG_STATE_HOME/weft/history, default ~/.local/state/weft/history; never the working folder.
    static func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/weft/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/weft/history"
    }
}
