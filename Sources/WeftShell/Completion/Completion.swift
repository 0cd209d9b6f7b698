// What Tab offers: the word before the cursor to replace, and the candidates to replace it with.

public struct Completion: Equatable, Sendable {
    /// How many Characters before the cursor the candidates replace.
    public var replacing: Int
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    public static let none = Completion(replacing: 0, candidates: [])

    /// The longest common prefix of the candidates, in Characters.
    public var commonPrefix: String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let other = Array(candidate)
            var n = 0
            while n < min(prefix.count, other.count), prefix[n] == other[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }
}
