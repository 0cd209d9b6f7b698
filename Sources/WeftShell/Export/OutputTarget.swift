// Writing an export to standard output or, atomically, to a file: a reader never sees half a file.
import Foundation

public enum OutputTarget {
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
