// Stage 4 alone: titled names, the gazetteer by fold, organisations, groups, acronyms, collectives.
import Testing
@testable import WeftExtract

@Suite struct MentionTests {
    @Test func titlePlusCapitalisedSyllablesIsAPerson() {
        #expect(Fixtures.mentions("Thủ tướng Suga Yoshihide cho biết") == ["Person:Suga Yoshihide"])
        #expect(Fixtures.mentions("Tổng thống Pervez Musharraf đón") == ["Person:Pervez Musharraf"])
        #expect(Fixtures.mentions("Bộ trưởng Ngoại giao Nguyễn Dy Niên hội đàm") == ["Person:Nguyễn Dy Niên"])
        #expect(Fixtures.mentions("Phó thủ tướng Campuchia Sok An phát biểu") == ["Person:Sok An"])
    }

    /// An office or body after a title is not a person's name (the sample graph had Persons "Cơ",
    /// "Tài", "Chủ", "Công"), while a short name after a title still is.
    @Test func officesAfterATitleAreNotNames() {
        func persons(_ text: String) -> [String] { Fixtures.mentions(text).filter { $0.hasPrefix("Person:") } }
        #expect(persons("bà O. Xađacô, Chủ tịch Cơ quan xúc tiến Hợp tác Quốc tế Nhật Bản (JICA)") == ["Person:O. Xađacô"])
        #expect(persons("gặp Bộ trưởng Tài chính Nhật Bản") == [])
        #expect(persons("với Bộ trưởng Công thương Thổ Nhĩ Kỳ và") == [])
        #expect(persons("chuyến thăm của ngài Chủ tịch Hạ viện Mỹ") == [])
        #expect(persons("Chủ tịch Chính hiệp Giả Khánh Lâm khẳng định") == ["Person:Giả Khánh Lâm"])
        #expect(persons("Thứ trưởng Thứ nhất Bộ Ngoại giao") == [])
        #expect(persons("Thủ tướng Koizumi nhận định") == ["Person:Koizumi"])
        #expect(persons("Bộ trưởng Tân phát biểu") == ["Person:Tân"])
    }

    @Test func gazetteerMatchesByFoldAndKeepsCaseForShortNames() {
        #expect(Fixtures.mentions("tại Liên hiệp quốc và LHQ") == ["Organization:Liên hợp quốc", "Organization:Liên hợp quốc"])
        #expect(Fixtures.mentions("Hoa Kỳ và Trung Quốc") == ["Country:Mỹ", "Country:Trung Quốc"])
        #expect(Fixtures.mentions("anh ấy nói với Anh") == ["Country:Anh"])
    }

    @Test func organisationsGroupsAndAcronyms() {
        #expect(Fixtures.mentions("Bộ Kế hoạch và Đầu tư cho biết") == ["Organization:Bộ Kế hoạch và Đầu tư"])
        #expect(Fixtures.mentions("Bộ Ngoại giao Nhật Bản") == ["Organization:Bộ Ngoại giao Nhật Bản"])
        #expect(Fixtures.mentions("các bộ, ngành") == [])
        #expect(Fixtures.mentions("các doanh nghiệp Nhật Bản đầu tư") == ["Group:doanh nghiệp Nhật Bản"])
        #expect(Fixtures.mentions("VCCI tổ chức hội thảo về FDI") == ["Organization:VCCI"])
    }

    @Test func collectivesAreLeftForTheReferencesStage() {
        let found = MentionFinder.mentions(in: Fixtures.sentence("hai Thủ tướng và hai bên, phía Nhật Bản"), lexicon: Fixtures.lexicon)
        #expect(found.map(\.collective) == [.leaders, .countries, nil])
        #expect(found.last?.name == "Nhật Bản")
    }
}
