// weft-bench: in-process measurements the shell's `time` cannot make, printed as one JSON object.
//   weft-bench open GRAPH.weft [--runs N]   time to a queryable MemoryGraph, resident bytes per claim
//   weft-bench query GRAPH.weft QUERY [--runs N]   parse + plan + run + rows, median of N warm runs
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

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 3, arguments[0] == "query" {
    let runs = arguments.count >= 5 && arguments[3] == "--runs" ? Int(arguments[4]) ?? 20 : 20
    let graph: MemoryGraph
    do { graph = try GraphFile.open(arguments[1], readOnly: true).loadMemoryGraph() } catch { fail("\(error)") }
    let session = Session(graph: graph)
    var times: [Double] = []
    var rows = 0
    for _ in 0..<(runs + 2) {
        let start = Date()
        let source = SourceText(arguments[2])
        let parsed = Parser.parseScript(source)
        guard let statement = parsed.statements.first else { fail("\(parsed.diagnostics)") }
        do {
            if case .table(let table) = try session.execute(statement, source: source) { rows = table.rows.count }
        } catch {
            fail(DiagnosticRenderer.render(error, source: source, origin: nil))
        }
        times.append(Date().timeIntervalSince(start))
    }
    let warm = times.dropFirst(2).sorted()
    let result: [String: Any] = ["query": arguments[2], "rows": rows, "runs": runs,
                                 "median_ms": warm[warm.count / 2] * 1000, "min_ms": warm[0] * 1000, "max_ms": warm[warm.count - 1] * 1000]
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    exit(0)
}
guard arguments.count >= 2, arguments[0] == "open" else { fail("usage: weft-bench open GRAPH.weft [--runs N] | query GRAPH.weft QUERY [--runs N]") }
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
