// weft-bench: in-process measurements the shell's `time` cannot make, printed as one JSON object.
//   weft-bench open GRAPH.weft [--runs N]   time to a queryable MemoryGraph, resident bytes per claim
//   weft-bench query GRAPH.weft QUERY [--runs N] [--budget S]   parse + plan + run + rows, median of
//       N warm runs, with the row count and an order-free digest of the rows
import Foundation
import WeftEngine
import WeftQuery
import WeftStore

/// glibc's malloc_trim (malloc.h is not in the Glibc module): returns freed heap pages to the system.
@_silgen_name("malloc_trim") func mallocTrim(_ pad: Int) -> Int32

/// Resident set size of this process, from /proc/self/status (VmRSS).
func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }
    return 0
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("weft-bench: \(message)\n".utf8))
    exit(64)
}

/// FNV-1a over the rows as tab-separated plain text, sorted: an order-free fingerprint of a
/// result that Benchmarks/queries.py computes the same way for the peers' rows.
func digest(_ table: ResultTable, graph: MemoryGraph) -> String {
    let lines = table.rows.map { row in row.map { ValueText.plain($0, graph: graph) }.joined(separator: "\t") }.sorted()
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in lines.joined(separator: "\n").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
}

/// `--name value` from the arguments after the positional ones.
func option(_ name: String, in arguments: [String]) -> String? {
    guard let k = arguments.firstIndex(of: name), k + 1 < arguments.count else { return nil }
    return arguments[k + 1]
}

Allocator.tune()  // as `weft` does
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 3, arguments[0] == "query" {
    // --runs N warm runs after two warm-ups; --budget S stops earlier once the warm runs took S
    // seconds (at least 3 runs), so that a slow query stays bounded in time.
    let runs = option("--runs", in: arguments).flatMap { Int($0) } ?? 20
    let budget = option("--budget", in: arguments).flatMap { Double($0) } ?? .infinity
    let graph: MemoryGraph
    do { graph = try GraphFile.open(arguments[1], readOnly: true).loadMemoryGraph() } catch { fail("\(error)") }
    let session = Session(graph: graph)
    var times: [Double] = []
    var last: ResultTable?
    var spent = 0.0
    for run in 0..<(runs + 2) {
        let start = Date()
        let source = SourceText(arguments[2])
        let parsed = Parser.parseScript(source)
        guard let statement = parsed.statements.first, !parsed.diagnostics.contains(where: { $0.severity == .error }) else {
            fail(parsed.diagnostics.map { DiagnosticRenderer.render($0, source: source, origin: nil) }.joined(separator: "\n"))
        }
        do {
            if case .table(let table) = try session.execute(statement, source: source) { last = table }
        } catch {
            fail(DiagnosticRenderer.render(error, source: source, origin: nil))
        }
        let seconds = Date().timeIntervalSince(start)
        times.append(seconds)
        if run >= 2 { spent += seconds }
        if run >= 4, spent >= budget { break }
    }
    let warm = times.dropFirst(2).sorted()
    let rows = last?.rows.count ?? 0
    var result: [String: Any] = ["query": arguments[2], "rows": rows, "runs": warm.count,
                                 "median_ms": warm[warm.count / 2] * 1000, "min_ms": warm[0] * 1000, "max_ms": warm[warm.count - 1] * 1000]
    if let last {
        result["digest"] = digest(last, graph: graph)
        if rows <= 40 { result["sample"] = last.rows.map { $0.map { ValueText.plain($0, graph: graph) } } }
    }
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    exit(0)
}
guard arguments.count >= 2, arguments[0] == "open" else { fail("usage: weft-bench open GRAPH.weft [--runs N] | query GRAPH.weft QUERY [--runs N] [--budget S]") }
let path = arguments[1]
let runs = arguments.count >= 4 && arguments[2] == "--runs" ? Int(arguments[3]) ?? 5 : 5

var seconds: [Double] = []
var bytesPerClaim = 0.0, indexBytesPerClaim = 0.0, claims = 0, nodes = 0
for run in 0..<runs {
    // The first run also measures memory: RSS after the open minus before, with the graph file
    // closed and freed transient arrays returned to the system, so only the indexes remain.
    _ = mallocTrim(0)
    let before = residentBytes()
    let start = Date()
    let graph: MemoryGraph
    do {
        graph = try GraphFile.open(path, readOnly: true).loadMemoryGraph()
    } catch {
        fail("\(error)")
    }
    seconds.append(Date().timeIntervalSince(start))
    if run == 0 {
        _ = mallocTrim(0)
        claims = graph.edgeCount
        nodes = graph.nodeCount
        bytesPerClaim = Double(residentBytes() - before) / Double(max(claims, 1))
        indexBytesPerClaim = Double(graph.approximateBytes) / Double(max(claims, 1))
    }
    withExtendedLifetime(graph) {}
}
let sorted = seconds.sorted()
let median = sorted[sorted.count / 2]
let result: [String: Any] = [
    "graph": path, "claims": claims, "nodes": nodes, "runs": runs,
    "open_seconds_median": median, "open_seconds_min": sorted[0], "open_seconds_max": sorted[sorted.count - 1],
    "claims_per_second": Int(Double(claims) / median),
    "resident_bytes_per_claim": (bytesPerClaim * 10).rounded() / 10,
    "index_bytes_per_claim": (indexBytesPerClaim * 10).rounded() / 10,
]
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
