// Where the shell writes: standard output, standard error, a file (`.output`), or a test buffer.
import Foundation

public protocol TextSink: AnyObject {
    func write(_ text: String)
    /// True when the sink is a terminal (box mode, truncation and colour default on).
    var isTerminal: Bool { get }
}

/// A file descriptor the process already has open (1 or 2).
public final class DescriptorSink: TextSink, @unchecked Sendable {
    private let handle: FileHandle
    public let isTerminal: Bool

    public init(descriptor: Int32) {
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        isTerminal = isatty(descriptor) != 0
    }

    public func write(_ text: String) { handle.write(Data(text.utf8)) }

}

/// A file opened by `.output FILE` / `.once FILE`, truncated on open.
public final class FileSink: TextSink {
    private let handle: FileHandle
    public let isTerminal = false

    public init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { return nil }
        self.handle = handle
    }

    public func write(_ text: String) { handle.write(Data(text.utf8)) }

    deinit { try? handle.close() }
}

/// Collects text in memory (tests).
public final class BufferSink: TextSink {
    public private(set) var text = ""
    public let isTerminal: Bool

    public init(terminal: Bool = false) { isTerminal = terminal }

    public func write(_ text: String) { self.text += text }
}
