// Reads a file (or standard input) line by line in large blocks, lending each line's bytes.
import Foundation

public final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Bytes consumed so far, for progress.
    public private(set) var bytesRead = 0
    /// Total size when reading a regular file, for progress; nil for pipes.
    public let totalBytes: Int?

    /// Opens `path`; "-" reads standard input.
    public init(path: String, blockSize: Int = 1 << 22) throws {
        if path == "-" {
            fd = 0
            ownsDescriptor = false
            totalBytes = nil
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "cannot open '\(path)': \(String(cString: strerror(errno)))"])
            }
            ownsDescriptor = true
            var info = stat()
            totalBytes = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        }
        buffer = [UInt8](repeating: 0, count: blockSize)
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// Calls `body` with the next line's bytes (without the newline or a trailing CR); returns
    /// false at the end of input. The bytes are valid only during the call.
    public func nextLine<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T? {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                let lineStart = start
                start = newline + 1
                return try emit(lineStart, newline, body)
            }
            if atEOF {
                guard start < end else { return nil }
                let lineStart = start
                start = end
                return try emit(lineStart, end, body)
            }
            try fill()
        }
    }

    private func emit<T>(_ from: Int, _ to: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        lineNumber += 1
        bytesRead += to - from + 1
        var stop = to
        if stop > from && buffer[stop - 1] == 0x0D { stop -= 1 }
        return try buffer.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[from..<stop]))
        }
    }

    private func fill() throws {
        if start > 0 {
            buffer.copyWithinRange(start..<end, to: 0)
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        let count = buffer.withUnsafeMutableBufferPointer { all -> Int in
            guard let base = all.baseAddress else { return 0 }
            return read(fd, base + end, all.count - end)
        }
        if count < 0 {
            if errno == EINTR { return }
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        if count == 0 { atEOF = true }
        end += count
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func copyWithinRange(_ range: Range<Int>, to destination: Int) {
        withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            memmove(base + destination, base + range.lowerBound, range.count)
        }
    }
}
