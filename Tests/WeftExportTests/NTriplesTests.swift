// N-Triples: the seed graph and hostile strings parse with raptor; IRIs and literals as documented.
import Foundation
import Testing
import WeftModel
import WeftStore
import WeftTestSupport
@testable import WeftExport

@Suite struct NTriplesTests {
    static func seedTriples() throws -> (text: String, count: Int) {
        let (file, _) = try Fixtures.seedGraph()
        var writer = NTriplesWriter(schema: file.schema)
        writer.writeSchema()
        try file.forEachNode { writer.write($0) }
        try file.forEachClaim { writer.write($0) }
        return (String(decoding: writer.bytes, as: UTF8.self), writer.triples)
    }

    @Test func theSeedGraphParsesWithRapper() throws {
        let (text, count) = try Self.seedTriples()
        #expect(Tools.rapperCount(text) == count)
        #expect(text.contains(#"<https://weft.example/node/n1> <http://www.w3.org/2000/01/rdf-schema#label> "Phạm Minh Chính"@vi ."#))
        #expect(text.contains(#"<https://weft.example/node/n1> <http://www.w3.org/2004/02/skos/core#altLabel> "Thủ tướng Phạm Minh Chính"@vi ."#))
        #expect(text.contains(#"<https://weft.example/node/n1> <https://weft.example/rel/PRAISES> <https://weft.example/node/n4> ."#))
        #expect(text.contains(#"<https://weft.example/claim/R01.0> <https://weft.example/vocab/sentence> "1"^^<http://www.w3.org/2001/XMLSchema#integer> ."#))
        #expect(text.contains(#"<https://weft.example/rel/PHONES> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#SymmetricProperty> ."#))
    }

    @Test func negatedClaimsAreOnlyReified() {
        var writer = NTriplesWriter(schema: Fixtures.schema)
        writer.write(ClaimRecord(id: "x", type: Fixtures.type("SUPPORTS"), subject: "a", object: "b", negated: true))
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(!text.contains("<https://weft.example/node/a> <https://weft.example/rel/SUPPORTS>"))
        #expect(text.contains(#"<https://weft.example/claim/x> <https://weft.example/vocab/negated> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> ."#))
        #expect(Tools.rapperCount(text) == writer.triples)
    }

    @Test(arguments: DOTEscapingTests.nasty.map(\.label))
    func hostileIdsAndNamesStillParse(_ label: String) throws {
        let text = try #require(DOTEscapingTests.nasty.first(where: { $0.label == label })).text
        var writer = NTriplesWriter(schema: Fixtures.schema)
        writer.write(NodeRecord(id: text, kind: Fixtures.kind("Person"), name: text, aliases: [text],
                                properties: [("note", .string(text)), ("score", .float(.infinity)), ("tags", .list([.int(1), .string(text)]))]))
        writer.write(ClaimRecord(id: text, type: Fixtures.type("PRAISES"), subject: text, object: text, article: text,
                                 evidence: text, speaker: text, claim: text))
        #expect(Tools.rapperCount(String(decoding: writer.bytes, as: UTF8.self)) == writer.triples)
    }

    @Test func irisEncodeEveryByteOutsideTheUnreservedSet() {
        #expect(IRIScheme.standard.node("Biển Đông/1 #x") == "<https://weft.example/node/Bi%E1%BB%83n%20%C4%90%C3%B4ng%2F1%20%23x>")
        #expect(IRIScheme(base: "http://example.org/g#")?.kind("Person") == "<http://example.org/g#kind/Person>")
        #expect(IRIScheme(base: "no-scheme/") == nil)
        #expect(IRIScheme(base: "http://x.org/a b/") == nil)
        #expect(IRIScheme(base: "http://x.org") == nil)
        #expect(NTriples.literal("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
    }
}
