// Inserting and updating nodes and claims inside one of GraphFile's transactions.
import WeftModel
import WeftText

/// Upserts records by external id. Create one per transaction (it holds prepared statements).
public final class GraphWriter {
    let file: GraphFile
    private let insertNode: SQLiteStatement
    private let updateNode: SQLiteStatement
    private let insertAlias: SQLiteStatement
    private let deleteAliases: SQLiteStatement
    private let insertNameKey: SQLiteStatement
    private let deleteNameKey: SQLiteStatement
    private let insertEdge: SQLiteStatement
    private let updateEdge: SQLiteStatement
    /// By external id through its index; nil in bulk mode.
    private let findEdge: SQLiteStatement?
    /// Bulk mode (a new file, no indexes yet): duplicates are found through `edgeRows` instead.
    private let bulk: Bool
    private var edgeRows: [String: Int64] = [:]
    private var chunks: ChunkWriter
    /// External id → (stored id, kind) for every node in the file, kept current as nodes are added.
    public private(set) var nodes: [String: (id: Int64, kind: KindID)] = [:]

    /// Made by GraphFile.write and GraphFile.create, which call `finish` before committing.
    init(_ file: GraphFile, bulk: Bool = false) throws {
        self.file = file
        self.bulk = bulk
        let db = file.database
        insertNode = try db.prepare("INSERT INTO node(kind, ext, name, props) VALUES (?, ?, ?, ?)")
        updateNode = try db.prepare("UPDATE node SET kind = ?, name = ?, props = ? WHERE id = ?")
        insertAlias = try db.prepare("INSERT INTO alias(node, ord, alias) VALUES (?, ?, ?)")
        deleteAliases = try db.prepare("DELETE FROM alias WHERE node = ?")
        insertNameKey = try db.prepare("INSERT OR IGNORE INTO name_key(fold, node) VALUES (?, ?)")
        deleteNameKey = try db.prepare("DELETE FROM name_key WHERE fold = ? AND node = ?")
        let columns = "type, subj, obj, negated, modality, article, sentence, date, cameo, ext, claim, speaker, evidence, rule, props"
        let values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
        // No RETURNING: SQLite buffers RETURNING rows in a temporary table, which cost more than
        // the insert itself (callgrind). The rowid comes from last_insert_rowid or the look-up.
        insertEdge = try db.prepare("INSERT INTO edge(\(columns)) VALUES (\(values))")
        updateEdge = try db.prepare("UPDATE edge SET (\(columns)) = (\(values)) WHERE id = ?16")
        findEdge = bulk ? nil : try db.prepare("SELECT id FROM edge WHERE ext = ?")
        chunks = try ChunkWriter(file)
        let existing = try db.prepare("SELECT id, ext, kind FROM node")
        while try existing.step() {
            guard let kind = file.kindByStoredID[existing.int(2)] else { continue }
            nodes[existing.string(1)] = (existing.int(0), kind)
        }
    }

    /// Adds `node`, or replaces the node with the same external id. Returns its stored id.
    @discardableResult
    public func put(_ node: NodeRecord) throws -> Int64 {
        let props = node.properties.isEmpty ? nil : PropertyJSON.encode(node.properties)
        let kind = try file.storedID(of: node.kind)
        let id: Int64
        if let existing = nodes[node.id] {
            id = existing.id
            try forgetNames(of: id)
            updateNode.bind(1, kind)
            updateNode.bind(2, node.name)
            updateNode.bind(3, props)
            updateNode.bind(4, id)
            try updateNode.step()
            updateNode.reset()
        } else {
            insertNode.bind(1, kind)
            insertNode.bind(2, node.id)
            insertNode.bind(3, node.name)
            insertNode.bind(4, props)
            try insertNode.step()
            insertNode.reset()
            id = file.database.lastInsertRowID
        }
        nodes[node.id] = (id, node.kind)
        for (ord, alias) in node.aliases.enumerated() {
            insertAlias.bind(1, id)
            insertAlias.bind(2, ord)
            insertAlias.bind(3, alias)
            try insertAlias.step()
            insertAlias.reset()
        }
        for key in Set([node.name] + node.aliases).map(Fold.key) {
            insertNameKey.bind(1, key)
            insertNameKey.bind(2, id)
            try insertNameKey.step()
            insertNameKey.reset()
        }
        return id
    }

    /// Removes the aliases and name keys of a node about to be replaced.
    private func forgetNames(of id: Int64) throws {
        let names = try file.database.prepare(
            "SELECT name FROM node WHERE id = ?1 UNION SELECT alias FROM alias WHERE node = ?1")
        names.bind(1, id)
        var keys: Set<String> = []
        while try names.step() { keys.insert(Fold.key(names.string(0))) }
        for key in keys {
            deleteNameKey.bind(1, key)
            deleteNameKey.bind(2, id)
            try deleteNameKey.step()
            deleteNameKey.reset()
        }
        deleteAliases.bind(1, id)
        try deleteAliases.step()
        deleteAliases.reset()
    }

    /// Adds `claim`, or replaces the claim with the same external id. Its subject, object and
    /// article must already be nodes (the caller checks, to word the error).
    public func put(_ claim: ClaimRecord, subject: Int64, object: Int64, article: Int64?) throws {
        var existing: Int64?
        if bulk {
            existing = edgeRows[claim.id]
        } else if let findEdge {
            findEdge.reset()
            findEdge.bind(1, claim.id)
            if try findEdge.step() { existing = findEdge.int(0) }
        }
        let s = existing == nil ? insertEdge : updateEdge
        s.bind(1, try file.storedID(of: claim.type))
        s.bind(2, subject)
        s.bind(3, object)
        s.bind(4, claim.negated ? 1 : 0)
        s.bind(5, Int64(claim.modality?.rawValue ?? 0))
        s.bind(6, article)
        s.bind(7, claim.sentence.map(Int64.init))
        s.bind(8, claim.date.map { Int64($0.daysSinceEpoch) })
        s.bind(9, claim.cameo)
        s.bind(10, claim.id)
        s.bind(11, claim.claim)
        s.bind(12, claim.speaker)
        s.bind(13, claim.evidence)
        s.bind(14, claim.rule)
        s.bind(15, claim.properties.isEmpty ? nil : PropertyJSON.encode(claim.properties))
        if let existing { s.bind(16, existing) }
        try s.step()
        s.reset()
        let rowid = existing ?? file.database.lastInsertRowID
        if bulk { edgeRows[claim.id] = rowid }
        let flags = UInt8(claim.negated ? 1 : 0) | (claim.modality?.rawValue ?? 0) << 4
        try chunks.put(rowid: rowid, EdgeChunk.Row(
            type: UInt8(truncatingIfNeeded: try file.storedID(of: claim.type)), flags: flags, cameo: claim.cameo,
            subject: UInt32(truncatingIfNeeded: subject), object: UInt32(truncatingIfNeeded: object),
            article: UInt32(truncatingIfNeeded: article ?? 0), sentence: UInt32(clamping: claim.sentence ?? 0),
            date: claim.date?.daysSinceEpoch ?? .min))
    }

    /// Re-reads the chunks of deleted rows from the edge table (edgeRows forgets them in bulk mode).
    func forgetRows(_ rowids: [Int64]) throws {
        if bulk { edgeRows = edgeRows.filter { !rowids.contains($0.value) } }
        try chunks.reload(rowids: rowids)
    }

    /// Writes the packed columns of every chunk this transaction touched.
    func finish() throws {
        try chunks.flush()
    }
}
