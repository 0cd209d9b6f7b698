// A .weft graph file: opening with checks, creating atomically, and one transaction per change.
import Foundation
import WeftModel

/// An open graph database. Every change goes through `write`, one transaction, so a crash or
/// Ctrl-C leaves the file as it was; WAL mode lets other processes read meanwhile.
public final class GraphFile {
    public let path: String
    public let schema: Schema
    let database: SQLiteDatabase
    /// Stored kind/type ids → the schema's, and back.
    private(set) var kindByStoredID: [Int64: KindID] = [:]
    private(set) var typeByStoredID: [Int64: RelationTypeID] = [:]
    private(set) var storedKindID: [KindID: Int64] = [:]
    private(set) var storedTypeID: [RelationTypeID: Int64] = [:]

    private init(path: String, database: SQLiteDatabase, schema: Schema) {
        self.path = path
        self.database = database
        self.schema = schema
    }

    /// Opens an existing graph, checking that it is a weft graph this version can read.
    /// `readOnly` promises no writes; a file that cannot be written is opened read-only.
    public static func open(_ path: String, readOnly: Bool = false, schema: Schema = .bundled) throws(GraphFileError) -> GraphFile {
        try checkHeader(path)
        // Readers too open read-write when they may: the last connection to close then folds the
        // write-ahead log back and removes NAME-wal and NAME-shm, as sqlite3 does.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let writable = FileManager.default.isWritableFile(atPath: path) && FileManager.default.isWritableFile(atPath: folder)
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path, mode: readOnly && !writable ? .readOnly : .readWrite)
        } catch {
            throw GraphFileError(path: path, reason: .sqlite(error.message))
        }
        let file = GraphFile(path: path, database: database, schema: schema)
        try file.checkFormat()
        try file.loadVocabulary()
        return file
    }

    /// An empty graph held in memory only (the REPL's scratch graph, tests).
    public static func inMemory(schema: Schema = .bundled) throws(GraphFileError) -> GraphFile {
        let path = ":memory:"
        do {
            let database = try SQLiteDatabase(path: path, mode: .create)
            let file = GraphFile(path: path, database: database, schema: schema)
            try file.createTables()
            try file.loadVocabulary()
            return file
        } catch let error as GraphFileError {
            throw error
        } catch {
            throw GraphFileError(path: path, reason: .sqlite("\(error)"))
        }
    }

    /// Builds a new graph file at `path` atomically: the tables and whatever `build` writes go into
    /// a temporary file beside it, renamed into place only when everything succeeded. Nothing is
    /// left at `path` if `build` throws or the process dies.
    public static func create<T>(
        _ path: String, schema: Schema = .bundled, _ build: (GraphWriter) throws -> T
    ) throws -> T {
        if FileManager.default.fileExists(atPath: path) { throw GraphFileError(path: path, reason: .exists) }
        removeStalePartials(of: path)
        let partial = "\(path).partial-\(getpid())"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let result: T
            do {
                let database = try SQLiteDatabase(path: partial, mode: .create)
                // A fresh file needs no journal: on failure the whole file is thrown away.
                try database.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144")
                let file = GraphFile(path: path, database: database, schema: schema)
                try file.createTables(withIndexes: false)
                try file.loadVocabulary()
                result = try database.transaction {
                    let writer = try GraphWriter(file, bulk: true)
                    let result = try build(writer)
                    try writer.finish()
                    try database.exec(StorageFormat.indexes)
                    return result
                }
                try database.exec("PRAGMA journal_mode=WAL")
            }
            try syncFile(partial)
            guard rename(partial, path) == 0 else {
                throw GraphFileError(path: path, reason: .sqlite("cannot rename the new file into place: \(String(cString: strerror(errno)))"))
            }
            return result
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Runs `body` as one transaction; the file is unchanged if it throws or the process dies.
    public func write<T>(_ body: (GraphWriter) throws -> T) throws -> T {
        do {
            return try database.transaction {
                let writer = try GraphWriter(self)
                let result = try body(writer)
                try writer.finish()
                return result
            }
        } catch {
            try? reloadVocabulary()
            throw error
        }
    }

    // MARK: - Checks

    private static let sqliteMagic = Array("SQLite format 3\0".utf8)

    private static func checkHeader(_ path: String) throws(GraphFileError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw GraphFileError(path: path, reason: .missing)
        }
        if isFolder.boolValue { throw GraphFileError(path: path, reason: .sqlite("is a folder, not a file")) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw GraphFileError(path: path, reason: .sqlite("cannot read the file (permission denied?)"))
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { throw GraphFileError(path: path, reason: .notWeft) }
        guard Array(header) == sqliteMagic else { throw GraphFileError(path: path, reason: .notSQLite) }
    }

    private func checkFormat() throws(GraphFileError) {
        do {
            guard try database.scalarInt("PRAGMA application_id") == StorageFormat.applicationID else {
                throw GraphFileError(path: path, reason: .notWeft)
            }
            let version = try database.scalarInt("PRAGMA user_version") ?? 0
            if version > StorageFormat.version { throw GraphFileError(path: path, reason: .newerFormat(version)) }
            if version < 1 { throw GraphFileError(path: path, reason: .notWeft) }
        } catch let error as GraphFileError {
            throw error
        } catch let error as SQLiteError {
            throw GraphFileError(path: path, reason: error.isNotADatabase ? .notSQLite : .sqlite(error.message))
        } catch {
            throw GraphFileError(path: path, reason: .sqlite("\(error)"))
        }
    }

    private func createTables(withIndexes: Bool = true) throws(SQLiteError) {
        try database.exec("""
            PRAGMA application_id = \(StorageFormat.applicationID);
            PRAGMA user_version = \(StorageFormat.version);
            \(StorageFormat.tables)
            \(withIndexes ? StorageFormat.indexes : "")
            """)
        let meta = try database.prepare("INSERT INTO meta(key, value) VALUES (?, ?)")
        for (key, value) in [("format_version", String(StorageFormat.version)), ("created_by", "weft")] {
            meta.bind(1, key)
            meta.bind(2, value)
            try meta.step()
            meta.reset()
        }
    }

    /// Reads the kind and relation-type tables, adding the schema's entries the file lacks (inside
    /// the caller's transaction when writing), and maps stored ids to the schema's.
    private func loadVocabulary() throws(GraphFileError) {
        do {
            let kinds = try database.prepare("SELECT id, name FROM kind")
            while try kinds.step() {
                let name = kinds.string(1)
                guard let id = schema.kind(named: name) else { throw GraphFileError(path: path, reason: .unknownKind(name)) }
                kindByStoredID[kinds.int(0)] = id
                storedKindID[id] = kinds.int(0)
            }
            let types = try database.prepare("SELECT id, name FROM relation_type")
            while try types.step() {
                let name = types.string(1)
                guard let id = schema.relationType(named: name) else {
                    throw GraphFileError(path: path, reason: .unknownRelationType(name))
                }
                typeByStoredID[types.int(0)] = id
                storedTypeID[id] = types.int(0)
            }
        } catch let error as GraphFileError {
            throw error
        } catch let error as SQLiteError {
            throw GraphFileError(path: path, reason: error.isNotADatabase ? .notSQLite : .sqlite(error.message))
        } catch {
            throw GraphFileError(path: path, reason: .sqlite("\(error)"))
        }
    }

    /// The stored id of `kind`, registering it in this transaction when the file lacks it.
    func storedID(of kind: KindID) throws -> Int64 {
        if let id = storedKindID[kind] { return id }
        let insert = try database.prepare("INSERT INTO kind(name) VALUES (?)")
        insert.bind(1, schema.kind(kind).name)
        try insert.step()
        let id = database.lastInsertRowID
        storedKindID[kind] = id
        kindByStoredID[id] = kind
        return id
    }

    func storedID(of type: RelationTypeID) throws -> Int64 {
        if let id = storedTypeID[type] { return id }
        let insert = try database.prepare("INSERT INTO relation_type(name) VALUES (?)")
        insert.bind(1, schema.relationType(type).name)
        try insert.step()
        let id = database.lastInsertRowID
        storedTypeID[type] = id
        typeByStoredID[id] = type
        return id
    }

    /// Forgets vocabulary registered by a transaction that was rolled back.
    func reloadVocabulary() throws(GraphFileError) {
        kindByStoredID = [:]
        typeByStoredID = [:]
        storedKindID = [:]
        storedTypeID = [:]
        try loadVocabulary()
    }

    // MARK: - Files

    private static func syncFile(_ path: String) throws {
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Partial files left by a process that died while creating `path`.
    private static func removeStalePartials(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
