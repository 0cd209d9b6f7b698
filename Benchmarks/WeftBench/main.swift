// weft-bench: in-process measurements the shell's `time` cannot make, printed as one JSON object.
//   weft-bench open GRAPH.weft [--runs N]   time to a queryable MemoryGraph, resident bytes per claim
import Foundation
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
guard arguments.count >= 2, arguments[0] == "open" else { fail("usage: weft-bench open GRAPH.weft [--runs N]") }
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
