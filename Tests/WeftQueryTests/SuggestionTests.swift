// "Did you mean": fold-aware edit distance, a 4-character minimum, distance ≤ 2, stable ties.
import Testing
import WeftQuery

@Suite struct SuggestionTests {
    let types = ["SUPPORTS", "PLEDGES", "PROPOSES", "PRAISES", "PROTESTS", "VISITS", "HOSTS", "LEADS"]

    @Test func findsTheClosestType() {
        #expect(Suggestion.bestMatch(for: "SUPORTS", among: types) == "SUPPORTS")
        #expect(Suggestion.bestMatch(for: "pledge", among: types) == "PLEDGES")
        #expect(Suggestion.bestMatch(for: "visit", among: types) == "VISITS")
    }

    @Test func foldsCaseAndToneMarks() {
        #expect(Suggestion.bestMatch(for: "Nhat Ban", among: ["Nhật Bản", "Việt Nam"]) == "Nhật Bản")
        #expect(Suggestion.bestMatch(for: "viet_nam", among: ["Nhật Bản", "Việt Nam"]) == "Việt Nam")
        #expect(Suggestion.bestMatch(for: "DUC", among: ["Đức"]) == nil)        // 3 characters
        #expect(Suggestion.bestMatch(for: "Duc Anh", among: ["Đức Anh"]) == "Đức Anh")
    }

    @Test func shortNamesAndFarNamesGetNothing() {
        #expect(Suggestion.bestMatch(for: "VIS", among: types) == nil)
        #expect(Suggestion.bestMatch(for: "ATTACKS", among: types) == nil)
    }

    @Test func tiesAreBrokenDeterministically() {
        // "PRAISE" is one edit from both PRAISES and… PRAISED; the fold key that sorts first wins
        // whatever the candidate order.
        let a = Suggestion.bestMatch(for: "PRAISE", among: ["PRAISES", "PRAISED"])
        let b = Suggestion.bestMatch(for: "PRAISE", among: ["PRAISED", "PRAISES"])
        #expect(a == "PRAISED")
        #expect(a == b)
    }

    @Test func engineCatalogueEntriesRender() {
        let source = SourceText("MATCH (c:Country \"Japan\")-[r:SUPORTS]->(t:Topic) RETURN t.name")
        let range = source.range(29, 36)
        let diagnostic = Catalogue.unknownRelationType(
            "SUPORTS", range: range, suggestion: Suggestion.bestMatch(for: "SUPORTS", among: types))
        let expected = """
            error[E101]: unknown relation type `SUPORTS`
             --> query:1:30
            1 | MATCH (c:Country "Japan")-[r:SUPORTS]->(t:Topic) RETURN t.name
              |                              ^^^^^^^ did you mean `SUPPORTS`?
            """
        #expect(DiagnosticRenderer.render(diagnostic, source: source, origin: "query") == expected)
    }
}
