// Where the input loop's lines come from: a protocol, so scripts, stdin and libedit share one loop.

/// One read from a line source.
public enum LineRead: Equatable, Sendable {
    /// A line without its terminator.
    case line(String)
    /// Ctrl-C at the prompt: the loop drops the pending statement.
    case interrupted
    /// End of input (end of file, Ctrl-D on an empty line).
    case end
}

/// A source of input lines for `InputLoop`. Only the libedit source is interactive.
public protocol LineSource: AnyObject {
    /// The file name shown in front of errors (`script.wq:12:5:`); nil for interactive input.
    var origin: String? { get }
    /// True for a terminal: errors are drawn in full without an origin, prompts are shown.
    var isInteractive: Bool { get }
    /// The next line, showing `prompt` first when interactive.
    func readLine(prompt: String) -> LineRead
    /// Records one whole statement or meta-command (interactive sources keep a history).
    func remember(_ entry: String)
    /// The remembered entries, oldest first (`.history`).
    var history: [String] { get }
}

extension LineSource {
    public func remember(_ entry: String) {}
    public var history: [String] { [] }
}

/// Lines of a text already in memory: a `-c` statement, a script file, a test's input.
public final class TextLines: LineSource {
    public let origin: String?
    public let isInteractive: Bool
    private var lines: [Substring]
    private var next = 0
    public private(set) var remembered: [String] = []

    /// `interactive` makes a scripted source behave like a terminal (tests of the REPL's loop).
    public init(_ text: String, origin: String?, interactive: Bool = false) {
        self.origin = origin
        isInteractive = interactive
        var split = text.split(separator: "\n", omittingEmptySubsequences: false)
        if split.last == "" { split.removeLast() }
        lines = split
    }

    public func readLine(prompt: String) -> LineRead {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        var line = lines[next]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return .line(String(line))
    }

    public func remember(_ entry: String) { if isInteractive { remembered.append(entry) } }
    public var history: [String] { remembered }
}

/// Standard input when it is not a terminal: buffered reads, never a byte per system call.
public final class StandardInputLines: LineSource {
    public let origin: String? = "stdin"
    public let isInteractive = false

    public init() {}

    public func readLine(prompt: String) -> LineRead {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
