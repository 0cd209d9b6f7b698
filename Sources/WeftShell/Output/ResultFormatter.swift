// A result table as text in one output mode: delimited, JSON and markdown here, grids in +Grid.
import WeftEngine
import WeftModel
import WeftText

public struct ResultFormatter {
    public let settings: DisplaySettings
    public let graph: GraphSource

    public init(settings: DisplaySettings, graph: GraphSource) {
        self.settings = settings
        self.graph = graph
    }

    public func render(_ table: ResultTable) -> String {
        var out = table.preamble.map { $0 + "\n" } ?? ""
        if let exported = table.exported { return out + exported }
        if let file = table.exportedTo {
            return out + (table.drawn ?? "exported \(Counted.of(table.rows.count, "row")) to \(file)") + "\n" + (table.note.map { "note: \($0)\n" } ?? "")
        }
        if let note = table.note { out += "note: \(note)\n" }
        switch settings.mode {
        case .box, .table: out += grid(table)
        case .tsv: out += delimited(table, separator: "\t", field: Self.tsvField)
        case .csv: out += delimited(table, separator: ",", field: ResultExport.csvField, newline: "\r\n")
        case .json: out += ResultExport.json(table, graph: graph)
        case .jsonl:
            for row in table.rows {
                out += ResultExport.jsonObject(columns: table.columns, row: row, graph: graph) + "\n"
            }
        case .markdown: out += markdown(table)
        }
        return out
    }

    func text(_ value: RValue) -> String { ValueText.plain(value, graph: graph) }

    private func delimited(
        _ table: ResultTable, separator: String, field: (String) -> String, newline: String = "\n"
    ) -> String {
        var out = settings.headers ? table.columns.map(field).joined(separator: separator) + newline : ""
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index > 0 { out += separator }
                out += field(text(value))
            }
            out += newline
        }
        return out
    }

    /// Tabs and line breaks inside a value would break the row, so they become spaces. The test
    /// is on UTF-8 bytes (by Characters it was most of the time a 75,000-row result took to print).
    static func tsvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    private func markdown(_ table: ResultTable) -> String {
        func cell(_ text: String) -> String {
            Self.tsvField(text).replacingOccurrences(of: "|", with: "\\|")
        }
        var out = "| " + table.columns.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { _ in "---|" }.joined() + "\n"
        for row in table.rows { out += "| " + row.map { cell(text($0)) }.joined(separator: " | ") + " |\n" }
        return out
    }
}

import Foundation
