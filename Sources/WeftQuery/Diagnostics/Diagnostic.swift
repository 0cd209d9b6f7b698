// Diagnostics as values: a code, a primary range, labels, notes and help with an optional rewrite.

public struct Diagnostic: Sendable, Equatable, Error {
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// A span with a short text drawn beside its underline.
    public struct Label: Sendable, Equatable {
        public var range: SourceRange
        public var message: String
        public init(range: SourceRange, message: String) {
            self.range = range
            self.message = message
        }
    }

    /// Replace `range` by `replacement` (an insertion when the range is empty).
    public struct Edit: Sendable, Equatable {
        public var range: SourceRange
        public var replacement: String
        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// Advice, with the edits that apply it when there is a mechanical rewrite.
    public struct Help: Sendable, Equatable {
        public var message: String
        public var edits: [Edit]
        public init(_ message: String, edits: [Edit] = []) {
            self.message = message
            self.edits = edits
        }
    }

    /// "E101": E0xx syntax, E1xx names against the schema, E2xx patterns, E3xx scope and types.
    public var code: String
    public var severity: Severity
    public var message: String
    /// The primary span: the caret goes here and the header reports its start.
    public var range: SourceRange
    /// Text beside the primary carets ("did you mean `SUPPORTS`?").
    public var label: String?
    /// Further spans, drawn with `-` under them.
    public var labels: [Label]
    public var notes: [String]
    public var help: Help?

    public init(
        code: String, severity: Severity = .error, message: String, range: SourceRange,
        label: String? = nil, labels: [Label] = [], notes: [String] = [], help: Help? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.label = label
        self.labels = labels
        self.notes = notes
        self.help = help
    }
}
