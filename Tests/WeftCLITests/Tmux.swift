// Drives the real `weft` REPL in a tmux pane: send keys, wait for text on the screen.
import Foundation
import WeftTestSupport

struct Tmux {
    static let executable: URL? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    static var available: Bool { executable != nil }

    let session = "weft-test-\(UUID().uuidString.prefix(8))"
    let state: URL

    /// Starts `weft` with its history under `state`; the pane keeps the exit status after it ends.
    init(state: URL, arguments: String = "") throws {
        self.state = state
        let command = "env -u LANG XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path) HOME=\(state.path) "
            + "\(Paths.executable("weft").path) \(arguments); echo \"[exit $?]\"; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "120", "-y", "40", command])
        _ = wait(for: "weft> ")
    }

    /// Runs tmux on its own socket (tests never touch a user's sessions) with posix_spawn and
    /// waitpid: Foundation's Process left tmux's client a zombie under the parallel test runner
    /// and never returned. Output goes through a file, not a pipe: the server that
    /// `new-session` starts inherits the child's descriptors, so a pipe would never end.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { return "" }
        let output = state.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable.path, "-L", Self.socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable.path, &actions, nil, argv, environ) == 0 else { return "" }
        // Never wait forever on tmux: a client that has not ended after 15 s is killed.
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(15)
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid || (reaped == -1 && errno != EINTR) { break }
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static let socket = "weft-tests-\(getpid())"

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Text typed literally (no key names), `;` included.
    /// tmux reads an argument ending in `;` as a command separator, so that one is escaped.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text.hasSuffix(";") ? text.dropLast() + "\\;" : text])
    }

    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", session])) ?? "" }

    /// Polls the screen until `text` shows (up to `seconds`); returns the last screen.
    func wait(for text: String, occurrences: Int = 1, seconds: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = screen()
        while Date() < deadline {
            if last.components(separatedBy: text).count - 1 >= occurrences { return last }
            usleep(100_000)
            last = screen()
        }
        return last
    }

    func stop() { _ = try? tmux(["kill-session", "-t", session]) }
}
