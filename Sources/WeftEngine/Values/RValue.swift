// Values a query computes: scalars, lists, and references to nodes, edges and paths of the graph.
import WeftModel
import WeftText

public struct PathValue: Hashable, Sendable {
    public var nodes: [NodeID]
    public var edges: [EdgeID]
    public init(nodes: [NodeID], edges: [EdgeID]) {
        self.nodes = nodes
        self.edges = edges
    }
}

public enum RValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    /// A string where the graph keeps it: a node's name in a query's output, equal to and hashing
    /// as the `.string` of the same text, decoded when printed (`resolved`).
    case text(StoredText)
    case date(Day)
    case list([RValue])
    case node(NodeID)
    case edge(EdgeID)
    case path(PathValue)

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let f): self = .float(f)
        case .string(let s): self = .string(s)
        case .date(let d): self = .date(d)
        case .list(let l): self = .list(l.map(RValue.init))
        }
    }

    var isNull: Bool { if case .null = self { true } else { false } }

    /// The value with stored text decoded into a String: what code that reads strings works on.
    public var resolved: RValue {
        if case .text(let t) = self { return .string(t.string) }
        return self
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string, .text: "string"
        case .date: "date"
        case .list: "list"
        case .node: "node"
        case .edge: "edge"
        case .path: "path"
        }
    }
}

/// Three-valued logic: true, false, or unknown (null).
enum Truth {
    case yes, no, unknown

    init(_ value: RValue) {
        switch value {
        case .bool(let b): self = b ? .yes : .no
        case .null: self = .unknown
        default: self = .unknown
        }
    }

    var value: RValue {
        switch self {
        case .yes: .bool(true)
        case .no: .bool(false)
        case .unknown: .null
        }
    }
}

/// Ordering for ORDER BY, min and max: numbers by value, strings in Vietnamese order, dates by
/// day, then by type; nulls always last (handled by the caller for DESC).
enum Ordering {
    static func rank(_ v: RValue) -> Int {
        switch v {
        case .int, .float: 0
        case .string, .text: 1
        case .bool: 2
        case .date: 3
        case .list: 4
        case .node: 5
        case .edge: 6
        case .path: 7
        case .null: 9
        }
    }

    /// -1, 0, 1. `keys` caches collation keys of strings.
    static func compare(_ a: RValue, _ b: RValue) -> Int {
        switch (a, b) {
        case (.text, _), (_, .text): return compare(a.resolved, b.resolved)
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .float(let y)): return Double(x) < y ? -1 : (Double(x) > y ? 1 : 0)
        case (.float(let x), .int(let y)): return x < Double(y) ? -1 : (x > Double(y) ? 1 : 0)
        case (.float(let x), .float(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)):
            if x == y { return 0 }
            let kx = VietnameseCollation.key(x), ky = VietnameseCollation.key(y)
            if kx == ky { return x < y ? -1 : 1 }
            return kx.lexicographicallyPrecedes(ky) ? -1 : 1
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let c = compare(p, q)
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case (.node(let x), .node(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.edge(let x), .edge(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        default:
            let (ra, rb) = (rank(a), rank(b))
            return ra < rb ? -1 : (ra > rb ? 1 : 0)
        }
    }
}
