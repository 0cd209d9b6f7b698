// Rules added for unseen text (issue #6, second round): nominal talk verbs, views, praise of past
// visits, names (initials, a country before a name, bare titles), pronoun objects, capitals.
import Foundation
import Testing
import WeftTestSupport
import WeftText
@testable import WeftExtract

@Suite struct RuleTests {
    @Test func tokenKeysAgreeWithFoldAndLowercase() throws {
        // The tokenizer builds lower case and fold per scalar through a table: the same as the String functions.
        let folder = Paths.repository.appendingPathComponent("graphs/gold")
        var text = "Ðà Nẵng ÐIỆN ĐÀM Covid-19 1.000 İstanbul ǅ ﬁ Ωmega thuỷ hoà ĐỒNG Ý\n"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        for token in Tokenizer.tokens(in: text) where token.isWord {
            #expect(token.key == Fold.key(token.text), "\(token.text)")
            #expect(token.lower == token.text.lowercased(), "\(token.text)")
        }
    }

    @Test func normaliserPlacesTonesOnlyWhereNeeded() {
        #expect(Normaliser.normalise("hoà bình, thuỷ sản, quả, quý, và") == "hòa bình, thủy sản, quả, quý, và")
        #expect(Normaliser.normalise("Ðà Nẵng “x” – y") == "Đà Nẵng \"x\" - y")
    }

    @Test func talkNounsAreNotTalks() {
        #expect(Fixtures.acts("Iran đang xem xét các cuộc đàm phán với Nga.").isEmpty)
        #expect(Fixtures.acts("Các nhà đàm phán của Iran và Nga sẽ gặp lại.").allSatisfy { !$0.contains("046") })
        #expect(Fixtures.acts("Trung Quốc và Việt Nam đã ký Nghị định thư hợp tác giáo dục.").allSatisfy { !$0.hasPrefix("COOPERATES") })
        // Licensed by a light verb or a frame, the event noun is an act.
        #expect(Fixtures.acts("Triều Tiên muốn tiến hành các cuộc đàm phán với Mỹ.").contains { $0.contains("Triều Tiên → Mỹ") })
    }

    @Test func viewsAreNotAgreements() {
        #expect(Fixtures.acts("Tổng thống Bush đồng ý là Ấn Độ chưa ký hiệp ước.").allSatisfy { !$0.hasPrefix("AGREES") })
    }

    @Test func praiseOfAPastVisitIsPraise() {
        let past = Fixtures.acts("Phó Thủ tướng Sok An đánh giá cao chuyến thăm Campuchia của Thủ tướng Phan Văn Khải.")
        #expect(past.contains { $0.contains(" 051 ") } && !past.contains { $0.contains(" 036 ") }, "\(past)")
        let future = Fixtures.acts("Thủ tướng Suga hoan nghênh Thủ tướng Phạm Minh Chính sớm thăm Nhật Bản.")
        #expect(future.contains { $0.contains(" 036 ") }, "\(future)")
    }

    @Test func namesWithInitialsCountriesAndBrackets() {
        #expect(Fixtures.mentions("Tổng thống Mỹ George W. Bush phát biểu").contains("Person:George W. Bush"))
        #expect(Fixtures.mentions("Tổng thống Palestine Mahmoud Abbas phát biểu").contains("Person:Mahmoud Abbas"))
        #expect(Fixtures.mentions("Chủ tịch Quốc hội (QH) Nguyễn Văn An phát biểu").contains("Person:Nguyễn Văn An"))
        #expect(Fixtures.mentions("Trưởng đoàn đàm phán của Nga Maxim Medvedkov cho biết").contains("Person:Maxim Medvedkov"))
    }

    @Test func commonWordsAndLongerNamesAreNotCountries() {
        #expect(!Fixtures.mentions("tác phẩm thơ Nhật ký trong tù").contains("Country:Nhật Bản"))
        #expect(!Fixtures.mentions("Diễn đàn châu Á - Thái Bình Dương").contains("Country:Thái Lan"))
    }

    @Test func capitalsStandForTheirCountryExceptAsPlaces() {
        #expect(Fixtures.mentions("Washington cho biết").first == "Country:Mỹ")
        #expect(Fixtures.mentions("hạt nhân của Bình Nhưỡng").first == "Country:Triều Tiên")
        #expect(Fixtures.mentions("ông sẽ tới Washington").first == "Location:Washington")
        #expect(Fixtures.mentions("tại thủ đô Jakarta").first == "Location:Jakarta")
    }

    @Test func bareTitlesAreTheirHolder() {
        let acts = Fixtures.acts("Thủ tướng Phan Văn Khải thăm New Zealand.\nÔng David Cox đã đón Thủ tướng tại thành phố.")
        #expect(acts.contains { $0.hasPrefix("HOSTS David Cox → Phan Văn Khải") }, "\(acts)")
    }

    @Test func pronounObjectsAreNotTheNextActor() {
        let acts = Fixtures.acts("Chủ tịch Fidel Castro cáo buộc ông là kẻ phản bội, làm tay sai cho Mỹ.")
        #expect(!acts.contains { $0.contains("→ Mỹ") }, "\(acts)")
    }
}
