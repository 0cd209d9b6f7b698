// A benchmark, not a timed test: parses a 1,000-statement script and prints the time taken.
import Foundation
import Testing
@testable import WeftQuery

@Suite struct ParseBenchmark {
    @Test func thousandStatements() {
        let examples = Fixtures.files(in: "Examples").map { String(decoding: Fixtures.bytes("Examples", $0), as: UTF8.self) }
        let all = examples.joined(separator: "\n")
        let perCopy = Parser.parseScript(all).statements.count
        var script = ""
        var statements = 0
        while statements < 1_000 {
            script += all + "\n"
            statements += perCopy
        }
        let source = SourceText(script, origin: "bench.wq")
        var best = Double.infinity
        var parsed = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = Parser.parseScript(source)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            best = min(best, elapsed)
            parsed = result.statements.count
        }
        var sourceBest = Double.infinity, lexBest = Double.infinity
        for _ in 0..<5 {
            var start = DispatchTime.now().uptimeNanoseconds
            let fresh = SourceText(script, origin: "bench.wq")
            sourceBest = min(sourceBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            start = DispatchTime.now().uptimeNanoseconds
            _ = Lexer.tokenize(fresh)
            lexBest = min(lexBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print("parse benchmark: SourceText (NFC + line tables) \(String(format: "%.2f", sourceBest)) ms, lexing alone \(String(format: "%.2f", lexBest)) ms")
        print("parse benchmark: \(parsed) statements, \(script.utf8.count) bytes, best of 5: \(String(format: "%.2f", best)) ms")
        #expect(parsed >= 1_000)
    }
}
