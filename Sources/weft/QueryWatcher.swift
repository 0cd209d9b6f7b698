// Turns Ctrl-C into a cancelled query: a thread polls the signal flag while a statement runs.
import Foundation
import WeftShell

enum QueryWatcher {
    /// In the REPL the flag is cleared once the query is cancelled (the prompt comes back); in
    /// batch it stays set, so the loop stops and weft exits 130.
    static func start(_ running: RunningStatement, interactive: Bool) {
        let thread = Thread {
            while true {
                usleep(20_000)
                if Interrupt.requested, running.cancel(), interactive { _ = Interrupt.consume() }
            }
        }
        thread.start()
    }
}
