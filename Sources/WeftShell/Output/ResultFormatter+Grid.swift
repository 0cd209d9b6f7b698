// Box and table modes: columns aligned by display width, numbers to the right, long results cut.
import WeftEngine
import WeftText

extension ResultFormatter {
    private struct Lines {
        let left, middle, right, horizontal: String
    }

    private struct Frame {
        let top, separator, bottom: Lines
        let vertical: String

        static let box = Frame(
            top: Lines(left: "┌", middle: "┬", right: "┐", horizontal: "─"),
            separator: Lines(left: "├", middle: "┼", right: "┤", horizontal: "─"),
            bottom: Lines(left: "└", middle: "┴", right: "┘", horizontal: "─"), vertical: "│")
        static let ascii = Frame(
            top: Lines(left: "+", middle: "+", right: "+", horizontal: "-"),
            separator: Lines(left: "+", middle: "+", right: "+", horizontal: "-"),
            bottom: Lines(left: "+", middle: "+", right: "+", horizontal: "-"), vertical: "|")
    }

    /// Rows to show: all of them, or the first and last halves of `maxRows` with a gap (nil).
    func shownRows(_ count: Int) -> [Int?] {
        guard let limit = settings.maxRows, limit > 0, count > limit else { return Array(0..<count) }
        let head = (limit + 1) / 2, tail = limit - head
        return Array(0..<head) + [nil] + Array((count - tail)..<count)
    }

    func grid(_ table: ResultTable) -> String {
        let frame = settings.mode == .box ? Frame.box : Frame.ascii
        let order = shownRows(table.rows.count)
        var cells: [[String]] = []
        var isNull: [[Bool]] = []
        var numeric = [Bool](repeating: true, count: table.columns.count)
        for index in order {
            guard let index else {
                cells.append(table.columns.map { _ in "…" })
                isNull.append(table.columns.map { _ in true })
                continue
            }
            let row = table.rows[index]
            // NULL is written out (dim in colour), as DuckDB does, so it is not taken for an empty string.
            cells.append(row.map { if case .null = $0 { "NULL" } else { Self.tsvField(text($0)) } })
            isNull.append(row.map { if case .null = $0 { true } else { false } })
            for (c, value) in row.enumerated() {
                switch value {
                case .int, .float, .null: break
                default: numeric[c] = false
                }
            }
        }
        var widths = table.columns.map { settings.headers ? DisplayWidth.columns($0) : 0 }
        for row in cells {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.columns(cell)) }
        }
        func rule(_ lines: Lines) -> String {
            lines.left + widths.map { String(repeating: lines.horizontal, count: $0 + 2) }.joined(separator: lines.middle)
                + lines.right + "\n"
        }
        // Escapes go around the padded cell, so they never count towards the alignment.
        func paint(_ text: String, _ code: String) -> String { settings.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func line(_ row: [String], header: Bool, nulls: [Bool] = []) -> String {
            let padded = row.enumerated().map { c, cell in
                let aligned = numeric[c] && !header ? DisplayWidth.padLeft(cell, to: widths[c]) : DisplayWidth.padRight(cell, to: widths[c])
                return header ? paint(aligned, "1") : c < nulls.count && nulls[c] ? paint(aligned, "2") : aligned
            }
            return frame.vertical + " " + padded.joined(separator: " " + frame.vertical + " ") + " " + frame.vertical + "\n"
        }
        var out = rule(frame.top)
        if settings.headers {
            out += line(table.columns, header: true)
            out += rule(frame.separator)
        }
        for (row, nulls) in zip(cells, isNull) { out += line(row, header: false, nulls: nulls) }
        out += rule(frame.bottom)
        if settings.footer || order.count < table.rows.count {
            let count = table.rows.count
            var footer = count == 1 ? "1 row" : "\(count) rows"
            let shown = order.compactMap { $0 }.count
            if shown < count { footer += " (\(shown) shown)" }
            if table.truncated { footer += ", cut at the row limit" }
            out += paint(footer, "2") + "\n"
        }
        return out
    }
}
