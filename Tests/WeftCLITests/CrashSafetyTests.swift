// Killing weft in the middle of an import leaves the graph file exactly as it was.
import Foundation
import Testing
import WeftTestSupport

@Suite(.serialized) struct CrashSafetyTests {
    static let claims = 400_000

    func prepare() throws -> (folder: URL, graph: String, input: URL) {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("g.weft").path
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let input = folder.appendingPathComponent("big.jsonl")
        try CLI.writeBigInput(claims: CrashSafetyTests.claims, to: input)
        return (folder, graph, input)
    }

    @Test func killMinus9DuringImportLeavesTheGraphUnchanged() throws {
        let (_, graph, input) = try prepare()
        let before = try Run.weft(["export", graph, "--format", "jsonl"]).stdout
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: graph))
        let process = try CLI.start(["import", input.path, "--into", graph])
        #expect(CLI.stillRunning(process, after: 1.5), "the import ended before it could be killed; make the input bigger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // Reopening recovers from the write-ahead log: same claims, same main file bytes.
        let after = try Run.weft(["export", graph, "--format", "jsonl"])
        #expect(after.status == 0)
        #expect(after.stdout == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == bytesBefore)
        // And the graph still takes imports.
        let more = try Run.weft(["import", CLI.seed, "--into", graph])
        #expect(more.status == 0)
        #expect(more.stderr.contains("96 claims"))
    }

    @Test func killMinus9WhileCreatingLeavesNoGraph() throws {
        let (folder, _, input) = try prepare()
        let graph = folder.appendingPathComponent("new.weft").path
        let process = try CLI.start(["import", input.path, "--into", graph])
        #expect(CLI.stillRunning(process, after: 1.0))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: graph))
        // The next import into that name clears the dead process's partial file.
        #expect(try Run.weft(["import", CLI.seed, "--into", graph]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
    }

    @Test func ctrlCDuringImportExits130AndChangesNothing() throws {
        let (_, graph, input) = try prepare()
        let before = try Run.weft(["export", graph, "--format", "jsonl"]).stdout
        let process = try CLI.start(["import", input.path, "--into", graph])
        #expect(CLI.stillRunning(process, after: 1.0))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try Run.weft(["export", graph, "--format", "jsonl"]).stdout == before)
    }

    @Test func ctrlCDuringAnExportExits130AndLeavesTheOldFile() throws {
        let folder = Paths.temporaryFolder()
        let graph = folder.appendingPathComponent("big.weft").path
        let input = folder.appendingPathComponent("big.jsonl")
        try CLI.writeBigInput(claims: 150_000, to: input)
        #expect(try Run.weft(["import", input.path, "--into", graph]).status == 0)
        let target = folder.appendingPathComponent("out.jsonl").path
        try Data("the previous export\n".utf8).write(to: URL(fileURLWithPath: target))
        let process = try CLI.start(["export", graph, "--format", "jsonl", "-o", target])
        // Interrupt once the temporary file has something in it.
        let partial = "\(target).partial-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline,
              ((try? FileManager.default.attributesOfItem(atPath: partial))?[.size] as? Int ?? 0) < 1 << 20 {
            usleep(5_000)
        }
        #expect(process.isRunning, "the export ended before it could be interrupted; make the input bigger")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the previous export\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anotherProcessReadsWhileAnImportWrites() throws {
        let (_, graph, input) = try prepare()
        let before = try Run.weft(["export", graph, "--format", "jsonl"]).stdout
        let process = try CLI.start(["import", input.path, "--into", graph])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(CLI.stillRunning(process, after: 1.0))
        // Mid-import, a reader sees the last committed graph, at once and in full.
        let during = try Run.weft(["export", graph, "--format", "jsonl"])
        #expect(during.status == 0)
        #expect(during.stdout == before)
        #expect(process.isRunning)
    }
}
