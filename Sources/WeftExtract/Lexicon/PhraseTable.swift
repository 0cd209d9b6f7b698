// Phrases of one or more syllables matched longest-first by fold, over a sentence's tokens.

/// Maps syllable sequences (fold keys) to values; `longest(at:)` finds the longest phrase starting
/// at a token. Phrases are tokenised with the same Tokenizer as the text, so "Covid-19" agrees.
/// Syllables are compared by their 64-bit hashes (Token.keyCode / lowerCode): a look-up hashes no
/// String and compares none.
struct PhraseTable<Value> {
    /// Match by fold (names: with or without diacritics) or by lower case with tones (words).
    var byFold = false
    private var byFirst: [UInt64: [(codes: [UInt64], value: Value)]] = [:]

    init(byFold: Bool = false) { self.byFold = byFold }

    /// Adds `phrase`; `merge` combines a value already stored for the same phrase.
    mutating func add(_ phrase: String, _ value: Value, merge: (Value, Value) -> Value = { _, new in new }) {
        let codes = self.codes(phrase)
        guard let first = codes.first else { return }
        var list = byFirst[first, default: []]
        if let index = list.firstIndex(where: { $0.codes == codes }) {
            list[index].value = merge(list[index].value, value)
        } else {
            list.append((codes, value))
            list.sort { $0.codes.count > $1.codes.count }
        }
        byFirst[first] = list
    }

    private func codes(_ phrase: String) -> [UInt64] {
        // Punctuation stays: "George W. Bush" and "TP. Hồ Chí Minh" match only as written.
        Tokenizer.tokens(in: Normaliser.normalise(phrase)).map(code)
    }

    @inline(__always) private func code(_ token: Token) -> UInt64 { byFold ? token.keyCode : token.lowerCode }

    /// The longest phrase starting at `index` in `tokens`, as (length in tokens, value).
    func longest(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard let candidates = byFirst[code(tokens[index])] else { return nil }
        for candidate in candidates where index + candidate.codes.count <= tokens.count {
            var matched = true
            var offset = 1
            while offset < candidate.codes.count {
                if code(tokens[index + offset]) != candidate.codes[offset] {
                    matched = false
                    break
                }
                offset += 1
            }
            if matched { return (candidate.codes.count, candidate.value) }
        }
        return nil
    }

    func contains(_ phrase: String) -> Bool {
        let codes = self.codes(phrase)
        return codes.first.flatMap { byFirst[$0] }?.contains { $0.codes == codes } ?? false
    }
}
extension PhraseTable: Sendable where Value: Sendable {}
