// Vietnamese order: the precomputed key agrees with Foundation's vi collation.
import Foundation
import Testing
import WeftText

@Suite struct CollationTests {
    @Test func specExamples() {
        #expect(VietnameseCollation.compare("Dương", "Đức") == .orderedAscending)
        #expect(VietnameseCollation.compare("Đức", "Hà Nội") == .orderedAscending)
        #expect(VietnameseCollation.compare("an", "ăn") == .orderedAscending)
        #expect(VietnameseCollation.compare("ăn", "ân") == .orderedAscending)
        #expect(VietnameseCollation.compare("ma", "mà") == .orderedAscending)
        #expect(VietnameseCollation.compare("Ma", "ma") == .orderedDescending)
    }

    @Test func agreesWithFoundationOnVietnameseWords() {
        let words = ["Đức", "Dương", "Hà Nội", "an", "ăn", "ân", "ba", "bà", "bả", "bã", "bá", "bạ", "Đà Nẵng",
                     "đa", "da", "dư", "du", "ơ", "ô", "o", "ư", "u", "Nhật Bản", "Nguyễn", "Ngô", "Phạm", "Phan",
                     "Trần", "Trương", "Lê", "Lý", "Việt Nam", "Vũ", "Võ", "Ấn Độ", "Anh", "Úc", "Ý", "Yên Bái"]
        let vi = Locale(identifier: "vi")
        let foundation = words.sorted { $0.compare($1, options: [], range: nil, locale: vi) == .orderedAscending }
        let ours = words.sorted { VietnameseCollation.compare($0, $1) == .orderedAscending }
        #expect(ours == foundation)
    }
}
