// `weft import` and `weft export` as a user runs them: output, messages, exit codes.
import Foundation
import Testing
import WeftStore
import WeftTestSupport

@Suite struct ImportExportCommandTests {
    @Test func importThenExportGivesTheSameBytes() throws {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("seed.weft").path
        let imported = try Run.weft(["import", CLI.seed, "--into", graph])
        #expect(imported.status == 0)
        #expect(imported.stdout == "")
        #expect(imported.stderr.contains("imported 34 nodes and 96 claims"))
        let exported = try Run.weft(["export", graph, "--format", "jsonl"])
        #expect(exported.status == 0)
        #expect(exported.stdout == (try String(contentsOfFile: CLI.seed, encoding: .utf8)))
        let out = folder.appendingPathComponent("out.jsonl").path
        #expect(try Run.weft(["export", graph, "--format", "jsonl", "-o", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == exported.stdout)
        let summary = try Run.weft([graph])
        #expect(summary.status == 0, "\(summary.stderr)")
        // Reading leaves no write-ahead log or shared-memory file beside the graph.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out.jsonl", "seed.weft"])
    }

    @Test func importReadsStandardInput() throws {
        let graph = Paths.temporaryFolder().appendingPathComponent("stdin.weft").path
        let result = try Run.weft(["import", "-", "--into", graph], stdin: try String(contentsOfFile: CLI.seed, encoding: .utf8))
        #expect(result.status == 0)
        #expect(try Run.weft(["export", graph, "--format", "jsonl"]).stdout == (try String(contentsOfFile: CLI.seed, encoding: .utf8)))
    }

    @Test func aBadLineExits65NamingFileAndLineAndChangesNothing() throws {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("g.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: graph))
        let bad = folder.appendingPathComponent("bad.jsonl")
        try """
            {"type": "node", "id": "t1", "labels": ["Topic"], "properties": {"name": "năng lượng tái tạo"}}
            {"type": "relationship", "id": "x", "label": "SUPPORTS", "start": {"id": "t1"}, "end": {"id": "n1"}, "properties": {}}
            """.write(to: bad, atomically: true, encoding: .utf8)
        let result = try Run.weft(["import", bad.path, "--into", graph], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr == "\(bad.path):2: error: relationship x: SUPPORTS cannot go from a Topic to a Person; it takes Person, Country, Organization, Group → Person, Country, Organization, Group, Location, Topic\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
    }

    @Test func aFailedImportIntoANewFileLeavesNoFile() throws {
        let folder = Paths.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.jsonl")
        try "{\"type\": \"node\"\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try Run.weft(["import", bad.path, "--into", folder.appendingPathComponent("new.weft").path])
        #expect(result.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.jsonl"])
    }

    @Test func filesThatCannotBeOpenedExit66() throws {
        let folder = Paths.temporaryFolder()
        let text = folder.appendingPathComponent("notes.weft").path
        try "not a graph".write(toFile: text, atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("other.db").path
        try SQLiteDatabase(path: other, mode: .create).exec("CREATE TABLE people(name TEXT)")
        let newer = folder.appendingPathComponent("newer.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", newer]).status == 0)
        try SQLiteDatabase(path: newer, mode: .readWrite).exec("PRAGMA user_version = 2")
        let cases: [([String], String)] = [
            ([other], "an SQLite database, but not a weft graph"),
            (["export", newer, "--format", "jsonl"], "format version 2 is newer than this weft reads (1); upgrade weft"),
            (["import", CLI.seed, "--into", other], "an SQLite database, but not a weft graph"),
            (["export", folder.appendingPathComponent("missing.weft").path, "--format", "jsonl"], "no such file"),
            (["export", text, "--format", "jsonl"], "not a weft graph (not an SQLite database)"),
            ([folder.appendingPathComponent("missing.weft").path], "no such file"),
            (["import", folder.appendingPathComponent("missing.jsonl").path, "--into", folder.appendingPathComponent("g.weft").path],
             "No such file or directory"),
            (["import", CLI.seed, "--into", text], "not a weft graph (not an SQLite database)"),
        ]
        for (arguments, message) in cases {
            let result = try Run.weft(arguments)
            #expect(result.status == 66, "\(arguments)")
            #expect(result.stderr.hasPrefix("weft: cannot open"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["newer.weft", "notes.weft", "other.db"])
    }

    @Test func usageErrorsExit64() throws {
        let wrongFlag = try Run.weft(["import", CLI.seed, "--int", "x.weft"])
        #expect(wrongFlag.status == 64)
        let wrongFormat = try Run.weft(["export", "g.weft", "--format", "xml"])
        #expect(wrongFormat.status == 64)
        #expect(wrongFormat.stderr.contains("jsonl"))
    }

    @Test func progressOnlyWhenAsked() throws {
        let folder = Paths.temporaryFolder()
        let input = folder.appendingPathComponent("big.jsonl")
        try CLI.writeBigInput(claims: 40_000, to: input)
        let quiet = try Run.weft(["import", input.path, "--into", folder.appendingPathComponent("a.weft").path])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("\r"))
        let loud = try Run.weft(["import", input.path, "--into", folder.appendingPathComponent("b.weft").path, "--progress", "always"])
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("lines"))
        #expect(loud.stderr.contains("/s"))
    }
}

@Suite struct GeneratedGraphTests {
    /// A generated news-like graph (Vietnamese names, typed properties, every relation type)
    /// survives weft-gen → import → export with every line equal as JSON.
    @Test func generatedGraphRoundTrips() throws {
        let folder = Paths.temporaryFolder()
        let input = folder.appendingPathComponent("gen.jsonl").path
        let generated = try Run.command(Paths.executable("weft-gen"), ["--claims", "5000", "--seed", "7", "-o", input])
        #expect(generated.status == 0)
        let graph = folder.appendingPathComponent("gen.weft").path
        #expect(try Run.weft(["import", input, "--into", graph]).status == 0)
        let exported = try Run.weft(["export", graph, "--format", "jsonl"])
        #expect(exported.status == 0)
        let original = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n")
        let back = exported.stdout.split(separator: "\n")
        #expect(original.count == back.count)
        for (a, b) in zip(original, back) {
            let x = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? NSDictionary
            let y = try JSONSerialization.jsonObject(with: Data(b.utf8)) as? NSDictionary
            #expect(x == y, "\(a)")
        }
    }
}

@Suite struct SpecialFileOutputTests {
    /// `-o` naming a pipe (as /dev/null or /dev/stdout would be a device) writes into it: the
    /// atomic rename used for regular files would replace the special file itself.
    @Test func exportingIntoAPipeKeepsThePipe() throws {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("g.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let fifo = folder.appendingPathComponent("out.pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let result = try Run.weft(["export", graph, "--format", "jsonl", "-o", fifo])
        #expect(result.status == 0)
        while !reader.isFinished { usleep(10_000) }
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the pipe was replaced")
        #expect(String(decoding: received, as: UTF8.self) == (try String(contentsOfFile: CLI.seed, encoding: .utf8)))
    }
}
