// The output modes of SPEC §3 and the display settings that shape a result.

public enum OutputMode: String, CaseIterable, Sendable {
    case box, table, tsv, csv, json, jsonl, markdown

    /// box on a terminal, tsv when piped (SPEC §3).
    public static func defaultMode(terminal: Bool) -> OutputMode { terminal ? .box : .tsv }
}

/// How results are drawn; changed by flags and meta-commands.
public struct DisplaySettings: Sendable {
    public var mode: OutputMode
    public var headers = true
    /// Show at most this many rows (the first and last ones); nil shows everything.
    public var maxRows: Int?
    /// Draw the row count under box and table results.
    public var footer: Bool
    /// ANSI colour in box and table results (bold headers, dim NULLs and row counts): on a
    /// terminal unless NO_COLOR is set or `--color never`; never into a file.
    public var color = false

    public init(mode: OutputMode, maxRows: Int? = nil, footer: Bool = false) {
        self.mode = mode
        self.maxRows = maxRows
        self.footer = footer
    }
}
