// Several completion candidates listed in columns that line up by display width (Vietnamese, CJK).
import WeftText

public enum CandidateColumns {
    public static func render(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map(DisplayWidth.columns).max() ?? 0) + 2
        let columns = max(1, width / max(cell, 1))
        let rows = (candidates.count + columns - 1) / columns
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                line += DisplayWidth.padRight(candidates[index], to: cell)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
