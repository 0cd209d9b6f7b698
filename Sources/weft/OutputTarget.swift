// Writing an export to standard output or, atomically, to a file: a reader never sees half a file.
import Foundation

enum OutputTarget {
    /// Calls `body` with standard output when `path` is nil; otherwise with a new file beside
    /// `path`, renamed over it only when `body` succeeds and removed when it fails.
    static func write(to path: String?, _ body: (FileHandle) throws -> Void) throws {
        guard let path else {
            try body(FileHandle.standardOutput)
            return
        }
        // A device, pipe or socket (/dev/null, /dev/stdout, a FIFO) is written in place: renaming a
        // new file over it would replace the device itself (as root, for everyone).
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CannotOpenInput(message: "cannot write '\(path)'")
            }
            try body(handle)
            try? handle.close()
            return
        }
        let partial = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: partial, contents: nil) else {
            throw CannotOpenInput(message: "cannot write '\(path)'")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            try body(handle)
            try handle.synchronize()
            try handle.close()
            guard rename(partial, path) == 0 else { throw CannotOpenInput(message: "cannot write '\(path)'") }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}
