// Builds a MemoryGraph from a graph file: one scan per table, counting sorts, exact statistics.
import WeftModel

struct NodeColumns {
    var kind: [UInt8] = []
    var rowID: [Int64] = []
    var externalID = StringArena()
    var name = StringArena()
    var aliasOffsets: [UInt32] = [0]
    var aliasText = StringArena()
    var kindRanges: [Range<UInt32>] = []
}

struct EdgeColumns {
    var type: [UInt8] = []
    var flags: [UInt8] = []
    var cameo: [UInt16] = []
    var subject: [UInt32] = []
    var object: [UInt32] = []
    var article: [UInt32] = []
    var sentence: [UInt32] = []
    var date: [Int32] = []
    var rowID: [UInt32] = []
    var cameoCodes: [String] = [""]

    init() {}

    init(reserving count: Int) {
        type.reserveCapacity(count)
        flags.reserveCapacity(count)
        cameo.reserveCapacity(count)
        subject.reserveCapacity(count)
        object.reserveCapacity(count)
        article.reserveCapacity(count)
        sentence.reserveCapacity(count)
        date.reserveCapacity(count)
        rowID.reserveCapacity(count)
    }
}

struct Adjacency {
    var outOffsets: [UInt32]
    var inOffsets: [UInt32]
    var inEdges: [UInt32]
    var inOther: [UInt32]
    var typeOffsets: [UInt32]
    var typeEdges: [UInt32]
}

extension GraphFile {
    /// Reads the whole graph into a MemoryGraph. Claim text stays on disk, read through a second
    /// connection to this file (or this connection, for an in-memory graph).
    public func loadMemoryGraph() throws -> MemoryGraph { try loadMemoryGraph(usingChunks: true) }

    /// `usingChunks: false` decodes the edge table row by row; tests compare the two paths.
    func loadMemoryGraph(usingChunks: Bool) throws -> MemoryGraph {
        let nodes = try readNodes()
        // Stored node id → dense id, through an array indexed by stored id (ids are near-dense).
        let maxRow = Int(nodes.rowID.max() ?? 0)
        var dense = [UInt32](repeating: .max, count: maxRow + 1)
        for (index, row) in nodes.rowID.enumerated() { dense[Int(row)] = UInt32(index) }
        let names = try readNameIndex(dense)
        let scanned = try usingChunks && chunksAreCurrent() ? try readChunks(dense) : try readEdges(dense)
        let (edges, adjacency, statistics) = MemoryGraphBuilder.index(
            scanned, nodeKinds: nodes.kind, kindCount: schema.kinds.count, typeCount: schema.relationTypes.count)
        var stats = statistics
        for range in nodes.kindRanges.enumerated() { stats.nodesPerKind[range.offset] = range.element.count }
        return MemoryGraph(schema: schema, statistics: stats, nodes: nodes, names: names, edges: edges,
                           adjacency: adjacency, details: try DetailSource(self))
    }

    /// One pass over `node` and `alias` (both in rowid order), bucketing nodes by kind, then the
    /// buckets laid end to end so that each kind is one range of dense ids.
    private func readNodes() throws -> NodeColumns {
        var buckets = [NodeColumns](repeating: NodeColumns(), count: schema.kinds.count)
        var kindOf = [Int](repeating: -1, count: Int(kindByStoredID.keys.max() ?? 0) + 1)
        for (stored, kind) in kindByStoredID where stored >= 0 { kindOf[Int(stored)] = Int(kind.raw) }
        let select = try database.prepare("SELECT id, kind, ext, name FROM node ORDER BY id")
        let aliases = try database.prepare("SELECT node, alias FROM alias ORDER BY node, ord")
        var aliasPending = try aliases.step()
        while try select.step() {
            let row = select.int(0), stored = Int(select.int(1))
            guard stored >= 0, stored < kindOf.count, kindOf[stored] >= 0 else { continue }
            let kind = kindOf[stored]
            buckets[kind].kind.append(UInt8(kind))
            buckets[kind].rowID.append(row)
            select.withText(2) { buckets[kind].externalID.append($0) }
            select.withText(3) { buckets[kind].name.append($0) }
            while aliasPending && aliases.int(0) <= row {
                if aliases.int(0) == row { aliases.withText(1) { buckets[kind].aliasText.append($0) } }
                aliasPending = try aliases.step()
            }
            buckets[kind].aliasOffsets.append(UInt32(buckets[kind].aliasText.count))
        }
        var columns = NodeColumns()
        for bucket in buckets {
            let start = UInt32(columns.kind.count)
            let aliasBase = UInt32(columns.aliasText.count)
            columns.kind += bucket.kind
            columns.rowID += bucket.rowID
            columns.externalID.append(contentsOf: bucket.externalID)
            columns.name.append(contentsOf: bucket.name)
            columns.aliasText.append(contentsOf: bucket.aliasText)
            columns.aliasOffsets += bucket.aliasOffsets.dropFirst().map { $0 + aliasBase }
            columns.kindRanges.append(start..<UInt32(columns.kind.count))
        }
        return columns
    }

    private func readNameIndex(_ dense: [UInt32]) throws -> (keys: StringArena, nodes: [UInt32]) {
        var keys = StringArena(), nodes: [UInt32] = []
        let select = try database.prepare("SELECT fold, node FROM name_key ORDER BY fold, node")
        while try select.step() {
            let row = Int(select.int(1))
            guard row < dense.count, dense[row] != .max else { continue }
            select.withText(0) { keys.append($0) }
            nodes.append(dense[row])
        }
        return (keys, nodes)
    }

    /// The hot edge columns from the packed chunks: a few blob reads instead of a row per claim.
    private func readChunks(_ dense: [UInt32]) throws -> EdgeColumns {
        var columns = EdgeColumns(reserving: claimCount)
        var typeOf = [UInt8](repeating: .max, count: 256)
        for (stored, type) in typeByStoredID where stored >= 0 && stored < 256 { typeOf[Int(stored)] = type.raw }
        var globalCode: [String: UInt16] = [:]
        let select = try database.prepare("SELECT chunk, data FROM edge_chunk ORDER BY chunk")
        func node(_ stored: UInt32) -> UInt32 { Int(stored) < dense.count ? dense[Int(stored)] : .max }
        while try select.step() {
            let base = UInt32(truncatingIfNeeded: select.int(0) << EdgeChunk.shift)
            guard let chunk = select.withBlob(1, { EdgeChunk(decoding: $0) }) else {
                throw GraphFileError(path: path, reason: .sqlite("edge_chunk \(select.int(0)) is damaged; rebuild it with any write"))
            }
            let codes = chunk.cameoCodes.map { code -> UInt16 in
                if code.isEmpty { return 0 }
                if let known = globalCode[code] { return known }
                let index = UInt16(clamping: columns.cameoCodes.count)
                globalCode[code] = index
                columns.cameoCodes.append(code)
                return index
            }
            for i in 0..<chunk.count {
                let type = typeOf[Int(chunk.type[i])], subject = node(chunk.subject[i]), object = node(chunk.object[i])
                guard type != .max, subject != .max, object != .max else { continue }
                columns.type.append(type)
                columns.flags.append(chunk.flags[i])
                columns.cameo.append(Int(chunk.cameo[i]) < codes.count ? codes[Int(chunk.cameo[i])] : 0)
                columns.subject.append(subject)
                columns.object.append(object)
                columns.article.append(chunk.article[i] == 0 ? .max : node(chunk.article[i]))
                columns.sentence.append(chunk.sentence[i])
                columns.date.append(chunk.date[i])
                columns.rowID.append(base + UInt32(chunk.offsets[i]))
            }
        }
        return columns
    }

    /// The hot edge columns decoded row by row from the edge table (when the chunks are stale).
    private func readEdges(_ dense: [UInt32]) throws -> EdgeColumns {
        var columns = EdgeColumns(reserving: claimCount)
        var typeOf = [UInt8](repeating: .max, count: Int(typeByStoredID.keys.max() ?? 0) + 1)
        for (stored, type) in typeByStoredID { typeOf[Int(stored)] = type.raw }
        var cameoIndex: [UInt64: UInt16] = [:]
        let select = try database.prepare(
            "SELECT id, type, subj, obj, negated, modality, article, sentence, date, cameo FROM edge ORDER BY id")
        func node(_ stored: Int64) -> UInt32? {
            stored >= 0 && Int(stored) < dense.count && dense[Int(stored)] != .max ? dense[Int(stored)] : nil
        }
        while try select.step() {
            let storedType = Int(select.int(1))
            guard storedType < typeOf.count, typeOf[storedType] != .max,
                  let subject = node(select.int(2)), let object = node(select.int(3)) else { continue }
            columns.type.append(typeOf[storedType])
            let modality = UInt8(truncatingIfNeeded: select.int(5)) & 0x0F
            columns.flags.append((select.int(4) != 0 ? 1 : 0) | modality << 4)
            var cameo: UInt16 = 0
            if !select.isNull(9) {
                // Codes are a few digits: key them by their packed bytes, making no String per row.
                let key = select.withText(9) { bytes -> UInt64 in
                    guard bytes.count <= 7 else { return 0 }
                    return bytes.reduce(UInt64(bytes.count)) { $0 << 8 | UInt64($1) }
                }
                if key != 0, let known = cameoIndex[key] {
                    cameo = known
                } else if columns.cameoCodes.count < Int(UInt16.max) {
                    cameo = UInt16(columns.cameoCodes.count)
                    if key != 0 { cameoIndex[key] = cameo }
                    columns.cameoCodes.append(select.string(9))
                }
            }
            columns.cameo.append(cameo)
            columns.subject.append(subject)
            columns.object.append(object)
            columns.article.append(select.isNull(6) ? .max : node(select.int(6)) ?? .max)
            columns.sentence.append(select.isNull(7) ? 0 : UInt32(clamping: select.int(7)))
            columns.date.append(select.isNull(8) ? .min : Int32(clamping: select.int(8)))
            columns.rowID.append(UInt32(truncatingIfNeeded: select.int(0)))
        }
        return columns
    }
}

enum MemoryGraphBuilder {
    /// Reorders scanned edges by (subject, type, stored id), builds the in/type indexes and counts
    /// the statistics, all with counting sorts: linear in the number of edges.
    static func index(_ scanned: EdgeColumns, nodeKinds: [UInt8], kindCount: Int, typeCount: Int)
        -> (EdgeColumns, Adjacency, GraphStatistics)
    {
        let n = nodeKinds.count, e = scanned.type.count
        // inOther keeps a node id in 31 bits beside the negation bit.
        precondition(n <= Int(MemoryGraph.negatedBit), "more than 2^31 nodes")
        // Stable counting sort by type, then by subject: the result is ordered by (subject, type).
        let byType = countingSort(e, buckets: typeCount) { Int(scanned.type[$0]) }.order
        let (bySubject, outOffsets) = countingSort(e, buckets: n, within: byType) { Int(scanned.subject[$0]) }
        var edges = EdgeColumns()
        edges.cameoCodes = scanned.cameoCodes
        edges.type = gather(scanned.type, bySubject)
        edges.flags = gather(scanned.flags, bySubject)
        edges.cameo = gather(scanned.cameo, bySubject)
        edges.subject = gather(scanned.subject, bySubject)
        edges.object = gather(scanned.object, bySubject)
        edges.article = gather(scanned.article, bySubject)
        edges.sentence = gather(scanned.sentence, bySubject)
        edges.date = gather(scanned.date, bySubject)
        edges.rowID = gather(scanned.rowID, bySubject)
        // Dense ids are now positions in bySubject; edges are in id order, so stable sorts keep it.
        let (typeEdges, typeOffsets) = countingSort(e, buckets: typeCount) { Int(edges.type[$0]) }
        let (inEdges, inOffsets) = countingSort(e, buckets: n, within: typeEdges) { Int(edges.object[$0]) }
        // Beside each incoming edge, its subject and polarity: a walk against the arrows then reads
        // in order instead of looking up two columns at the edges' scattered ids.
        let inOther = inEdges.map { edge in
            edges.subject[Int(edge)] | (edges.flags[Int(edge)] & 1 == 0 ? 0 : MemoryGraph.negatedBit)
        }

        var stats = GraphStatistics(kindCount: kindCount, typeCount: typeCount)
        for i in 0..<e {
            let type = Int(edges.type[i])
            stats.edgesPerType[type] += 1
            let s = Int(nodeKinds[Int(edges.subject[i])]), o = Int(nodeKinds[Int(edges.object[i])])
            stats.edgesPerSignature[(s * typeCount + type) * kindCount + o] += 1
            if edges.flags[i] & 1 != 0 { stats.negatedEdges += 1 }
        }
        // Distinct subjects per type: each node's outgoing run is sorted by type.
        for node in 0..<n {
            let degree = Double(outOffsets[node + 1] - outOffsets[node] + inOffsets[node + 1] - inOffsets[node])
            stats.degreeSums[Int(nodeKinds[node])] += degree
            stats.degreeSquareSums[Int(nodeKinds[node])] += degree * degree
            var previous = -1
            for i in Int(outOffsets[node])..<Int(outOffsets[node + 1]) where Int(edges.type[i]) != previous {
                previous = Int(edges.type[i])
                stats.distinctSubjectsPerType[previous] += 1
            }
            previous = -1
            for i in Int(inOffsets[node])..<Int(inOffsets[node + 1]) where Int(edges.type[Int(inEdges[i])]) != previous {
                previous = Int(edges.type[Int(inEdges[i])])
                stats.distinctObjectsPerType[previous] += 1
            }
        }
        let adjacency = Adjacency(outOffsets: outOffsets, inOffsets: inOffsets, inEdges: inEdges, inOther: inOther,
                                  typeOffsets: typeOffsets, typeEdges: typeEdges)
        return (edges, adjacency, stats)
    }

    /// `column` reordered by `order`, written straight into new storage (no bounds checks per
    /// element: `order` is a permutation of the column's indexes, built above).
    static func gather<T>(_ column: [T], _ order: [UInt32]) -> [T] {
        column.withUnsafeBufferPointer { source in
            order.withUnsafeBufferPointer { positions in
                [T](unsafeUninitializedCapacity: positions.count) { target, initialized in
                    for i in 0..<positions.count { target.initializeElement(at: i, to: source[Int(positions[i])]) }
                    initialized = positions.count
                }
            }
        }
    }

    /// A stable counting sort of positions (0..<count, or the given order) by `key`, returning the
    /// sorted positions and the bucket offsets (buckets + 1 entries).
    static func countingSort(_ count: Int, buckets: Int, within order: [UInt32]? = nil, key: (Int) -> Int)
        -> (order: [UInt32], offsets: [UInt32])
    {
        var offsets = [UInt32](repeating: 0, count: buckets + 1)
        for i in 0..<count { offsets[key(i) + 1] += 1 }
        for b in 0..<buckets { offsets[b + 1] += offsets[b] }
        var next = offsets
        var result = [UInt32](repeating: 0, count: count)
        for k in 0..<count {
            let i = order.map { Int($0[k]) } ?? k
            let bucket = key(i)
            result[Int(next[bucket])] = UInt32(i)
            next[bucket] += 1
        }
        return (result, offsets)
    }
}
