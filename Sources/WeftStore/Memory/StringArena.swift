// Many strings in one byte buffer: no object per string, so millions of names cost their bytes.

/// An append-only list of UTF-8 strings stored back to back. Strings are made on demand.
struct StringArena {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]

    var count: Int { offsets.count - 1 }

    mutating func reserve(strings: Int, bytes total: Int) {
        offsets.reserveCapacity(strings + 1)
        bytes.reserveCapacity(total)
    }

    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    mutating func append(contentsOf other: StringArena) {
        let base = UInt32(truncatingIfNeeded: bytes.count)
        bytes += other.bytes
        offsets += other.offsets.dropFirst().map { $0 + base }
    }

    subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(offsets[index])..<Int(offsets[index + 1])]))
        }
    }

    /// The strings in index range `range`.
    func strings(_ range: Range<Int>) -> [String] { range.map { self[$0] } }

    /// Byte-wise comparison of string `index` with `other`: <0, 0, >0. Sorted UTF-8 bytes are
    /// sorted code points, the order of the stored name index.
    func compare(_ index: Int, with other: UnsafeBufferPointer<UInt8>, prefixOnly: Bool = false) -> Int {
        withBytes(index) { mine in
            let n = min(mine.count, other.count)
            for i in 0..<n where mine[i] != other[i] { return mine[i] < other[i] ? -1 : 1 }
            if prefixOnly && mine.count >= other.count { return 0 }
            return mine.count == other.count ? 0 : (mine.count < other.count ? -1 : 1)
        }
    }

    /// Heap bytes held.
    var footprint: Int { bytes.capacity + offsets.capacity * 4 }
}
