// Stage 1 alone: NFC, Đ look-alikes, one tone placement, plain quotes and dashes.
import Testing
import WeftText
@testable import WeftExtract

@Suite struct NormaliserTests {
    @Test func lookAlikeEthBecomesDStroke() {
        #expect(Normaliser.normalise("\u{00D0}à N\u{1EB5}ng và \u{00F0}ổi mới") == "Đà Nẵng và đổi mới")
    }

    @Test func decomposedInputBecomesNFC() {
        let decomposed = "Vie\u{0302}\u{0323}t Nam"
        #expect(Normaliser.normalise(decomposed) == "Việt Nam")
    }

    @Test func oldAndNewTonePlacementAreOneSpelling() {
        #expect(Normaliser.normalise("hoà bình") == Normaliser.normalise("hòa bình"))
        #expect(Normaliser.normalise("thuỷ sản") == "thủy sản")
        #expect(Normaliser.normalise("đa dạng hoá") == "đa dạng hóa")
        #expect(Normaliser.normalise("quý") == "quý")
        #expect(Fold.key(Normaliser.normalise("Khoẻ")) == Fold.key("khỏe"))
    }

    @Test func typographicQuotesAndDashes() {
        #expect(Normaliser.normalise("“Việt Nam – Nhật Bản” ‘x’") == "\"Việt Nam - Nhật Bản\" 'x'")
        #expect(Normaliser.normalise("a\u{00A0}b\u{200B}c") == "a bc")
    }
}
