// Opening graph files: every kind of wrong file is a one-line error naming it; readers beside a writer.
import Foundation
import Testing
import WeftModel
@testable import WeftStore
import WeftTestSupport

@Suite struct GraphFileTests {
    func openError(_ path: String) -> String? {
        do { _ = try GraphFile.open(path); return nil } catch { return error.description }
    }

    @Test func missingFile() {
        #expect(openError("/nonexistent/g.weft") == "cannot open graph '/nonexistent/g.weft': no such file")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/g.weft"))
    }

    @Test func notSQLite() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("text.weft").path
        try "Thủ tướng Phạm Minh Chính".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(openError(path) == "cannot open graph '\(path)': not a weft graph (not an SQLite database)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Thủ tướng Phạm Minh Chính")
    }

    @Test func emptyFile() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("empty.weft").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(openError(path) == "cannot open graph '\(path)': an SQLite database, but not a weft graph")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    @Test func sqliteButNotWeft() throws {
        let path = Paths.temporaryFolder().appendingPathComponent("other.db").path
        let db = try SQLiteDatabase(path: path, mode: .create)
        try db.exec("CREATE TABLE people(name TEXT)")
        #expect(openError(path) == "cannot open graph '\(path)': an SQLite database, but not a weft graph")
    }

    @Test func newerFormatVersion() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        try SQLiteDatabase(path: path, mode: .readWrite).exec("PRAGMA user_version = 7")
        #expect(openError(path) == "cannot open graph '\(path)': format version 7 is newer than this weft reads (1); upgrade weft")
    }

    @Test func unknownRelationTypeInTheFile() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        try SQLiteDatabase(path: path, mode: .readWrite).exec("UPDATE relation_type SET name = 'GREETS' WHERE name = 'PHONES'")
        #expect(openError(path) == "cannot open graph '\(path)': it uses the relation type `GREETS`, which this weft's schema lacks")
    }

    @Test func createRefusesAnExistingFile() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        #expect(throws: GraphFileError(path: path, reason: .exists)) { try GraphFile.create(path) { _ in } }
    }

    @Test func aReaderSeesTheCommittedGraphWhileAWriterWorks() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let writer = try GraphFile.open(path)
        try writer.write { writer in
            try writer.put(NodeRecord(id: "new", kind: KindID(5), name: "chủ đề mới"))
            // Mid-transaction, a second connection (as another process would) reads the old graph.
            let reader = try GraphFile.open(path, readOnly: true)
            #expect(reader.nodeCount == 6)
            #expect(try reader.loadMemoryGraph().nodeCount == 6)
        }
        #expect(try GraphFile.open(path, readOnly: true).nodeCount == 7)
    }

    @Test func tablesCarryTheFormatMarks() throws {
        let path = try Fixtures.graphFile(Fixtures.small)
        let db = try SQLiteDatabase(path: path, mode: .readOnly)
        #expect(try db.scalarInt("PRAGMA application_id") == 0x7765_6674)
        #expect(try db.scalarInt("PRAGMA user_version") == 1)
        let statement = try db.prepare("SELECT journal_mode FROM pragma_journal_mode")
        #expect(try statement.step())
        #expect(statement.string(0) == "wal")
        // The claims view reads like the JSON: names, modality words, ISO dates.
        let view = try db.prepare("SELECT subject, type, object, modality, date, negated FROM claims WHERE id = 'e4'")
        #expect(try view.step())
        #expect([view.string(0), view.string(1), view.string(2), view.string(3), view.string(4)]
                == ["Nhật Bản", "PLEDGES", "Việt Nam", "future", "2021-04-20"])
        #expect(view.int(5) == 1)
    }
}
