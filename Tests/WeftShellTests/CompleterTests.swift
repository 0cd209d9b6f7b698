// Tab completion by context, without a terminal: names by fold, kinds, types, properties, meta.
import Foundation
import Testing
import WeftShell
import WeftTestSupport

@Suite struct CompleterTests {
    let completer: Completer

    init() throws {
        completer = Completer(graph: try ShellFixture.sampleGraph().memory, folder: Paths.repository.path)
    }

    @Test func entityNamesByFoldAndAlias() {
        #expect(completer.complete("MATCH (c:Country \"viet") == Completion(replacing: 4, candidates: ["Việt Nam"]))
        #expect(completer.complete("MATCH (p \"suga").candidates == ["Suga Yoshihide"])
        #expect(completer.complete("MATCH (p \"pham minh").candidates == ["Phạm Minh Chính"])
        #expect(completer.complete("MATCH (p \"thu tuong").candidates == ["Phạm Minh Chính", "Suga Yoshihide"])
    }

    @Test func kindsTypesPropertiesAndKeywords() {
        #expect(completer.complete("MATCH (x:Per").candidates == ["Person"])
        #expect(completer.complete("MATCH (a)-[r:PRA").candidates == ["PRAISES"])
        #expect(completer.complete("MATCH (a)-[:PLE").candidates == ["PLEDGES"])
        #expect(completer.complete("MATCH (a)-[r]->(b) RETURN r.evi").candidates == ["evidence"])
        #expect(completer.complete("MATCH (a) RETURN a.na").candidates == ["name"])
        #expect(completer.complete("MATCH (a) RET").candidates == ["RETURN"])
        #expect(completer.complete("match (a) ret").candidates == ["return"])
    }

    @Test func propertiesAreThoseOfTheKindsTheVariableWasGiven() {
        // Only Articles carry `title` in the seed graph.
        #expect(completer.complete("MATCH (a:Article) RETURN a.ti").candidates == ["title"])
        #expect(completer.complete("MATCH (x) RETURN x.ti").candidates == ["title"])
        #expect(completer.complete("MATCH (p:Person) RETURN p.ti").candidates == [])
        #expect(completer.complete("MATCH (p:Person)-[r]->(a : Article|Person) WHERE a.ti").candidates == ["title"])
        #expect(completer.complete("MATCH (p:Actor) RETURN p.").candidates == ["aliases", "id", "kind", "name"])
        #expect(completer.complete("MATCH (p:Person) RETURN p.na").candidates == ["name"])
    }

    @Test func metaCommandsAndTheirArguments() {
        #expect(completer.complete(".mo").candidates == [".mode"])
        #expect(completer.complete(".mode js").candidates == ["json", "jsonl"])
        #expect(completer.complete(".read Package.s").candidates == ["Package.swift"])
        #expect(completer.complete(".read Sources/WeftSh").candidates == ["Sources/WeftShell/"])
    }

    @Test func severalCandidatesAlignInColumns() {
        let listed = CandidateColumns.render(["Việt Nam", "Nhật Bản", "東京", "ASEAN"], width: 24)
        #expect(listed == "Việt Nam  東京\nNhật Bản  ASEAN\n")
    }
}
