// Progress of long work on stderr — counts, rate, ETA — only when stderr is a terminal.
import Foundation

final class ProgressLine {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(mode: ProgressMode = .auto) {
        switch mode {
        case .auto: enabled = isatty(2) != 0
        case .always: enabled = true
        case .never: enabled = false
        }
    }

    /// Redraws at most four times a second: "12,345 lines  81,000/s  ETA 3s".
    func update(count: Int, unit: String, done: Int, total: Int?) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        var text = "\(count.formatted()) \(unit)  \(Int(Double(count) / elapsed).formatted())/s"
        if let total, total > 0, done > 0 {
            let remaining = elapsed * Double(total - done) / Double(done)
            text += "  \(done * 100 / total)%  ETA \(Int(remaining.rounded()))s"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

enum ProgressMode: String, CaseIterable, Sendable {
    case auto, always, never
}
