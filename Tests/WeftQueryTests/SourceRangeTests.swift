// Source ranges: UTF-8 offsets and Character columns after NFC, on Vietnamese and CJK text.
import Testing
import WeftQuery

@Suite struct SourceRangeTests {
    /// The node's variable range, found through the AST of `MATCH (<var>…) RETURN 1;`.
    func firstNode(_ text: String) -> NodePattern? {
        guard case .query(let q)? = Parser.parseStatement(text).statement?.body,
              case .match(let m)? = q.clauses.first else { return nil }
        return m.paths.first?.start
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "MATCH (bộ_trưởng:Person) RETURN bộ_trưởng.name;"
        let node = firstNode(text)
        #expect(node?.variable?.text == "bộ_trưởng")
        let range = node?.variable?.range
        #expect(range?.start.column == 8)
        #expect(range?.end.column == 17)                  // nine Characters
        #expect(range?.start.offset == 7)
        #expect(range.map { $0.end.offset - $0.start.offset } == "bộ_trưởng".utf8.count)
    }

    @Test func inputIsNormalisedToNFCFirst() {
        // "Nhật" typed with combining marks (NFD): the name is NFC and columns count Characters.
        let decomposed = "MATCH (c:Country \"Nha\u{0323}\u{0302}t\") RETURN c;"
        let source = SourceText(decomposed)
        #expect(source.text == "MATCH (c:Country \"Nhật\") RETURN c;")
        guard case .query(let q)? = Parser.parseStatement(source).statement?.body,
              case .match(let m)? = q.clauses.first else { Issue.record("no match"); return }
        #expect(m.paths.first?.start.filter == .name("Nhật"))
        #expect(q.returning.range.start.column == 26)
    }

    @Test func linesAndColumnsAcrossLines() {
        let source = SourceText("MATCH (a)\n  RETURN \"Hà Nội\", a;")
        let offset = source.text.utf8.count - 2      // the `a` before `;`
        let location = source.location(at: offset)
        #expect(location.line == 2)
        #expect(location.column == 20)
        #expect(source.line(2) == "  RETURN \"Hà Nội\", a;")
        #expect(source.location(at: source.bytes.count).column == 22)
    }

    @Test func keywordsAreCaseInsensitive() {
        let a = Parser.parseStatement("match (n) where n.x = 1 return distinct n order by n desc limit 2;")
        let b = Parser.parseStatement("MATCH (n) WHERE n.x = 1 RETURN DISTINCT n ORDER BY n DESC LIMIT 2;")
        #expect(a.diagnostics.isEmpty)
        #expect(a.statement.map { TreeDump.dump($0, ranges: false) } == b.statement.map { TreeDump.dump($0, ranges: false) })
    }

    @Test func stringsEscapesCommentsAndParameters() {
        let text = """
            // a line comment with a ; in it
            RETURN 'it\\'s', "say \\"hi\\"\\n\\t\\u1EA1", /* ; */ $country, `a``b`, 12, 3.5, 1e3;
            """
        let (statement, diagnostics) = Parser.parseStatement(text)
        #expect(diagnostics.isEmpty)
        guard case .query(let q)? = statement?.body else { Issue.record("no query"); return }
        let kinds = (q.returning.items ?? []).map(\.expression.kind)
        #expect(kinds == [.string("it's"), .string("say \"hi\"\n\tạ"), .parameter("country"), .variable("a`b"),
                          .integer(12), .float(3.5), .float(1000)])
    }

    @Test func everyEdgeShapeParses() {
        let shapes: [(String, EdgePattern.Direction)] = [
            ("-[]->", .outgoing), ("<-[]-", .incoming), ("-[]-", .either), ("--", .either), ("-->", .outgoing),
            ("<--", .incoming),
        ]
        for (shape, direction) in shapes {
            guard case .query(let q)? = Parser.parseStatement("MATCH (a)\(shape)(b) RETURN a;").statement?.body,
                  case .match(let m)? = q.clauses.first else { Issue.record("\(shape)"); continue }
            #expect(m.paths.first?.steps.first?.edge.direction == direction, "\(shape)")
        }
    }

    @Test func hopForms() {
        let forms = ["*", "*2", "*1..3", "*..3", "*2..", "*.."]
        for form in forms {
            let text = "MATCH (a)-[\(form)]->(b)\nRETURN b;"
            let (statement, diagnostics) = Parser.parseStatement(text)
            #expect(diagnostics.isEmpty, "\(form)")
            #expect(statement.map(Printer.print) == text)
        }
    }
}
