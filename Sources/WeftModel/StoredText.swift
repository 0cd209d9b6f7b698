// Text read where a graph keeps it: a query's output names a node's name by reference, and the
// bytes are decoded when the value is printed, compared or hashed.

/// UTF-8 strings stored back to back — a graph's names — shared by the graph and by the values
/// that refer into it. Immutable; every string in it is NFC.
public final class TextColumn: Sendable {
    let bytes: [UInt8]
    /// Where each string starts; `offsets[i + 1]` is where string `i` ends.
    let offsets: [UInt32]

    public init(bytes: [UInt8], offsets: [UInt32]) {
        precondition(!offsets.isEmpty)
        self.bytes = bytes
        self.offsets = offsets
    }

    public var count: Int { offsets.count - 1 }

    @inline(__always)
    public func withUTF8<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(offsets[index])..<Int(offsets[index + 1])]))
        }
    }

    public func string(_ index: Int) -> String { withUTF8(index) { String(decoding: $0, as: UTF8.self) } }
}

/// One string of a TextColumn. Holding it keeps the column alive, so a result outlives the graph
/// it came from (the shell keeps its last result across `.open`).
public struct StoredText: Sendable {
    public let column: TextColumn
    public let index: UInt32

    public init(_ column: TextColumn, _ index: UInt32) {
        self.column = column
        self.index = index
    }

    public var string: String { column.string(Int(index)) }

    @inline(__always)
    public func withUTF8<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try column.withUTF8(Int(index), body)
    }
}
