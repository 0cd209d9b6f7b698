// Signals a command handles itself: unblocked first, since a parent may have blocked them.
import Foundation

public enum Signals {
    /// Unblocks SIGINT and SIGTERM for this thread, which a parent (a test runner, a shell script)
    /// may have left blocked; a handler installed for them would otherwise never run.
    public static func unblockInterrupts() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
