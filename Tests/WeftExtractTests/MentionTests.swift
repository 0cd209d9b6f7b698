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
