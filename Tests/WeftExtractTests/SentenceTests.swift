// Stages 2 and 3 alone: sentence splitting (the seed's 9 sentences) and syllables with UTF-8 offsets.
import Foundation
import Testing
import WeftTestSupport
@testable import WeftExtract

@Suite struct SentenceTests {
    @Test func seedSplitsIntoTheNineGoldSentences() throws {
        let text = try String(contentsOf: Paths.sharedData.appendingPathComponent("seed-article.txt"), encoding: .utf8)
        let gold = try String(contentsOf: Paths.sharedData.appendingPathComponent("seed-sentences.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) ?? "" }
        let sentences = SentenceSplitter.sentences(in: Normaliser.normalise(text))
        #expect(sentences.map(\.text) == gold)
        #expect(sentences.count == 9)
    }

    @Test func abbreviationsNumbersAndEllipses() {
        let split = SentenceSplitter.split
        #expect(split("Kim ngạch đạt 1.000 tỷ USD. Hai bên nhất trí.") == ["Kim ngạch đạt 1.000 tỷ USD.", "Hai bên nhất trí."])
        #expect(split("Ông làm việc tại TP. Hồ Chí Minh hôm qua.") == ["Ông làm việc tại TP. Hồ Chí Minh hôm qua."])
        #expect(split("Tổng thống George W. Bush đến Hà Nội.") == ["Tổng thống George W. Bush đến Hà Nội."])
        #expect(split("các lĩnh vực giao thông, môi trường… Nhật Bản sẵn sàng...") == ["các lĩnh vực giao thông, môi trường…", "Nhật Bản sẵn sàng..."])
        #expect(split("chuyển đổi số…; hỗ trợ") == ["chuyển đổi số…; hỗ trợ"])
        #expect(split("Ông nói: \"Chúng tôi sẵn sàng.\" Sau đó ông rời đi.") == ["Ông nói: \"Chúng tôi sẵn sàng.\"", "Sau đó ông rời đi."])
    }

    @Test func syllablesCarryUTF8Offsets() {
        let tokens = Tokenizer.tokens(in: "Đề nghị: vaccine Covid-19, 1.000 liều")
        #expect(tokens.map(\.text) == ["Đề", "nghị", ":", "vaccine", "Covid-19", ",", "1.000", "liều"])
        #expect(tokens[0].start == 0 && tokens[0].end == 5)  // Đ is 2 bytes, ề 3
        let text = "Đề nghị"
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[tokens[1].start..<tokens[1].end], as: UTF8.self) == "nghị")
        #expect(tokens[4].key == "covid 19")
        #expect(tokens[0].isCapitalised && !tokens[1].isCapitalised)
    }
}
