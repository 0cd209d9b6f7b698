// Ctrl-C: a flag set by the signal handler, polled by long work and by the query watcher.
import Foundation
import WeftShell

nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

enum Interrupt {
    /// Catches SIGINT and SIGTERM from now on; `requested` turns true when one arrives. No
    /// SA_RESTART, so a blocking read (libedit at the prompt, a pipe) returns with EINTR.
    static func install() {
        Signals.unblockInterrupts()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptRequested = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }

    static var requested: Bool { interruptRequested != 0 }

    /// Reads and clears the flag (the REPL goes on after Ctrl-C).
    static func consume() -> Bool {
        let was = interruptRequested != 0
        interruptRequested = 0
        return was
    }
}
