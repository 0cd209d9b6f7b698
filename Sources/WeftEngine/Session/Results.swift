// What a statement gives back: rows with column names, a plan, or a note that something was defined.
import WeftModel
import WeftQuery

public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[RValue]]
    /// Set when a row limit cut the result.
    public var truncated: Bool
    /// Text shown before the rows (DESCRIBE's node card).
    public var preamble: String?
    /// EXPORT without TO: the exported text, for the caller to print.
    public var exported: String?
    /// EXPORT … TO file: the file written.
    public var exportedTo: String?
    /// Something the user should know about the export (Graphviz missing: the .dot was written).
    public var note: String?
    /// What a DOT export drew, said instead of the row count ("drew 5 nodes and 7 edges in g.svg").
    public var drawn: String?
    /// Edges drawn with the rows though no column holds them: DESCRIBE's star, for `.dot`.
    public var drawnEdges: [EdgeID] = []

    public init(columns: [String], rows: [[RValue]], truncated: Bool = false, preamble: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.preamble = preamble
    }
}

public enum StatementResult: Sendable {
    case table(ResultTable)
    /// EXPLAIN and PROFILE: the plan as text (PROFILE also ran the statement).
    case plan(String)
    case defined(String)
}
