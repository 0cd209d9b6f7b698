// Stage 2: paragraphs into sentences — after . ! ? … or ... when the next word starts with a capital.

/// One sentence: its 1-based number in the article, its text (NFC, normalised) and its tokens,
/// whose offsets are UTF-8 offsets into `text`.
public struct Sentence: Sendable {
    public let number: Int
    public let text: String
    public let tokens: [Token]

    /// The verbatim text of tokens `range` (from the first token's start to the last one's end).
    public func span(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, last < tokens.count else { return "" }
        let bytes = Array(text.utf8)[tokens[first].start..<tokens[last].end]
        return String(decoding: bytes, as: UTF8.self)
    }
}

public enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence (compared without the dot).
    static let abbreviations: Set<String> = [
        "TP", "Tp", "TS", "GS", "PGS", "ThS", "BS", "KS", "Th", "St", "Mr", "Mrs", "Ms", "Dr", "Jr", "Co",
        "Inc", "Ltd", "No", "v.v", "tr", "Q", "P", "TT", "NXB", "ĐH", "Đ",
    ]
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "»", "”", "’"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "(", "“", "‘", "«"]

    /// The sentences of `text`, one paragraph per line, numbered from 1 across paragraphs.
    public static func sentences(in text: String) -> [Sentence] {
        var result: [Sentence] = []
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            for piece in split(String(decoding: line, as: UTF8.self)) {
                result.append(Sentence(number: result.count + 1, text: piece, tokens: Tokenizer.tokens(in: piece)))
            }
        }
        return result
    }

    /// The sentences of one paragraph, trimmed.
    static func split(_ line: String) -> [String] {
        // Scalars, not Characters: after normalisation each Vietnamese letter is one scalar, and
        // grapheme breaking was the splitter's main cost.
        let chars = Array(line.unicodeScalars)
        // Byte offset of each scalar, so that pieces are cut from the UTF-8 (no String rebuilt from scalars).
        let bytes = Array(line.utf8)
        var offsets = [Int](repeating: 0, count: chars.count + 1)
        for (index, scalar) in chars.enumerated() { offsets[index + 1] = offsets[index] + UTF8.width(scalar) }
        func append(_ range: Range<Int>, to pieces: inout [String]) {
            var lower = offsets[range.lowerBound], upper = offsets[range.upperBound]
            while lower < upper, bytes[lower] == 0x20 || (0x09...0x0D).contains(bytes[lower]) { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || (0x09...0x0D).contains(bytes[upper - 1]) { upper -= 1 }
            if upper > lower { pieces.append(String(decoding: bytes[lower..<upper], as: UTF8.self)) }
        }
        var pieces: [String] = []
        var start = 0
        var index = 0
        while index < chars.count {
            guard terminators.contains(chars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < chars.count, terminators.contains(chars[end]) { end += 1 }
            while end < chars.count, closers.contains(chars[end]) { end += 1 }
            var next = end
            while next < chars.count, chars[next] == " " || chars[next] == "\t" { next += 1 }
            let spaced = next > end
            if spaced, next < chars.count, startsSentence(chars, at: next),
               !(end == index + 1 && chars[index] == "." && isAbbreviation(chars, before: index))
            {
                append(start..<end, to: &pieces)
                start = next
            }
            index = max(end, index + 1)
        }
        append(start..<chars.count, to: &pieces)
        return pieces
    }

    private static func startsSentence(_ chars: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index
        while i < chars.count, openers.contains(chars[i]) { i += 1 }
        guard i < chars.count else { return false }
        return ScalarClass.isUppercase(chars[i]) || (i > index && ScalarClass.isLetter(chars[i]))
    }

    /// Whether the word before the dot at `index` is an abbreviation or a single capital (George W. Bush).
    private static func isAbbreviation(_ chars: [Unicode.Scalar], before index: Int) -> Bool {
        var start = index
        while start > 0, ScalarClass.isLetter(chars[start - 1]) || chars[start - 1] == "." { start -= 1 }
        let word = String(String.UnicodeScalarView(chars[start..<index]))
        if word.count == 1, word.first?.isUppercase == true { return true }
        return abbreviations.contains(word)
    }

}

extension String {
    /// Only spaces and control white space (the normaliser has made other spaces plain).
    var isBlank: Bool { utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }

    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
