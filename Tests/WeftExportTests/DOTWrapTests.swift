// DOTWriter.wrap works on UTF-8 bytes for speed; it must break lines exactly where the plain
// word-by-word version over Strings does, for any text.
import Testing
@testable import WeftExport

@Suite struct DOTWrapTests {
    /// The reference: words split at spaces, lengths in scalars, a line broken before the word
    /// that would make it longer than `width`.
    private func reference(_ text: String, width: Int = 28) -> String {
        guard text.utf8.count > width, text.unicodeScalars.count > width else { return text }
        var lines: [String] = [], line = "", lineLength = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = word.unicodeScalars.count
            if !line.isEmpty && lineLength + 1 + length > width {
                lines.append(line)
                line = String(word)
                lineLength = length
            } else {
                let wasEmpty = line.isEmpty
                line += wasEmpty ? String(word) : " " + word
                lineLength += (wasEmpty ? 0 : 1) + length
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    @Test func breaksLongVietnameseNamesAtSpaces() {
        #expect(DOTWriter.wrap("hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao") == "hoạt động kỷ niệm 50 năm\nthiết lập quan hệ ngoại giao")
        #expect(DOTWriter.wrap("Việt Nam") == "Việt Nam")
    }

    @Test func agreesWithTheWordByWordVersionOnRandomText() {
        let words = ["", "a", "Việt", "Nhật Bản", "hợp tác", "東京都", "👍🏽", "x\u{301}", "abcdefghijklmnopqrstuvwxyz0123", "đ", "  "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let width = [5, 10, 28].randomElement(using: &generator) ?? 28
            #expect(DOTWriter.wrap(text, width: width) == reference(text, width: width), "\(text.debugDescription) at \(width)")
        }
    }
}
