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

    init(_ file: GraphFile) throws {
        self.file = file
        nodeProps = try file.database.prepare("SELECT props FROM node WHERE id = ?")
        nodeByExternalID = try file.database.prepare("SELECT id FROM node WHERE ext = ?")
        evidenceByRowID = try file.database.prepare("SELECT evidence FROM edge WHERE id = ?")
    }

    func nodeProperties(rowid: Int64) -> [(key: String, value: Value)] {
        lock.withLock {
            nodeProps.reset()
            nodeProps.bind(1, rowid)
            guard (try? nodeProps.step()) == true, let text = nodeProps.optionalString(0) else { return [] }
            return PropertyJSON.decode(text)
        }
    }

    func nodeRowID(externalID: String) -> Int64? {
        lock.withLock {
            nodeByExternalID.reset()
            nodeByExternalID.bind(1, externalID)
            return (try? nodeByExternalID.step()) == true ? nodeByExternalID.int(0) : nil
        }
    }

    private var cachedKeys: (nodes: Set<String>, edges: Set<String>)?

    /// Property keys used in the graph (SQLite's JSON functions over `props`), read once.
    var propertyKeys: (nodes: Set<String>, edges: Set<String>) {
        lock.withLock {
            if let cachedKeys { return cachedKeys }
            func keys(_ table: String) -> Set<String> {
                guard let statement = try? file.database.prepare(
                    "SELECT DISTINCT j.key FROM \(table), json_each(\(table).props) j WHERE \(table).props IS NOT NULL")
                else { return [] }
                var result: Set<String> = []
                while (try? statement.step()) == true { result.insert(statement.string(0)) }
                return result
            }
            let found = (keys("node"), keys("edge"))
            cachedKeys = found
            return found
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

    struct MissingClaim: Error {}

    func claim(rowid: Int64) throws -> ClaimRecord {
        try lock.withLock {
            guard let record = try file.claim(rowid: rowid) else { throw MissingClaim() }
            return record
        }
    }
}
