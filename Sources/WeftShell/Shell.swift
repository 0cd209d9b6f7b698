// The shell's state: the open graph and its session, display settings, where output goes.
import Foundation
import WeftEngine
import WeftExtract
import WeftModel
import WeftStore

/// An open graph: the SQLite file (the truth, for `.why`, `.import`, `.export`) and its
/// in-memory index, which queries run against.
public struct OpenGraph {
    public let file: GraphFile
    public let memory: MemoryGraph
    public let label: String

    public init(file: GraphFile, label: String) throws {
        self.file = file
        memory = try file.loadMemoryGraph()
        self.label = label
    }
}

/// The statement (or `.ingest`) running now, so another thread (the Ctrl-C watcher) can cancel it.
public final class RunningStatement: @unchecked Sendable {
    private let lock = NSLock()
    private var session: Session?
    private var task = false
    private var taskCancelled = false

    public init() {}

    func begin(_ session: Session) { lock.withLock { self.session = session } }
    func end() { lock.withLock { session = nil } }

    /// A long meta-command (`.ingest`) that polls `isTaskCancelled` between its steps.
    func beginTask() { lock.withLock { (task, taskCancelled) = (true, false) } }
    func endTask() { lock.withLock { (task, taskCancelled) = (false, false) } }
    var isTaskCancelled: Bool { lock.withLock { taskCancelled } }

    /// Cancels the running statement or task, if any; true when there was one.
    @discardableResult
    public func cancel() -> Bool {
        lock.withLock {
            session?.cancellation.cancel()
            if task { taskCancelled = true }
            return session != nil || task
        }
    }
}

public final class Shell {
    public private(set) var graph: OpenGraph
    public private(set) var session: Session
    public var display: DisplaySettings
    /// Standard output; `.output FILE` replaces `out` until `.output` without a file.
    public let standardOutput: TextSink
    public let errors: TextSink
    var redirect: TextSink?
    var redirectOnce = false
    public var timer = false
    public var explain = false
    /// Colour in error messages (a terminal, NO_COLOR unset, or --color always).
    public var color = false
    /// Stop at the first failing statement (`--bail`).
    public var bail = false
    /// Print each statement before running it (`--echo`).
    public var echo = false
    /// Asked after each batch statement; true stops the run as interrupted (exit 130).
    public var interruptRequested: () -> Bool = { false }
    public let running = RunningStatement()

    /// Some statement or meta-command failed (exit 65).
    public internal(set) var failed = false
    /// Stop reading: `.quit`, `--bail` after a failure, or an interrupt.
    public internal(set) var stopped = false
    public internal(set) var interrupted = false
    /// Canonical paths of the `.read` files being read, innermost last, to catch loops.
    var reading: [String] = []
    /// The last result shown, for `.dot FILE` without a query.
    public internal(set) var lastResult: ResultTable?
    /// The extractor `.ingest` made on first use (reading the lexicons takes a while).
    var extractorCache: Extractor?
    /// The line source at the top of the stack, for `.history`.
    var interactiveSource: LineSource?

    public init(graph: OpenGraph, display: DisplaySettings, output: TextSink, errors: TextSink) {
        self.graph = graph
        session = Session(graph: graph.memory)
        self.display = display
        standardOutput = output
        self.errors = errors
    }

    var out: TextSink { redirect ?? standardOutput }

    /// How results are drawn where they go now: no colour into a `.output`/`.once` file.
    var resultSettings: DisplaySettings {
        var settings = display
        if redirect != nil { settings.color = false }
        return settings
    }

    /// Another graph (`.open`): a new session, definitions dropped with the old one.
    func replaceGraph(_ graph: OpenGraph) {
        self.graph = graph
        session = Session(graph: graph.memory)
    }

    /// The same graph file reloaded after a change (`.ingest`, `.import`): definitions kept.
    func reloadGraph(_ graph: OpenGraph) {
        self.graph = graph
        let (next, dropped) = session.reopened(on: graph.memory)
        session = next
        if !dropped.isEmpty { errors.write("note: relations no longer valid on the changed graph: \(dropped.joined(separator: ", "))\n") }
    }

    func error(_ message: String) {
        errors.write("error: \(message)\n")
        fail()
    }

    func fail() {
        failed = true
        if bail { stopped = true }
    }

    /// After a statement's output: a `.once` redirection ends.
    func finishedOutput() {
        if redirectOnce {
            redirect = nil
            redirectOnce = false
        }
    }
}
