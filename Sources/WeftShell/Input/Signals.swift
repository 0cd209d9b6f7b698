// Ctrl-C and SIGTERM for commands that handle them themselves.
import Foundation

public enum Signals {
    /// Calls `handler` (a C function: async-signal-safe work only) on SIGINT and SIGTERM from
    /// now on. The two are unblocked first, since a parent (a test runner, a shell script) may
    /// have left them blocked. No SA_RESTART, so a blocking read (libedit at the prompt, a pipe)
    /// returns with EINTR.
    public static func handleInterrupts(_ handler: @convention(c) (Int32) -> Void) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }
}
