// Helpers for driving the real `weft` binary: fixture files, big inputs, background runs.
import Foundation
import WeftTestSupport

enum CLI {
    static var seed: String { Paths.repository.appendingPathComponent("graphs/seed/seed-graph.jsonl").path }

    /// Writes a JSON Lines file of `claims` PRAISES claims among a few hundred people (large enough
    /// that importing it takes seconds in a debug build).
    static func writeBigInput(claims: Int, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        var block = ""
        for i in 0..<500 {
            block += #"{"type": "node", "id": "big\#(i)", "labels": ["Person"], "properties": {"name": "Nguyễn Văn Đức \#(i)", "aliases": []}}"# + "\n"
        }
        for i in 0..<claims {
            block += #"{"type": "relationship", "id": "bige\#(i)", "label": "PRAISES", "start": {"id": "big\#(i % 500)"}, "end": {"id": "big\#((i * 7) % 500)"}, "properties": {"negated": false, "modality": "asserted", "evidence": "Thủ tướng đánh giá cao sự hợp tác, hỗ trợ hiệu quả số \#(i)"}}"# + "\n"
            if block.utf8.count > 1 << 20 {
                handle.write(Data(block.utf8))
                block = ""
            }
        }
        handle.write(Data(block.utf8))
        try handle.close()
    }

    /// Starts `weft` with `arguments` in the background, output discarded.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Paths.executable("weft")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let input = Pipe()
        process.standardInput = input
        try process.run()
        try? input.fileHandleForWriting.close()
        return process
    }

    /// Waits until `process` has run `seconds`; false if it ended before that.
    static func stillRunning(_ process: Process, after seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !process.isRunning { return false }
            usleep(20_000)
        }
        return process.isRunning
    }
}
