// Ctrl-C: a flag set by the signal handler, polled by long work and by the query watcher.
import Foundation
import WeftShell

nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

enum Interrupt {
    /// Catches SIGINT and SIGTERM from now on; `requested` turns true when one arrives.
    static func install() {
        Signals.handleInterrupts { _ in interruptRequested = 1 }
    }

    static var requested: Bool { interruptRequested != 0 }

    /// Reads and clears the flag (the REPL goes on after Ctrl-C).
    static func consume() -> Bool {
        let was = interruptRequested != 0
        interruptRequested = 0
        return was
    }
}
