// Claim details and node properties read on demand from the graph file, one query at a time.
import Foundation
import WeftModel

/// What the memory graph leaves on disk. Serialised by a lock: the engine may run on any thread.
final class DetailSource: @unchecked Sendable {
    private let file: GraphFile
    private let lock = NSLock()
    private let nodeProps: SQLiteStatement
    private let nodeByExternalID: SQLiteStatement
    private let evidenceByRowID: SQLiteStatement
    private let nodeStringProperty: SQLiteStatement

    init(_ file: GraphFile) throws {
        self.file = file
        nodeProps = try file.database.prepare("SELECT props FROM node WHERE id = ?")
        nodeByExternalID = try file.database.prepare("SELECT id FROM node WHERE ext = ?")
        evidenceByRowID = try file.database.prepare("SELECT evidence FROM edge WHERE id = ?")
        nodeStringProperty = try file.database.prepare(
            "SELECT CASE json_type(props, ?1) WHEN 'text' THEN json_extract(props, ?1) END FROM node WHERE id = ?2 AND props IS NOT NULL")
    }

    /// The same details through a new read-only connection to the same file; nil for a graph in
    /// memory (nothing to reconnect to) or when the file cannot be opened again.
    func reopened() -> DetailSource? {
        guard file.path != ":memory:",
              let again = try? GraphFile.open(file.path, readOnly: true, schema: file.schema) else { return nil }
        return try? DetailSource(again)
    }

    func nodeProperties(rowid: Int64) -> [(key: String, value: Value)] {
        lock.withLock {
            nodeProps.reset()
            nodeProps.bind(1, rowid)
            guard (try? nodeProps.step()) == true, let text = nodeProps.optionalString(0) else { return [] }
            return PropertyJSON.decode(text)
        }
    }

    /// One property, extracted by SQLite (a DOT export asks for 125,000 Article titles; decoding
    /// every property in Swift was a tenth of it). Nil when missing or not a string.
    func nodeStringProperty(_ key: String, rowid: Int64) -> String? {
        // SQLite's JSON path `$."key"`; a key with a quote in it has no path, so it is looked up whole.
        guard !key.contains("\"") else {
            return nodeProperties(rowid: rowid).first(where: { $0.key == key })?.value.stringValue
        }
        return lock.withLock {
            nodeStringProperty.reset()
            nodeStringProperty.bind(1, "$.\"\(key)\"")
            nodeStringProperty.bind(2, rowid)
            guard (try? nodeStringProperty.step()) == true else { return nil }
            return nodeStringProperty.optionalString(0)
        }
    }

    func nodeRowID(externalID: String) -> Int64? {
        lock.withLock {
            nodeByExternalID.reset()
            nodeByExternalID.bind(1, externalID)
            return (try? nodeByExternalID.step()) == true ? nodeByExternalID.int(0) : nil
        }
    }

    private var cachedNodeKeys: [String: Set<String>]?
    private var cachedEdgeKeys: Set<String>?

    /// Node property keys per kind name, read once with one scan of every node's properties
    /// (SQLite's `json_each`; half a second at 1M claims): completion after `c.` uses them by kind,
    /// the binder their union.
    var nodePropertyKeysByKind: [String: Set<String>] {
        lock.withLock {
            if let cachedNodeKeys { return cachedNodeKeys }
            var result: [String: Set<String>] = [:]
            let sql = "SELECT DISTINCT kind.name, j.key FROM node JOIN kind ON kind.id = node.kind, json_each(node.props) j "
                + "WHERE node.props IS NOT NULL"
            if let statement = try? file.database.prepare(sql) {
                while (try? statement.step()) == true { result[statement.string(0), default: []].insert(statement.string(1)) }
            }
            cachedNodeKeys = result
            return result
        }
    }

    /// Property keys some edge carries, read once.
    var edgePropertyKeys: Set<String> {
        lock.withLock {
            if let cachedEdgeKeys { return cachedEdgeKeys }
            var result: Set<String> = []
            if let statement = try? file.database.prepare(
                "SELECT DISTINCT j.key FROM edge, json_each(edge.props) j WHERE edge.props IS NOT NULL") {
                while (try? statement.step()) == true { result.insert(statement.string(0)) }
            }
            cachedEdgeKeys = result
            return result
        }
    }

    /// Only the evidence, through one prepared statement: what a citation needs from disk, cheap
    /// enough to ask once per claim of a whole graph (DOT export).
    func evidence(rowid: Int64) -> String? {
        lock.withLock {
            evidenceByRowID.reset()
            evidenceByRowID.bind(1, rowid)
            guard (try? evidenceByRowID.step()) == true else { return nil }
            return evidenceByRowID.optionalString(0)
        }
    }

    /// Runs `body` inside one read transaction, so a million detail reads (a whole-graph export)
    /// see one snapshot and do not each take and drop SQLite's file locks (25,000 `fcntl` and
    /// 12,500 `stat` calls for a 100k-claim export).
    /// The file is memory-mapped meanwhile: random reads all over it then cost no `pread` each.
    func snapshot<T>(_ body: () throws -> T) throws -> T {
        try? file.database.exec("PRAGMA mmap_size=\(1 << 40)")
        defer { try? file.database.exec("PRAGMA mmap_size=0") }
        return try file.database.transaction(immediate: false, body)
    }

    struct MissingClaim: Error {}

    func claim(rowid: Int64) throws -> ClaimRecord {
        try lock.withLock {
            guard let record = try file.claim(rowid: rowid) else { throw MissingClaim() }
            return record
        }
    }
}
