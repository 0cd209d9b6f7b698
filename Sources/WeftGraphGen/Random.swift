// Deterministic pseudo-random numbers: SplitMix64, and samplers built only from exactly
// rounded IEEE operations (+, /) so that the same seed gives the same draws on every machine.

/// SplitMix64 (Steele, Lea, Flood 2014): 64-bit state, full period, good enough for test data.
public struct SplitMix64: Sendable {
    private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one stream of a seed (an article, a node kind), independent of the others.
    init(seed: UInt64, stream: UInt64, salt: UInt64 = 0) {
        state = SplitMix64.mix(seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019 &* (salt &+ 1)))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound (Lemire's multiply-shift; the tiny bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Draws an index 0..<n with probability proportional to 1/(k + offset), k = 1-based rank:
/// Zipf with s = 1 (offset 0) or Zipf–Mandelbrot (offset > 0, a flatter head). Only + and /
/// are used to build the table, so it is bit-identical everywhere.
struct RankSampler {
    private let cdf: [Double]

    init(count: Int, offset: Double = 0) {
        precondition(count > 0)
        var cdf = [Double](repeating: 0, count: count)
        var sum = 0.0
        for k in 0..<count {
            sum += 1.0 / (Double(k + 1) + offset)
            cdf[k] = sum
        }
        for k in 0..<count { cdf[k] /= sum }
        cdf[count - 1] = 1.0
        self.cdf = cdf
    }

    var count: Int { cdf.count }

    /// The probability of rank `k` (0-based).
    func probability(_ k: Int) -> Double { k == 0 ? cdf[0] : cdf[k] - cdf[k - 1] }

    func draw(_ rng: inout SplitMix64) -> Int {
        let u = rng.unit()
        var lo = 0, hi = cdf.count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if cdf[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

/// Draws an index with probability proportional to integer weights.
struct WeightedChoice {
    private let cumulative: [Int]

    init(_ weights: [Int]) {
        var sum = 0
        cumulative = weights.map { sum += $0; return sum }
        precondition(sum > 0)
    }

    func draw(_ rng: inout SplitMix64) -> Int {
        let u = rng.below(cumulative[cumulative.count - 1])
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
