// Reading the lexicon's tab-separated files: a header row, `#` comments, blank lines skipped.
import Foundation

/// A lexicon file that could not be read, with its path.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

enum TSV {
    /// The rows of `name` in `folder` as dictionaries keyed by the header's column names.
    static func rows(_ name: String, in folder: URL) throws(LexiconError) -> [[String: String]] {
        let url = folder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LexiconError("cannot read lexicon file \(url.path)")
        }
        return parse(text)
    }

    static func parse(_ text: String) -> [[String: String]] {
        var header: [String]?
        var rows: [[String: String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let columns = header else {
                header = cells
                continue
            }
            var row: [String: String] = [:]
            for (index, column) in columns.enumerated() where index < cells.count {
                row[column] = cells[index]
            }
            rows.append(row)
        }
        return rows
    }
}
