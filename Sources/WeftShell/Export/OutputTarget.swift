// Writing an export to standard output or, atomically, to a file: a reader never sees half a file.
import Foundation

/// The temporary files an export is writing, for the signal handler: C strings in fixed slots,
/// since the handler may only call async-signal-safe functions such as `unlink`.
private let pendingSlots = 4
nonisolated(unsafe) private let pending: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: pendingSlots)
    slots.initialize(repeating: nil, count: pendingSlots)
    return slots
}()

public enum OutputTarget {
    /// For a command that writes one export and exits (`weft export`): Ctrl-C or SIGTERM removes
    /// the temporary file being written and exits with 130, so an interrupted export leaves
    /// neither half a file nor a `NAME.partial-PID` behind.
    public static func removePartialOnInterrupt() {
        _ = pending  // made before any signal can need it
        Signals.handleInterrupts { signal in
            for slot in 0..<pendingSlots { if let path = pending[slot] { unlink(path) } }
            _exit(signal == SIGINT ? 130 : 128 + signal)
        }
    }

    /// Calls `body` with standard output when `path` is nil; otherwise with a new file beside
    /// `path`, renamed over it only when `body` succeeds and removed when it fails. `sync` waits
    /// for the data to reach the disk before the rename, so a power cut cannot leave an empty
    /// file where an old export (a JSONL backup) was; a DOT picture, made again in seconds from
    /// the graph, skips it (docs/dot.md, "The command").
    public static func write(to path: String?, sync: Bool = true, _ body: (FileHandle) throws -> Void) throws {
        guard let path else {
            try body(FileHandle.standardOutput)
            return
        }
        // A device, pipe or socket (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a
        // new file over it would replace the device itself (as root, for everyone).
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw ExportFailure(.cannotWrite, "cannot write '\(path)'")
            }
            try body(handle)
            try? handle.close()
            return
        }
        let partial = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: partial, contents: nil) else {
            throw ExportFailure(.cannotWrite, "cannot write '\(path)'")
        }
        try removingOnInterrupt(partial) { try writeReplacing(path, partial: partial, sync: sync, body) }
    }

    /// Runs `body` with `path` marked as temporary: an interrupt then removes it
    /// (`removePartialOnInterrupt`); without that handler, marking does nothing.
    public static func removingOnInterrupt<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        guard let slot = (0..<pendingSlots).first(where: { pending[$0] == nil }) else { return try body() }
        pending[slot] = strdup(path)
        defer {
            let marked = pending[slot]
            pending[slot] = nil
            free(marked)
        }
        return try body()
    }

    private static func writeReplacing(_ path: String, partial: String, sync: Bool, _ body: (FileHandle) throws -> Void) throws {
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            try body(handle)
            if sync { try handle.synchronize() }
            try handle.close()
            guard rename(partial, path) == 0 else { throw ExportFailure(.cannotWrite, "cannot write '\(path)'") }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}

/// Why an export could not be written; the command line turns `reason` into an exit code.
public struct ExportFailure: Error, CustomStringConvertible {
    public enum Reason: Sendable {
        /// The target file cannot be created or replaced (exit 66).
        case cannotWrite
        /// The request names something that is not there, e.g. `--around` a name no node has (exit 64).
        case notFound
        /// Graphviz refused the DOT or crashed (exit 70).
        case graphviz
    }

    public let reason: Reason
    public let message: String
    public var description: String { message }

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}
