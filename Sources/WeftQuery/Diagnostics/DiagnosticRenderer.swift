// Renders diagnostics as text: header, source lines, carets by display width, notes and help.
import WeftText

/// Draws a diagnostic the way rustc and swift-syntax do. Plain text unless `color` is
/// asked for, so the output can be a golden file. Carets are placed by display width
/// (WeftText.DisplayWidth), so they sit under the right characters in Vietnamese and CJK lines.
public enum DiagnosticRenderer {
    public enum Style: Sendable {
        /// `error[E101]: message` then ` --> origin:line:col` (SPEC §5's example).
        case full
        /// `origin:line:col: error[E101]: message` first, for batch runs and editors.
        case batch
    }

    /// `origin` names the file; nil omits it (interactive input), giving `1:30`.
    public static func render(
        _ diagnostic: Diagnostic, source: SourceText, origin: String?, color: Bool = false, style: Style = .full
    ) -> String {
        var out = TextStyle(color: color)
        let start = diagnostic.range.start
        let location = (origin.map { $0 + ":" } ?? "") + "\(start.line):\(start.column)"
        let lineNumbers = involvedLines(diagnostic)
        let gutter = String(lineNumbers.last ?? 1).count
        let pad = String(repeating: " ", count: gutter)
        let title = out.severity(diagnostic.severity, code: diagnostic.code) + out.bold(": " + diagnostic.message)
        switch style {
        case .full:
            out.add(title)
            out.add(pad + out.gutter("--> ") + location)
        case .batch:
            out.add(location + ": " + title)
        }
        for number in lineNumbers {
            let text = source.line(number)
            out.add(out.gutter(String(number).padding(toLength: gutter, withPad: " ", startingAt: 0) + " | ") + expandTabs(text))
            if diagnostic.range.start.line == number {
                out.add(out.gutter(pad + " | ") + underline(diagnostic.range, line: text, lineNumber: number, mark: "^",
                                                              label: diagnostic.label, primary: true, style: out))
            }
            for label in diagnostic.labels where label.range.start.line == number {
                out.add(out.gutter(pad + " | ") + underline(label.range, line: text, lineNumber: number, mark: "-",
                                                              label: label.message, primary: false, style: out))
            }
        }
        for note in diagnostic.notes { out.add(pad + out.gutter(" = ") + out.bold("note") + ": " + note) }
        if let help = diagnostic.help {
            out.add(pad + out.gutter(" = ") + out.bold("help") + ": " + help.message)
            if let (number, fixed) = applied(help.edits, source: source) {
                out.add(out.gutter(String(number).padding(toLength: gutter, withPad: " ", startingAt: 0) + " | ") + expandTabs(fixed))
            }
        }
        return out.text
    }

    /// Several diagnostics, each followed by a blank line.
    public static func render(
        _ diagnostics: [Diagnostic], source: SourceText, origin: String?, color: Bool = false, style: Style = .full
    ) -> String {
        diagnostics.map { render($0, source: source, origin: origin, color: color, style: style) + "\n" }
            .joined()
    }

    /// The one-line form `origin:line:col: error[CODE]: message` (origin omitted when nil).
    public static func header(_ diagnostic: Diagnostic, origin: String?) -> String {
        let start = diagnostic.range.start
        return (origin.map { $0 + ":" } ?? "") + "\(start.line):\(start.column): "
            + "\(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)"
    }

    static func involvedLines(_ d: Diagnostic) -> [Int] {
        Set([d.range.start.line] + d.labels.map(\.range.start.line)).sorted()
    }

    /// Spaces up to the span, then one mark per display column of the span (at least one;
    /// a span running past the line end is cut there), then the label.
    static func underline(
        _ range: SourceRange, line: String, lineNumber: Int, mark: Character, label: String?, primary: Bool,
        style: TextStyle
    ) -> String {
        let characters = Array(line)
        let first = min(max(range.start.column - 1, 0), characters.count)
        let last = range.end.line == lineNumber ? min(max(range.end.column - 1, first), characters.count) : characters.count
        let indent = width(characters[0..<first])
        let marks = String(repeating: mark, count: max(1, width(characters[first..<last])))
        let drawn = String(repeating: " ", count: indent) + (primary ? style.primary(marks) : style.secondary(marks))
        guard let label, !label.isEmpty else { return drawn }
        return drawn + " " + (primary ? style.primary(label) : style.secondary(label))
    }

    static func width(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + ($1 == "\t" ? 4 : DisplayWidth.columns($1)) }
    }

    static func expandTabs(_ line: String) -> String {
        line.replacingOccurrences(of: "\t", with: "    ")
    }

    /// The line with the edits applied, when all of them fall on one line.
    static func applied(_ edits: [Diagnostic.Edit], source: SourceText) -> (Int, String)? {
        guard let line = edits.first?.range.start.line,
              edits.allSatisfy({ $0.range.start.line == line && $0.range.end.line == line }) else { return nil }
        let lineStart = source.lineStarts[line - 1]
        var bytes = Array(source.line(line).utf8)
        for edit in edits.sorted(by: { $0.range.start.offset > $1.range.start.offset }) {
            let from = edit.range.start.offset - lineStart, to = edit.range.end.offset - lineStart
            guard from >= 0, to <= bytes.count, from <= to else { return nil }
            bytes.replaceSubrange(from..<to, with: Array(edit.replacement.utf8))
        }
        return (line, String(decoding: bytes, as: UTF8.self))
    }
}

/// ANSI styling that disappears entirely when colour is off.
struct TextStyle {
    let color: Bool
    var lines: [String] = []

    init(color: Bool) { self.color = color }

    var text: String { lines.joined(separator: "\n") }
    mutating func add(_ line: String) { lines.append(line) }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func severity(_ s: Diagnostic.Severity, code: String) -> String {
        paint("\(s.rawValue)[\(code)]", s == .error ? "1;31" : "1;33")
    }
    func bold(_ text: String) -> String { paint(text, "1") }
    func gutter(_ text: String) -> String { paint(text, "1;34") }
    func primary(_ text: String) -> String { paint(text, "1;31") }
    func secondary(_ text: String) -> String { paint(text, "1;34") }
}
