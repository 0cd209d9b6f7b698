// The renderer: SPEC §5's shapes, origin omitted, colour only when asked, carets by display width.
import Testing
import WeftQuery
import WeftTestSupport

@Suite struct RendererTests {
    @Test func scopeErrorMatchesTheSpec() {
        let source = SourceText("MATCH (c:Country)-[r]->(t)\nWITH c, count(r) AS n\nRETURN c.name, n, t.name")
        let use = source.range(source.bytes.count - 6, source.bytes.count - 5)
        let with = source.range(27, 31)
        let diagnostic = Catalogue.variableNotInScope("t", range: use, droppedBy: with)
        let expected = """
            error[E302]: variable `t` is not in scope
             --> query:3:19
            3 | RETURN c.name, n, t.name
              |                   ^ `t` was dropped by the WITH on line 2
              = help: add `t` to the WITH list
            """
        #expect(DiagnosticRenderer.render(diagnostic, source: source, origin: "query") == expected)
    }

    @Test func headerFormWithAndWithoutOrigin() {
        let result = Parser.parseScript("RETURN 1;;", origin: "nightly.wq")
        let diagnostic = result.diagnostics[0]
        #expect(DiagnosticRenderer.header(diagnostic, origin: "nightly.wq") == "nightly.wq:1:10: error[E021]: empty statement")
        #expect(DiagnosticRenderer.header(diagnostic, origin: nil) == "1:10: error[E021]: empty statement")
        let batch = DiagnosticRenderer.render(diagnostic, source: result.source, origin: nil, style: .batch)
        #expect(batch.hasPrefix("1:10: error[E021]: empty statement\n1 | RETURN 1;;\n"))
    }

    @Test func colourOnlyWhenAsked() {
        let result = Parser.parseScript("RETURN 1;;")
        let plain = DiagnosticRenderer.render(result.diagnostics[0], source: result.source, origin: nil)
        let coloured = DiagnosticRenderer.render(result.diagnostics[0], source: result.source, origin: nil, color: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror[E021]\u{1B}[0m"))
    }

    @Test func caretsUseDisplayWidth() {
        // Two CJK characters are four columns; the caret under `=~` must start after them.
        let result = Parser.parseScript("RETURN \"日本\" =~ \"x\";")
        let text = DiagnosticRenderer.render(result.diagnostics[0], source: result.source, origin: nil)
        let lines = text.split(separator: "\n")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 14) + "^^ regular expressions are not supported")
    }

    @Test func engineCatalogue() {
        let source = SourceText("MATCH (p:Persn)-[:VISITS*1..9]->(c) WHERE count(c) > 1 AND c = \"Lào\" RETURN p.nmae, p + count(c);")
        func r(_ a: Int, _ b: Int) -> SourceRange { source.range(a, b) }
        let all: [Diagnostic] = [
            Catalogue.unknownKind("Persn", range: r(9, 14), suggestion: Suggestion.bestMatch(for: "Persn", among: ["Person", "Country"])),
            Catalogue.unknownProperty("nmae", range: r(78, 82), suggestion: Suggestion.bestMatch(for: "nmae", among: ["name", "aliases"])),
            Catalogue.unknownFunction("cout", range: r(42, 47), suggestion: "count"),
            Catalogue.impossibleEdge(type: "LEADS", subject: "Topic", object: "Country", range: r(15, 32),
                                     signature: "Person → Country, Organization or Group"),
            Catalogue.unknownDefinedQuery("pledges", range: r(0, 5), suggestion: nil),
            Catalogue.wrongArgumentCount("pledges_of", expected: 1, found: 2, range: r(0, 5)),
            Catalogue.hopBoundOverCap(9, range: r(24, 28)),
            Catalogue.shortestMisuse(r(0, 5)),
            Catalogue.relationSelfReference("ally", range: r(18, 24)),
            Catalogue.aggregateInWhere("count", range: r(42, 50)),
            Catalogue.mixedAggregate(range: r(84, 96), plain: r(84, 85)),
            Catalogue.nodeComparedWithString("c", range: r(59, 69), operatorRange: r(61, 62)),
        ]
        Snapshot.assert(DiagnosticRenderer.render(all, source: source, origin: "engine.wq"), named: "engine-catalogue")
    }
}
