// How the C allocator is set up for weft's way of using memory.
import Foundation

/// glibc's mallopt (malloc.h is not in the Glibc module).
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

public enum Allocator {
    /// Turns glibc's fastbins off (`M_MXFAST` = 0), once, at the start of a process. A query's
    /// result is hundreds of thousands of small objects (a row array and a String per name) freed
    /// together; with fastbins they pile up unmerged and the next large allocation walks them all
    /// (`malloc_consolidate`: a fifth of Q1 at 5M claims, the top actor's 326,290 rows). Without,
    /// each free merges at once and the per-thread cache still serves the small sizes.
    /// Measured with `weft-bench`, Q1 at 5M: 140–165 → 121–135 ms (docs/benchmarks.md).
    public static func tune() {
        _ = mallopt(1 /* M_MXFAST */, 0)
    }
}
