// Names that try to break DOT: each must render with the real Graphviz, literally, as one node.
import Foundation
import Testing
import WeftModel
import WeftTestSupport
@testable import WeftExport

@Suite struct DOTEscapingTests {
    /// Each case is a node name, a node key and an evidence text at once.
    static let nasty: [(label: String, text: String)] = [
        ("double quote", #"say "hi" to "Nhật Bản""#),
        ("trailing backslash", #"C:\path\"#),
        ("backslash escapes", #"\N \G \E \T \H \L \l \r \n \\"#),
        ("injection", #"x"]; "evil" [label="pwned"]; "y" -> "z"; a [label=""#),
        ("newline", "Phạm\nMinh\r\nChính"),
        ("angle brackets", "<b>bold</b> <I>italic</I> < >"),
        ("html-like label", "<<table><tr><td>cell</td></tr></table>>"),
        ("braces and bars", "{a|b} | {c}"),
        ("entities", "&amp; &lt;b&gt; &#38; & alone"),
        ("vietnamese", "Đặng Thị Ngọc Thịnh — Bộ Ngoại giao"),
        ("japanese", "菅義偉 (すが よしひで)"),
        ("emoji", "🇻🇳🤝🇯🇵 👩🏽‍💻"),
        ("empty", ""),
        ("controls", "tab\there nul\u{0}bell\u{7}del\u{7F}"),
        ("comment starters", "// not a comment /* nor this */ # nor this"),
    ]

    /// What Graphviz should print for `text` in a label: line breaks become separate <text>
    /// lines, tabs spaces, other control characters their visible symbols.
    static func printed(_ text: String) -> [String] {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            s == "\t" ? " " : s.value == 0x7F ? "\u{2421}" : (s.value < 0x20 && s != "\n" && s != "\r") ? Unicode.Scalar(0x2400 + s.value) ?? s : s
        }))
        return visible.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func scene(_ text: String) -> DOTScene {
        var scene = DOTScene(schema: Fixtures.schema)
        scene.add(DOTScene.Node(key: text, kind: Fixtures.kind("Person"), name: text))
        scene.add(DOTScene.Node(key: "other", kind: Fixtures.kind("Country"), name: "Nhật Bản"))
        scene.add(DOTScene.Claim(key: "c1", type: Fixtures.type("PRAISES"), subject: text, object: "other",
                                 citation: Citation(article: "A", sentence: 1, evidence: text)))
        return scene
    }

    @Test(arguments: nasty.map(\.label))
    func aNameRendersLiterallyAsOneNode(_ label: String) throws {
        let text = try #require(Self.nasty.first(where: { $0.label == label })).text
        let dot = Self.scene(text).dot()
        let svg = try #require(Tools.svg(dot))
        // Two nodes and one edge, plus three legend nodes (its edges are invisible): anything more
        // means the name injected statements.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 2 + 3)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 1)
        #expect(!svg.contains("pwned") || text.contains("pwned"))
        // Graphviz drops empty lines, and weft wraps long names at spaces: compare the words.
        let drawn = Tools.svgTexts(svg, tag: "text").joined(separator: " ")
        let words = Self.printed(text).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.isEmpty || drawn.split(separator: " ").joined(separator: " ").contains(words), "\(drawn)")
        // The evidence comes back whole in the edge's tooltip.
        let evidence = Self.printed(text).joined(separator: "\n")
        #expect(Tools.svgTooltips(svg).contains("A, sentence 1: «\(evidence)»"), "\(Tools.svgTooltips(svg))")
    }

    @Test func distinctKeysStayDistinctNodes() throws {
        var scene = DOTScene(schema: Fixtures.schema)
        let keys = ["a\\nb", "a\nb", "a\\\"b", "a\"b", "a\\b", "a\\\\b", "", " "]
        for key in keys { scene.add(DOTScene.Node(key: key, kind: Fixtures.kind("Topic"), name: "x")) }
        let svg = try #require(Tools.svg(scene.dot()))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == keys.count + 2)
    }

    @Test func idsLabelsAndTooltipsEscapeAsDocumented() {
        #expect(DOTText.id(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(DOTText.id("a\nb") == #""a\nb""#)
        #expect(DOTText.id("nul\u{0}") == #""nul\u0000""#)
        #expect(DOTText.label(#"\N & <b>"#) == #""\\N &amp; <b>""#)
        #expect(DOTText.label("a\r\nb\rc") == #""a\nb\nc""#)
        #expect(DOTText.tooltip(#"\G"#) == #""\\\\G""#)
    }
}
