// The REPL's continuation check: complete only when a `;` outside strings and comments ends it.
import Testing
import WeftQuery

@Suite struct CompletenessTests {
    @Test(arguments: [
        ("RETURN 1;", true),
        ("RETURN 1;  \n", true),
        ("RETURN 1; // done", true),
        ("RETURN 1; /* done */", true),
        ("MATCH (n)\nRETURN n;", true),
        ("RETURN \"a;\";", true),
        ("", false),
        ("   \n", false),
        ("RETURN 1", false),
        ("RETURN \"a;", false),
        ("RETURN 'a;", false),
        ("RETURN 1 // ;", false),
        ("RETURN 1 /* ;", false),
        ("RETURN 1 /* ; */", false),
        ("RETURN `a;", false),
        ("RETURN 1; MATCH (n)", false),
        ("RETURN \"Nhật Bản”;", false),
    ])
    func complete(_ buffer: String, _ expected: Bool) {
        #expect(Completeness.isComplete(buffer) == expected, "\(buffer.debugDescription)")
    }
}
