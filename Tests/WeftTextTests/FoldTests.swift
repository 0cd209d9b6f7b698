// The fold of SPEC §1 on Vietnamese input.
import Foundation
import Testing
@testable import WeftText

@Suite struct FoldTests {
    @Test func vietnameseNamesFoldToPlainLowerCase() {
        #expect(Fold.key("Đà Nẵng") == "da nang")
        #expect(Fold.key("PHẠM MINH CHÍNH") == "pham minh chinh")
        #expect(Fold.key("Phạm Minh Chính") == "pham minh chinh")
        #expect(Fold.key("pham minh chinh") == "pham minh chinh")
        #expect(Fold.key("Nhật Bản") == "nhat ban")
        #expect(Fold.key("ĐỨC") == "duc")
    }

    @Test func decomposedInputFoldsLikeComposed() {
        let nfd = "Phạm Minh Chính".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array("Phạm Minh Chính".unicodeScalars))
        #expect(Fold.key(nfd) == Fold.key("Phạm Minh Chính"))
        #expect(Fold.key("Đà Nẵng".decomposedStringWithCanonicalMapping) == "da nang")
    }

    @Test func hyphensUnderscoresAndSpacesAreOneSpace() {
        #expect(Fold.key("Liên hiệp quốc") == Fold.key("Liên-hiệp-quốc"))
        #expect(Fold.key("Liên_hiệp_quốc") == "lien hiep quoc")
        #expect(Fold.key("  Việt   Nam \t") == "viet nam")
        #expect(Fold.key("Việt\u{00A0}Nam") == "viet nam")
        #expect(Fold.key("--a--b--") == "a b")
    }

    @Test func lookAlikeEthFoldsLikeDStroke() {
        // Ð (U+00D0) is often typed for Đ (U+0110) by badly converted text.
        #expect(Fold.key("\u{00D0}à Nẵng") == "da nang")
        #expect(Fold.key("đ") == "d")
    }

    @Test func oldAndNewTonePlacementFoldAlike() {
        #expect(Fold.key("hoà") == Fold.key("hòa"))
        #expect(Fold.key("thuỷ") == Fold.key("thủy"))
    }

    @Test func asciiAndEmpty() {
        #expect(Fold.key("") == "")
        #expect(Fold.key("ASEAN") == "asean")
        #expect(Fold.key("Covid-19") == "covid 19")
    }

    @Test func agreesWithTheScorersFold() {
        // ../shared/eval/score.py folds with lower → đ→d → NFD minus Mn → -_ → collapse.
        for (input, expected) in [("Thủ tướng Suga Yoshihide", "thu tuong suga yoshihide"),
                                  ("Liên Hợp Quốc", "lien hop quoc"), ("Biển Đông", "bien dong")] {
            #expect(Fold.key(input) == expected)
        }
    }
}

@Suite struct NFCTests {
    @Test func composesDecomposedVietnamese() {
        let nfd = "Nguyễn Phú Trọng".decomposedStringWithCanonicalMapping
        #expect(!NFC.isKnownNFC(nfd))
        #expect(Array(NFC.normalize(nfd).unicodeScalars) == Array("Nguyễn Phú Trọng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func quickCheckPassesComposedText() {
        #expect(NFC.isKnownNFC("Phạm Minh Chính"))
        #expect(NFC.isKnownNFC("plain ascii"))
        #expect(NFC.isKnownNFC("日本"))
        #expect(!NFC.isKnownNFC("a\u{0301}"))
        // Ω (U+2126 OHM SIGN) is a singleton: it changes under NFC.
        #expect(!NFC.isKnownNFC("\u{2126}"))
        #expect(NFC.normalize("\u{2126}") == "\u{03A9}")
    }
}

@Suite struct DisplayWidthTests {
    @Test func vietnameseTakesOneColumnPerLetter() {
        #expect(DisplayWidth.columns("Phạm Minh Chính") == 15)
        #expect(DisplayWidth.columns("Phạm Minh Chính".decomposedStringWithCanonicalMapping) == 15)
    }

    @Test func wideCharactersTakeTwo() {
        #expect(DisplayWidth.columns("日本") == 4)
        #expect(DisplayWidth.columns("菅義偉 Suga") == 11)
        #expect(DisplayWidth.columns("👍") == 2)
        #expect(DisplayWidth.columns("🇻🇳") == 2)
    }

    @Test func paddingUsesColumns() {
        #expect(DisplayWidth.padRight("Đà", to: 4) == "Đà  ")
        #expect(DisplayWidth.padLeft("日", to: 4) == "  日")
        #expect(DisplayWidth.padRight("toolong", to: 3) == "toolong")
    }
}

@Suite struct EditDistanceTests {
    @Test func distances() {
        #expect(EditDistance.distance("suports", "supports") == 1)
        #expect(EditDistance.distance("kitten", "sitting") == 3)
        #expect(EditDistance.distance("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.distance("", "abc") == 3)
        #expect(EditDistance.distance("việt", "viet") == 1)
    }
}

@Suite struct FoldTableTests {
    /// The table-driven fast path gives exactly the general (Foundation) fold, letter by letter
    /// and on mixed text, upper and lower case, composed and decomposed.
    @Test func fastPathAgreesWithTheGeneralFold() {
        var samples: [String] = []
        for v in Array(0x80...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            samples.append("A" + String(Character(scalar)) + "-b")
        }
        samples += ["Phạm Minh Chính", "ĐẶNG THỊ NGỌC THỊNH", "Nguyễn Tấn Dũng", "Hồ Chí Minh_city",
                    "Thừa Thiên–Huế", "Ðà Nẵng", "Ơ ư Ư ơ"]
        samples += samples.map(\.decomposedStringWithCanonicalMapping)
        for sample in samples {
            let general = Fold.generalKey(sample)
            if let fast = Fold.latinKey(sample) {
                #expect(fast == general, "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(Fold.key(sample) == general)
        }
        #expect(Fold.latinKey("Phạm Minh Chính") != nil, "Vietnamese must take the fast path")
    }
}

@Suite struct TranspositionTests {
    @Test func anAdjacentSwapIsOneEdit() {
        #expect(EditDistance.distance("kidn", "kind") == 1)
        #expect(EditDistance.distance("nmae", "name") == 1)
        #expect(EditDistance.distance("ab", "ba") == 1)
        #expect(EditDistance.distance("abc", "ca") == 3)
    }
}
