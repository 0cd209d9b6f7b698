// Positions in query text: UTF-8 offsets for slicing, line and Character column for people.

/// A point in a `SourceText`. `offset` counts UTF-8 bytes of the NFC text from 0; `line` and
/// `column` count from 1, the column in Characters (grapheme clusters) after NFC, so
/// "Nhật" is four columns whatever its byte or scalar count.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { a.offset < b.offset }

    public var description: String { "\(line):\(column)" }
}

/// A half-open span `[start, end)` of a `SourceText`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var isEmpty: Bool { start.offset >= end.offset }

    /// A placeholder for nodes built in code (the printer ignores ranges).
    public static let none = SourceRange(
        start: SourceLocation(offset: 0, line: 1, column: 1),
        end: SourceLocation(offset: 0, line: 1, column: 1))

    public var description: String { "\(start)-\(end)" }
}
