// Query text after NFC, with the line table that turns UTF-8 offsets into lines and columns.
import WeftText

/// The text a parser reads: always NFC (SPEC §4: input is normalised before it is parsed), with
/// an optional origin (a file name) and the tables needed to locate any offset.
public struct SourceText: Sendable {
    /// The NFC text. All offsets in ranges refer to its UTF-8 view.
    public let text: String
    /// Where the text came from ("script.wq"); nil for interactive input.
    public let origin: String?
    /// The UTF-8 bytes of `text`, which the lexer scans.
    public let bytes: [UInt8]
    /// Offsets at which each line starts; `lineStarts[0] == 0`.
    let lineStarts: [Int]
    /// Per byte, whether a Character starts there; only when the text is not ASCII (for
    /// ASCII a column is a byte distance, so the table would be wasted).
    let characterStartFlags: [Bool]?
    /// Offset of the first byte that was not valid UTF-8 in the input, when built from bytes.
    public let invalidUTF8Offset: Int?

    public init(_ text: String, origin: String? = nil) {
        self.init(normalized: NFC.normalize(text), origin: origin, invalidUTF8Offset: nil)
    }

    /// Decodes `bytes` as UTF-8. Invalid sequences become U+FFFD so the text can still be
    /// shown; `invalidUTF8Offset` says where the first one was (in the repaired text).
    public init(bytes: [UInt8], origin: String? = nil) {
        var validPrefix = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var invalid: Int?
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): validPrefix += UTF8.width(scalar)
            case .emptyInput: break decoding
            case .error: invalid = validPrefix; break decoding
            }
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        let normalized = NFC.normalize(decoded)
        // The repair character is not a combining mark, so nothing composes across it and the
        // bad byte sits where the normalised valid prefix ends.
        let offset = invalid.map { NFC.normalize(String(decoding: bytes[..<$0], as: UTF8.self)).utf8.count }
        self.init(normalized: normalized, origin: origin, invalidUTF8Offset: offset)
    }

    private init(normalized: String, origin: String?, invalidUTF8Offset: Int?) {
        text = normalized
        self.origin = origin
        self.invalidUTF8Offset = invalidUTF8Offset
        bytes = Array(normalized.utf8)
        var starts = [0]
        var ascii = true
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { starts.append(i + 1) }
            if byte >= 0x80 { ascii = false }
        }
        lineStarts = starts
        if ascii {
            characterStartFlags = nil
        } else {
            var flags = [Bool](repeating: false, count: bytes.count)
            let utf8 = normalized.utf8
            for index in normalized.indices {
                flags[utf8.distance(from: utf8.startIndex, to: index)] = true
            }
            characterStartFlags = flags
        }
    }

    /// The location of a UTF-8 offset (clamped to the text).
    public func location(at offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let lineIndex = Self.lastIndex(in: lineStarts, notAfter: offset)
        let lineStart = lineStarts[lineIndex]
        var column = offset - lineStart + 1
        if let flags = characterStartFlags {
            column = 1
            for i in lineStart..<offset where flags[i] { column += 1 }
        }
        return SourceLocation(offset: offset, line: lineIndex + 1, column: column)
    }

    /// The location of `offset` found by walking forward from `known`, an earlier location:
    /// linear in the distance, which lets the lexer locate every token in one pass.
    func location(at offset: Int, after known: SourceLocation) -> SourceLocation {
        guard offset >= known.offset, offset <= bytes.count else { return location(at: offset) }
        var line = known.line, column = known.column
        if let flags = characterStartFlags {
            for i in known.offset..<offset {
                if bytes[i] == 0x0A {
                    line += 1
                    column = 1
                } else if flags[i] {
                    column += 1
                }
            }
        } else {
            for i in known.offset..<offset {
                if bytes[i] == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        return SourceLocation(offset: offset, line: line, column: column)
    }

    /// The range between two UTF-8 offsets.
    public func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(at: start), end: location(at: end))
    }

    /// Number of lines (a trailing newline starts an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// Line `number` (1-based) without its line terminator.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text of a range.
    public func slice(_ range: SourceRange) -> String {
        let start = max(0, min(range.start.offset, bytes.count))
        let end = max(start, min(range.end.offset, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Index of the last element `<= value` in an ascending array starting at 0.
    private static func lastIndex(in table: [Int], notAfter value: Int) -> Int {
        var low = 0, high = table.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if table[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
