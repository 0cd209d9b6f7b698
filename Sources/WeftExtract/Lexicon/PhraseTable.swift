// Phrases of one or more syllables matched longest-first by fold, over a sentence's tokens.

/// Maps syllable sequences (fold keys) to values; `longest(at:)` finds the longest phrase starting
/// at a token. Phrases are tokenised with the same Tokenizer as the text, so "Covid-19" agrees.
struct PhraseTable<Value> {
    /// Match by fold (names: with or without diacritics) or by lower case with tones (words).
    var byFold = false
    private var byFirst: [String: [(keys: [String], value: Value)]] = [:]

    init(byFold: Bool = false) { self.byFold = byFold }

    /// Adds `phrase`; `merge` combines a value already stored for the same phrase.
    mutating func add(_ phrase: String, _ value: Value, merge: (Value, Value) -> Value = { _, new in new }) {
        let keys = Tokenizer.tokens(in: Normaliser.normalise(phrase)).filter(\.isWord).map(key)
        guard let first = keys.first else { return }
        var list = byFirst[first, default: []]
        if let index = list.firstIndex(where: { $0.keys == keys }) {
            list[index].value = merge(list[index].value, value)
        } else {
            list.append((keys, value))
            list.sort { $0.keys.count > $1.keys.count }
        }
        byFirst[first] = list
    }

    private func key(_ token: Token) -> String { byFold ? token.key : token.lower }

    /// The longest phrase starting at `index` in `tokens`, as (length in tokens, value).
    func longest(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard let candidates = byFirst[key(tokens[index])] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= tokens.count {
            var matched = true
            for (offset, key) in candidate.keys.enumerated() where self.key(tokens[index + offset]) != key {
                matched = false
                break
            }
            if matched { return (candidate.keys.count, candidate.value) }
        }
        return nil
    }

    func contains(_ phrase: String) -> Bool {
        let keys = Tokenizer.tokens(in: Normaliser.normalise(phrase)).filter(\.isWord).map(key)
        return keys.first.flatMap { byFirst[$0] }?.contains { $0.keys == keys } ?? false
    }
}
extension PhraseTable: Sendable where Value: Sendable {}
