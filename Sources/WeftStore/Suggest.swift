// "Did you mean": the closest name by edit distance on folded names (4+ characters, distance ≤ 2).
import WeftText

enum Suggest {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let key = Fold.key(name)
        guard key.count >= 4 else { return nil }
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            guard let d = EditDistance.distance(key, Fold.key(candidate), limit: 2) else { continue }
            if let current = best, current.distance <= d { continue }
            best = (d, candidate)
        }
        return best?.name
    }
}
