// Equality and hashing of values by their bytes: what DISTINCT, grouping, `=` and sets use.
import WeftModel

/// Strings are equal when their UTF-8 bytes are (code-point equality, as in Cypher), and hash by
/// those bytes. Every string in weft is NFC — the graph is checked at import, query text is
/// normalised before parsing — so canonically equal strings are byte-equal, and Swift's own
/// String hashing, which normalises as it hashes, was a fifth of a `RETURN DISTINCT b.name` over
/// 45,000 Vietnamese names. A `.text` (a name read where the graph keeps it) is the string of its
/// bytes. The other cases are what the compiler would synthesise.
extension RValue {
    public static func == (a: RValue, b: RValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.float(let x), .float(let y)): x == y
        case (.text(let x), .text(let y)) where x.column === y.column && x.index == y.index: true
        case (.string, .string), (.string, .text), (.text, .string), (.text, .text):
            a.withStringBytes { x in b.withStringBytes { y in x.count == y.count && x.elementsEqual(y) } ?? false } ?? false
        case (.date(let x), .date(let y)): x == y
        case (.list(let x), .list(let y)): x == y
        case (.node(let x), .node(let y)): x == y
        case (.edge(let x), .edge(let y)): x == y
        case (.path(let x), .path(let y)): x == y
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b): hasher.combine(1 as UInt8); hasher.combine(b)
        case .int(let i): hasher.combine(2 as UInt8); hasher.combine(i)
        case .float(let f): hasher.combine(3 as UInt8); hasher.combine(f)
        case .string, .text:
            withStringBytes { utf8 in
                hasher.combine(4 as UInt8)
                hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
                hasher.combine(utf8.count)
            }
        case .date(let d): hasher.combine(5 as UInt8); hasher.combine(d)
        case .list(let l): hasher.combine(6 as UInt8); hasher.combine(l)
        case .node(let n): hasher.combine(7 as UInt8); hasher.combine(n)
        case .edge(let e): hasher.combine(8 as UInt8); hasher.combine(e)
        case .path(let p): hasher.combine(9 as UInt8); hasher.combine(p)
        }
    }

    /// The UTF-8 bytes of a string, decoded (`.string`) or where the graph keeps them (`.text`);
    /// nil for other values. What equality and hashing read, so the two forms are one value.
    @inline(__always) func withStringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        switch self {
        case .string(var s): s.withUTF8(body)
        case .text(let t): t.withUTF8(body)
        default: nil
        }
    }
}
