// The exit codes of SPEC §3 (sysexits), and the one place errors become messages on stderr.
import ArgumentParser
import Foundation
import WeftIngest
import WeftShell
import WeftStore

enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let cannotOpen = ExitCode(66)
    static let internalError = ExitCode(70)
    static let interrupted = ExitCode(130)
}

/// Prints `message` on stderr as one line.
func report(_ message: String) {
    FileHandle.standardError.write(Data("weft: \(message)\n".utf8))
}

/// Runs `body`, turning the library's errors into a message and the matching exit code.
func withExitCodes(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as GraphFileError {
        report(error.description)
        throw Exit.cannotOpen
    } catch let error as InputError {
        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
        throw Exit.dataError
    } catch let error as CannotOpenInput {
        report(error.message)
        throw Exit.cannotOpen
    } catch let error as MissingLexicon {
        report(error.message)
        throw Exit.cannotOpen
    } catch let error as ExportFailure {
        report(error.message)
        switch error.reason {
        case .cannotWrite: throw Exit.cannotOpen
        case .notFound: throw Exit.usage
        case .graphviz: throw Exit.internalError
        }
    } catch is Interrupted {
        report("interrupted; nothing after the last committed change was written")
        throw Exit.interrupted
    } catch let error as ExitCode {
        throw error
    } catch {
        report("internal error: \(error)")
        throw Exit.internalError
    }
}

struct CannotOpenInput: Error {
    let message: String
}
