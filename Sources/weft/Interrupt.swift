// Ctrl-C during long work: a flag the work polls, so it can roll back and exit 130 cleanly.
import Foundation

nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

enum Interrupt {
    /// Catches SIGINT and SIGTERM from now on; `requested` turns true when one arrives.
    static func install() {
        // A parent (a test runner, a shell script) may have left these blocked; unblock them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT) { _ in interruptRequested = 1 }
        signal(SIGTERM) { _ in interruptRequested = 1 }
    }

    static var requested: Bool { interruptRequested != 0 }
}
