// Runs a built executable as a user would: arguments, standard input, captured output, exit code.
import Foundation

public struct RunResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public enum Run {
    /// Runs `executable` with `arguments`, feeding `stdin` (or /dev/null), and waits for it.
    public static func command(
        _ executable: URL, _ arguments: [String], stdin: String? = nil,
        environment: [String: String] = [:], in folder: URL? = nil
    ) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // Always a pipe, closed after writing: the child must see its input end, never inherit the
        // test runner's (FileHandle.nullDevice is not reliably /dev/null for a child here).
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the built `weft` binary.
    public static func weft(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> RunResult {
        try command(Paths.executable("weft"), arguments, stdin: stdin, environment: environment, in: folder)
    }
}
