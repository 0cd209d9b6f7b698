// The in-memory graph: dictionary-encoded, column-per-field arrays and CSR adjacency indexes.
import Foundation
import WeftModel
import WeftText

/// An immutable, compact index over one graph, answering GraphSource look-ups from memory.
/// Nodes are numbered densely in (kind, stored id) order, so each kind is one range; edges in
/// (subject, type, stored id) order, so a node's outgoing edges of one type are one range.
/// Evidence and other text stay in the graph file and are read on demand.
public final class MemoryGraph: GraphSource, @unchecked Sendable {
    public let schema: Schema
    public let statistics: GraphStatistics

    /// Node columns indexed by NodeID.raw: kind, stored rowid, external id, name, aliases
    /// (`aliasOffsets` into `aliasText`), and the id range of each kind.
    let nodeColumns: NodeColumns
    /// The names of `nodeColumns`, the same buffers, for values that refer to a name.
    let nameColumn: TextColumn
    // The name index: fold keys sorted by their UTF-8 bytes, each with its node.
    let nameKeys: StringArena
    let nameKeyNode: [UInt32]
    /// Edge columns indexed by EdgeID.raw (flags: bit 0 negated, bits 4–7 modality code; cameo: an
    /// index into `cameoCodes`, 0 = none; article UInt32.max, sentence 0, date Int32.min = none).
    let edgeColumns: EdgeColumns
    /// `outOffsets`: node → its range of edge ids (edges are sorted by subject); `inEdges` sorted by
    /// (object, type, id) with `inOther` beside it (the subject, `negatedBit` set when negated);
    /// `typeEdges` sorted by (type, id).
    let adjacency: Adjacency

    /// Where claim details and node properties come from (the graph file), behind a lock.
    let details: DetailSource

    init(schema: Schema, statistics: GraphStatistics, nodes: NodeColumns, names: (keys: StringArena, nodes: [UInt32]),
         edges: EdgeColumns, adjacency: Adjacency, details: DetailSource) {
        self.schema = schema
        self.statistics = statistics
        nodeColumns = nodes
        nameColumn = TextColumn(bytes: nodes.name.bytes, offsets: nodes.name.offsets)
        nameKeys = names.keys
        nameKeyNode = names.nodes
        edgeColumns = edges
        self.adjacency = adjacency
        self.details = details
    }

    public var nodeCount: Int { nodeColumns.kind.count }
    public var edgeCount: Int { edgeColumns.type.count }

    // MARK: Nodes

    public func kind(of node: NodeID) -> KindID { KindID(nodeColumns.kind[Int(node.raw)]) }
    public func name(of node: NodeID) -> String { nodeColumns.name[Int(node.raw)] }
    public func storedName(of node: NodeID) -> StoredText? { StoredText(nameColumn, node.raw) }
    public func externalID(of node: NodeID) -> String { nodeColumns.externalID[Int(node.raw)] }
    public func aliases(of node: NodeID) -> [String] {
        nodeColumns.aliasText.strings(Int(nodeColumns.aliasOffsets[Int(node.raw)])..<Int(nodeColumns.aliasOffsets[Int(node.raw) + 1]))
    }
    public func properties(of node: NodeID) -> [(key: String, value: Value)] {
        details.nodeProperties(rowid: nodeColumns.rowID[Int(node.raw)])
    }
    public func stringProperty(_ key: String, of node: NodeID) -> String? {
        details.nodeStringProperty(key, rowid: nodeColumns.rowID[Int(node.raw)])
    }
    public func nodes(ofKind kind: KindID) -> Range<UInt32> {
        Int(kind.raw) < nodeColumns.kindRanges.count ? nodeColumns.kindRanges[Int(kind.raw)] : 0..<0
    }
    public func node(externalID: String) -> NodeID? {
        guard let rowid = details.nodeRowID(externalID: externalID) else { return nil }
        return nodeID(rowid: rowid)
    }
    /// The dense id of the node stored with `rowid` (binary search within its kind's range).
    func nodeID(rowid: Int64) -> NodeID? {
        for range in nodeColumns.kindRanges {
            var low = Int(range.lowerBound), high = Int(range.upperBound)
            while low < high {
                let mid = (low + high) / 2
                if nodeColumns.rowID[mid] < rowid { low = mid + 1 } else { high = mid }
            }
            if low < Int(range.upperBound) && nodeColumns.rowID[low] == rowid { return NodeID(UInt32(low)) }
        }
        return nil
    }

    // MARK: Name index

    public func nodes(withFold key: String) -> [NodeID] {
        let range = nameRange(prefix: key, exact: true)
        return nameKeyNode[range].map(NodeID.init)
    }

    public func nodes(withFoldPrefix prefix: String) -> [NodeID] {
        let range = nameRange(prefix: prefix, exact: false)
        return Set(nameKeyNode[range]).sorted().map(NodeID.init)
    }

    public func nodes(withFoldGlob pattern: String) -> [NodeID] {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var found = Set<UInt32>()
        guard let needle = parts.max(by: { $0.count < $1.count }), !needle.isEmpty else {
            for index in 0..<nameKeys.count where nameKeys.withBytes(index, { Self.glob($0, parts) }) {
                found.insert(nameKeyNode[index])
            }
            return found.sorted().map(NodeID.init)
        }
        // The longest literal part narrows the scan: one pass over the contiguous key bytes
        // (memchr for its first byte, memcmp for the rest); only keys holding it are globbed.
        let offsets = nameKeys.offsets
        nameKeys.bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            var position = 0
            while position + needle.count <= all.count {
                guard let hit = memchr(base + position, Int32(needle[0]), all.count - needle.count + 1 - position) else { break }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard memcmp(hit, needle, needle.count) == 0 else {
                    position = at + 1
                    continue
                }
                // The key holding byte `at`: the last offset at or below it.
                var low = 0, high = offsets.count
                while low < high {
                    let mid = (low + high) / 2
                    if Int(offsets[mid]) <= at { low = mid + 1 } else { high = mid }
                }
                let index = low - 1
                let keyEnd = Int(offsets[index + 1])
                if at + needle.count <= keyEnd {
                    if nameKeys.withBytes(index, { Self.glob($0, parts) }) { found.insert(nameKeyNode[index]) }
                    position = keyEnd
                } else {
                    position = at + 1
                }
            }
        }
        return found.sorted().map(NodeID.init)
    }

    /// Whether `text` matches the pattern split at its `*`s: the first part a prefix, the last a
    /// suffix, the others in order between them.
    static func glob(_ text: UnsafeBufferPointer<UInt8>, _ parts: [[UInt8]]) -> Bool {
        guard let first = parts.first else { return true }
        if parts.count == 1 { return text.elementsEqual(first) }
        guard text.count >= first.count, text.starts(with: first) else { return false }
        var position = first.count
        for (k, part) in parts.enumerated().dropFirst() {
            if k == parts.count - 1 {
                return part.isEmpty || (text.count - position >= part.count && text[(text.count - part.count)...].elementsEqual(part))
            }
            if part.isEmpty { continue }
            var found = false
            while position + part.count <= text.count {
                if text[position..<(position + part.count)].elementsEqual(part) {
                    position += part.count
                    found = true
                    break
                }
                position += 1
            }
            if !found { return false }
        }
        return true
    }

    /// The run of name-index entries equal to `prefix`, or starting with it.
    private func nameRange(prefix: String, exact: Bool) -> Range<Int> {
        var target = prefix
        return target.withUTF8 { bytes in
            func lowerBound(_ isBelow: (Int) -> Bool) -> Int {
                var low = 0, high = nameKeys.count
                while low < high {
                    let mid = (low + high) / 2
                    if isBelow(mid) { low = mid + 1 } else { high = mid }
                }
                return low
            }
            let start = lowerBound { nameKeys.compare($0, with: bytes) < 0 }
            let end = lowerBound { nameKeys.compare($0, with: bytes, prefixOnly: !exact) <= 0 }
            return start..<max(start, end)
        }
    }

    // MARK: Edges

    public func edges(of node: NodeID, direction: Direction, type: RelationTypeID?) -> EdgeList {
        let n = Int(node.raw)
        switch direction {
        case .outgoing:
            let low = Int(adjacency.outOffsets[n]), high = Int(adjacency.outOffsets[n + 1])
            guard let type else { return EdgeList(range: UInt32(low)..<UInt32(high)) }
            let run = typeRun(low, high, type.raw) { self.edgeColumns.type[$0] }
            return EdgeList(range: UInt32(run.lowerBound)..<UInt32(run.upperBound))
        case .incoming:
            let low = Int(adjacency.inOffsets[n]), high = Int(adjacency.inOffsets[n + 1])
            guard let type else { return EdgeList(adjacency.inEdges[low..<high]) }
            let run = typeRun(low, high, type.raw) { self.edgeColumns.type[Int(self.adjacency.inEdges[$0])] }
            return EdgeList(adjacency.inEdges[run])
        }
    }

    /// Bit 31 of an `adjacency.inOther` entry: the claim is negated. Dense node ids stay below 2^31.
    static let negatedBit: UInt32 = 1 << 31

    /// Reads each edge's other end and polarity from the adjacency itself: outgoing edges are a
    /// range of ids (their objects and flags in order), incoming ones carry their subject and
    /// polarity beside them (`adjacency.inOther`). A node's claims then cost no look-up at a scattered id.
    public func forEachAdjacent(of node: NodeID, direction: Direction, type: RelationTypeID?,
                                _ body: (EdgeID, NodeID, Bool) throws -> Void) rethrows {
        let n = Int(node.raw)
        switch direction {
        case .outgoing:
            var run = Int(adjacency.outOffsets[n])..<Int(adjacency.outOffsets[n + 1])
            if let type { run = typeRun(run.lowerBound, run.upperBound, type.raw) { self.edgeColumns.type[$0] } }
            for e in run { try body(EdgeID(UInt32(e)), NodeID(edgeColumns.object[e]), edgeColumns.flags[e] & 1 != 0) }
        case .incoming:
            var run = Int(adjacency.inOffsets[n])..<Int(adjacency.inOffsets[n + 1])
            if let type { run = typeRun(run.lowerBound, run.upperBound, type.raw) { self.edgeColumns.type[Int(self.adjacency.inEdges[$0])] } }
            for i in run {
                let other = adjacency.inOther[i]
                try body(EdgeID(adjacency.inEdges[i]), NodeID(other & ~MemoryGraph.negatedBit), other & MemoryGraph.negatedBit != 0)
            }
        }
    }

    /// Within positions low..<high sorted by type, the positions whose type is `type`.
    private func typeRun(_ low: Int, _ high: Int, _ type: UInt8, _ typeAt: (Int) -> UInt8) -> Range<Int> {
        func bound(_ below: (UInt8) -> Bool) -> Int {
            var l = low, h = high
            while l < h {
                let mid = (l + h) / 2
                if below(typeAt(mid)) { l = mid + 1 } else { h = mid }
            }
            return l
        }
        return bound { $0 < type }..<bound { $0 <= type }
    }

    public func edges(ofType type: RelationTypeID) -> EdgeList {
        let t = Int(type.raw)
        guard t + 1 < adjacency.typeOffsets.count else { return .empty }
        return EdgeList(adjacency.typeEdges[Int(adjacency.typeOffsets[t])..<Int(adjacency.typeOffsets[t + 1])])
    }

    public func type(of edge: EdgeID) -> RelationTypeID { RelationTypeID(edgeColumns.type[Int(edge.raw)]) }
    public func subject(of edge: EdgeID) -> NodeID { NodeID(edgeColumns.subject[Int(edge.raw)]) }
    public func object(of edge: EdgeID) -> NodeID { NodeID(edgeColumns.object[Int(edge.raw)]) }
    public func isNegated(_ edge: EdgeID) -> Bool { edgeColumns.flags[Int(edge.raw)] & 1 != 0 }
    public func modality(of edge: EdgeID) -> Modality? { Modality(rawValue: edgeColumns.flags[Int(edge.raw)] >> 4) }
    public func cameo(of edge: EdgeID) -> String? {
        let code = edgeColumns.cameo[Int(edge.raw)]
        return code == 0 ? nil : edgeColumns.cameoCodes[Int(code)]
    }
    public func article(of edge: EdgeID) -> NodeID? {
        let a = edgeColumns.article[Int(edge.raw)]
        return a == .max ? nil : NodeID(a)
    }
    public func sentence(of edge: EdgeID) -> Int? {
        let s = edgeColumns.sentence[Int(edge.raw)]
        return s == 0 ? nil : Int(s)
    }
    public func date(of edge: EdgeID) -> Day? {
        let d = edgeColumns.date[Int(edge.raw)]
        return d == .min ? nil : Day(daysSinceEpoch: d)
    }
    public var nodePropertyKeys: Set<String> { details.nodePropertyKeysByKind.values.reduce(into: []) { $0.formUnion($1) } }
    public var edgePropertyKeys: Set<String> { details.edgePropertyKeys }
    public func nodePropertyKeys(ofKind kind: KindID) -> Set<String> {
        details.nodePropertyKeysByKind[schema.kind(kind).name] ?? []
    }

    public func claimRecord(_ edge: EdgeID) throws -> ClaimRecord {
        try details.claim(rowid: Int64(edgeColumns.rowID[Int(edge.raw)]))
    }
    /// Runs `body` with every detail read (evidence, properties, claims) in one read transaction
    /// of the graph file: one consistent snapshot, and far fewer system calls for many reads.
    public func readingSnapshot<T>(_ body: () throws -> T) throws -> T {
        try details.snapshot(body)
    }

    /// A claim's evidence alone, without the rest of its record.
    public func evidence(of edge: EdgeID) -> String? {
        details.evidence(rowid: Int64(edgeColumns.rowID[Int(edge.raw)]))
    }

    /// The same indexes (shared, not copied) with a second connection to the graph file, for a
    /// worker thread: SQLite serialises the statements of one connection, so threads reading
    /// details through one connection would take turns. Nil for a graph held in memory only.
    public func concurrentReader() -> (any GraphSource)? {
        guard let details = details.reopened() else { return nil }
        return MemoryGraph(schema: schema, statistics: statistics, nodes: nodeColumns, names: (nameKeys, nameKeyNode),
                           edges: edgeColumns, adjacency: adjacency, details: details)
    }

    /// Bytes held by the index arrays.
    public var approximateBytes: Int {
        let nodeBytes = nodeColumns.kind.count * 9 + nodeColumns.externalID.footprint + nodeColumns.name.footprint + nodeColumns.aliasOffsets.count * 4
            + nodeColumns.aliasText.footprint + nameKeys.footprint + nameKeyNode.count * 4
        let edgeBytes = edgeColumns.type.count * 28 + adjacency.inEdges.count * 8 + adjacency.typeEdges.count * 4 + adjacency.outOffsets.count * 8
        return nodeBytes + edgeBytes
    }
}
