// "Did you mean": the closest known name by edit distance on fold keys, with a documented cut-off.
import WeftText

public enum Suggestion {
    /// Names shorter than this (after folding) get no suggestion: for `r` or `abc` almost
    /// everything is within two edits, so a guess would be noise.
    public static let minimumLength = 4
    /// The largest edit distance still offered as a suggestion.
    public static let maximumDistance = 2

    /// The candidate closest to `name` compared by `Fold.key` (so case, tone marks and `_`
    /// do not count as edits), or nil when `name` is short or nothing is within
    /// `maximumDistance`. Ties go to the candidate whose fold key sorts first, then to the
    /// one whose own spelling sorts first, so the answer never depends on candidate order.
    public static func bestMatch(for name: String, among candidates: some Sequence<String>) -> String? {
        let key = Fold.key(name)
        guard key.count >= minimumLength else { return nil }
        var best: (distance: Int, key: String, name: String)?
        for candidate in candidates {
            let candidateKey = Fold.key(candidate)
            guard let distance = EditDistance.distance(key, candidateKey, limit: maximumDistance) else { continue }
            let entry = (distance, candidateKey, candidate)
            if let current = best, (current.distance, current.key, current.name) <= entry { continue }
            best = entry
        }
        return best?.name
    }
}
