// Keeps the packed edge chunks in step with the edge table within one write transaction.
import Foundation

/// Chunks touched by this transaction, each read on first touch — from its blob when the chunks
/// are current (`chunksAreCurrent`), else rebuilt from the edge table (so a stale or missing blob
/// is repaired) — and then patched as claims are written. Rebuilding the last chunk from the
/// table at every batch of an ingest was a sixth of its instructions.
struct ChunkWriter {
    private let file: GraphFile
    private var dirty: [Int64: EdgeChunk] = [:]
    private let rowsInRange: SQLiteStatement
    private let saveChunk: SQLiteStatement
    private let storedChunk: SQLiteStatement
    private var rebuildAll: Bool

    init(_ file: GraphFile) throws {
        self.file = file
        rowsInRange = try file.database.prepare(
            "SELECT id, type, negated, modality, cameo, subj, obj, article, sentence, date FROM edge WHERE id >= ? AND id < ? ORDER BY id")
        saveChunk = try file.database.prepare("INSERT OR REPLACE INTO edge_chunk(chunk, data) VALUES (?, ?)")
        storedChunk = try file.database.prepare("SELECT data FROM edge_chunk WHERE chunk = ?")
        rebuildAll = !(try file.chunksAreCurrent())
    }

    mutating func put(rowid: Int64, _ row: EdgeChunk.Row) throws {
        let number = rowid >> EdgeChunk.shift
        if dirty[number] == nil { dirty[number] = try stored(number) ?? load(number) }
        dirty[number]?.put(offset: UInt16(truncatingIfNeeded: rowid & 0xFFFF), row)
    }

    /// Rebuilds the chunks holding `rowids` from the edge table, after those rows were deleted.
    mutating func reload(rowids: [Int64]) throws {
        for number in Set(rowids.map { $0 >> EdgeChunk.shift }) { dirty[number] = try load(number) }
    }

    /// The chunk's blob, when the chunks are current and it decodes; nil sends the caller to the table.
    private func stored(_ number: Int64) throws -> EdgeChunk? {
        guard !rebuildAll else { return nil }
        storedChunk.reset()
        storedChunk.bind(1, number)
        guard try storedChunk.step() else { return nil }
        return storedChunk.withBlob(0) { EdgeChunk(decoding: $0) }
    }

    /// The chunk as the edge table has it now.
    private func load(_ number: Int64) throws -> EdgeChunk {
        var chunk = EdgeChunk()
        rowsInRange.reset()
        rowsInRange.bind(1, number << EdgeChunk.shift)
        rowsInRange.bind(2, (number + 1) << EdgeChunk.shift)
        while try rowsInRange.step() {
            let r = rowsInRange
            let flags = UInt8(r.int(2) != 0 ? 1 : 0) | (UInt8(truncatingIfNeeded: r.int(3)) & 0x0F) << 4
            chunk.put(offset: UInt16(truncatingIfNeeded: r.int(0) & 0xFFFF), EdgeChunk.Row(
                type: UInt8(truncatingIfNeeded: r.int(1)), flags: flags, cameo: r.optionalString(4),
                subject: UInt32(truncatingIfNeeded: r.int(5)), object: UInt32(truncatingIfNeeded: r.int(6)),
                article: UInt32(truncatingIfNeeded: r.optionalInt(7) ?? 0), sentence: UInt32(clamping: r.optionalInt(8) ?? 0),
                date: r.optionalInt(9).map { Int32(clamping: $0) } ?? .min))
        }
        return chunk
    }

    mutating func flush() throws {
        if rebuildAll {
            try file.database.exec("DELETE FROM edge_chunk")
            let maxID = try file.database.scalarInt("SELECT max(id) FROM edge") ?? 0
            for number in 0...(maxID >> EdgeChunk.shift) where dirty[number] == nil {
                dirty[number] = try load(number)
            }
        }
        for (number, chunk) in dirty {
            saveChunk.reset()
            saveChunk.bind(1, number)
            if chunk.count == 0 {
                try file.database.exec("DELETE FROM edge_chunk WHERE chunk = \(number)")
                continue
            }
            saveChunk.bind(2, chunk.encoded())
            try saveChunk.step()
        }
        try file.markChunksCurrent()
        dirty = [:]
        rebuildAll = false
    }
}

extension GraphFile {
    /// The chunks match the edge table when they were written for its current highest rowid
    /// (`meta.chunks_max_id`). Writes by other programs that bypass weft are caught when they add
    /// rows; docs/storage.md asks such tools to write through weft.
    func chunksAreCurrent() throws -> Bool {
        let recorded = try database.prepare("SELECT value FROM meta WHERE key = 'chunks_max_id'")
        guard try recorded.step() else { return false }
        let maxID = try database.scalarInt("SELECT coalesce(max(id), 0) FROM edge") ?? 0
        return Int64(recorded.string(0)) == maxID
    }

    func markChunksCurrent() throws {
        try database.exec("""
            INSERT OR REPLACE INTO meta(key, value) VALUES ('chunks_max_id', (SELECT coalesce(max(id), 0) FROM edge))
            """)
    }
}
