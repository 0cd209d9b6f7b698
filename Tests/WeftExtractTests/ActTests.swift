// Stages 5–6 on short texts: references, modality, negation and its look-alikes, speakers, symmetric acts.
import Testing
@testable import WeftExtract

@Suite struct ActTests {
    static let call = "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Suga Yoshihide.\n"

    @Test func nameFormsAreOnePerson() {
        let article = ArticleText(stem: "t", text: Self.call + "Ông Suga cho biết Nhật Bản sẽ hỗ trợ Việt Nam.")
        let (_, references, _) = Fixtures.extractor.analyse(article)
        let persons = references.entities.filter { $0.kind == "Person" }
        #expect(persons.map(\.name) == ["Phạm Minh Chính", "Suga Yoshihide"])
    }

    @Test func collectivesResolveToTheArticlesPair() {
        let acts = Fixtures.acts(Self.call + "Hai nhà lãnh đạo nhất trí tăng cường hợp tác. Thủ tướng Phạm Minh Chính đề nghị hai bên thúc đẩy đầu tư.")
        #expect(acts.contains("AGREES Phạm Minh Chính → Suga Yoshihide 031 agreed"))
        #expect(acts.contains("PROPOSES Phạm Minh Chính → Nhật Bản 0211 request (Phạm Minh Chính)"))
    }

    @Test func modalityFromFramesAndModalWords() {
        let acts = Fixtures.acts("Nhật Bản sẽ hỗ trợ Việt Nam. Nhật Bản sẵn sàng hợp tác với Lào. Mỹ đã hỗ trợ Lào.")
        #expect(acts == [
            "PLEDGES Nhật Bản → Việt Nam 033 future", "PLEDGES Nhật Bản → Lào 031 intent", "SUPPORTS Mỹ → Lào 070 asserted",
        ])
    }

    @Test func negationButNotItsLookAlikes() {
        #expect(Fixtures.acts("Trung Quốc không ủng hộ Nhật Bản.") == ["PRAISES Trung Quốc → Nhật Bản 051 asserted negated"])
        #expect(Fixtures.acts("Lào chưa nhất trí hợp tác với Thái Lan.").first?.hasSuffix("negated") == true)
        #expect(Fixtures.acts("Việt Nam không chỉ hỗ trợ Lào mà còn hợp tác.").first?.contains("negated") == false)
        #expect(Fixtures.acts("Nhật Bản không ngừng hỗ trợ Việt Nam.").first?.contains("negated") == false)
    }

    @Test func speechSetsTheSpeakerAndTheContentIsCoded() {
        let acts = Fixtures.acts(Self.call + "Thủ tướng Suga Yoshihide khẳng định Nhật Bản sẽ tiếp tục hỗ trợ Việt Nam, mong Việt Nam cải thiện môi trường đầu tư.")
        #expect(acts.contains("PLEDGES Nhật Bản → Việt Nam 033 future (Suga Yoshihide)"))
        #expect(acts.contains("PROPOSES Suga Yoshihide → Việt Nam 020 desire (Suga Yoshihide)"))
        #expect(!acts.contains { $0.hasPrefix("STATES") })
    }

    @Test func symmetricActsAreStoredOnce() {
        let acts = Fixtures.acts(Self.call)
        #expect(acts.filter { $0.hasPrefix("PHONES") }.count == 1)
    }
}
