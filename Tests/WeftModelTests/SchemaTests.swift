// The schema data file: it parses, it is the one built in, and bad rows are reported by line.
import Foundation
import Testing
import WeftModel
import WeftTestSupport

@Suite struct SchemaTests {
    let schema = Schema.bundled

    @Test func bundledSchemaMatchesTheFilesInGraphs() throws {
        let folder = Paths.repository.appendingPathComponent("graphs/schema")
        let kinds = try String(contentsOf: folder.appendingPathComponent("kinds.tsv"), encoding: .utf8)
        let relations = try String(contentsOf: folder.appendingPathComponent("relations.tsv"), encoding: .utf8)
        let fromFiles = try Schema(kindsTSV: kinds, relationsTSV: relations)
        #expect(fromFiles.kinds == schema.kinds, "graphs/schema/kinds.tsv changed: run `make schema`")
        #expect(fromFiles.relationTypes == schema.relationTypes, "graphs/schema/relations.tsv changed: run `make schema`")
    }

    @Test func kindsAndTheActorGroup() throws {
        #expect(schema.kinds.map(\.name) == ["Person", "Country", "Organization", "Group", "Location", "Topic", "Article"])
        let actor = try #require(schema.kindSet(named: "actor"))
        #expect(schema.describe(actor) == "Person, Country, Organization, Group")
        #expect(schema.kind(named: "PERSON") == schema.kind(named: "Person"))
        #expect(schema.kind(named: "Persn") == nil)
    }

    @Test func everyRelationTypeOfTheSpecIsDeclared() {
        let names = Set(schema.relationTypes.map(\.name))
        for name in ["PRAISES", "PROPOSES", "PLEDGES", "AGREES", "SUPPORTS", "COOPERATES", "INVESTS", "CONSULTS",
                     "PHONES", "VISITS", "HOSTS", "SIGNS", "YIELDS", "INVESTIGATES", "DEMANDS", "CRITICIZES",
                     "REJECTS", "THREATENS", "PROTESTS", "REDUCES_RELATIONS", "COERCES", "ATTACKS", "STATES",
                     "LEADS", "MEMBER_OF", "PART_OF", "PARTNER_OF", "MENTIONS"] {
            #expect(names.contains(name), "\(name) missing")
        }
        let symmetric = schema.relationTypes.filter(\.symmetric).map(\.name).sorted()
        #expect(symmetric == ["AGREES", "CONSULTS", "PARTNER_OF", "PHONES"])
    }

    @Test func everyCAMEORootHasAType() {
        for root in 1...20 {
            let code = root < 10 ? "0\(root)" : "\(root)"
            #expect(schema.relationType(forCAMEO: code) != nil, "CAMEO root \(code) has no type")
        }
    }

    @Test(arguments: [("051", "PRAISES"), ("0211", "PROPOSES"), ("022", "SUPPORTS"), ("033", "PLEDGES"),
                      ("041", "PHONES"), ("042", "VISITS"), ("043", "HOSTS"), ("046", "CONSULTS"),
                      ("057", "SIGNS"), ("061", "INVESTS"), ("064", "COOPERATES"), ("071", "SUPPORTS"),
                      ("111", "CRITICIZES"), ("163", "REDUCES_RELATIONS"), ("173", "COERCES"), ("190", "ATTACKS"),
                      ("010", "STATES")])
    func cameoCodesMapToTheLongestPrefix(code: String, type: String) throws {
        let id = try #require(schema.relationType(forCAMEO: code))
        #expect(schema.relationType(id).name == type)
    }

    @Test func signatures() throws {
        func kind(_ name: String) throws -> KindID { try #require(schema.kind(named: name)) }
        func type(_ name: String) throws -> RelationTypeInfo { schema.relationType(try #require(schema.relationType(named: name))) }
        #expect(try type("PRAISES").accepts(subject: kind("Person"), object: kind("Country")))
        #expect(try type("PRAISES").accepts(subject: kind("Country"), object: kind("Topic")))
        #expect(try !type("PRAISES").accepts(subject: kind("Topic"), object: kind("Country")))
        #expect(try type("LEADS").accepts(subject: kind("Person"), object: kind("Country")))
        #expect(try !type("LEADS").accepts(subject: kind("Country"), object: kind("Person")))
        #expect(try type("MENTIONS").accepts(subject: kind("Article"), object: kind("Topic")))
        #expect(try !type("MENTIONS").accepts(subject: kind("Article"), object: kind("Article")))
        #expect(try type("PART_OF").accepts(subject: kind("Location"), object: kind("Country")))
        #expect(try !type("MEMBER_OF").accepts(subject: kind("Person"), object: kind("Country")))
    }

    @Test func badRowsAreReportedWithTheirLine() {
        let kinds = "kind\tgroup\tdescription\nPerson\tActor\tx\nPlace\t-\ty\n"
        func error(_ relations: String) -> String {
            do {
                _ = try Schema(kindsTSV: kinds, relationsTSV: "type\tclass\tcameo\tsymmetric\tsubject\tobject\tdescription\n" + relations)
                return "no error"
            } catch { return error.description }
        }
        #expect(error("MEETS\tact\t04\tno\tActor\tPlanet\td") == "relations.tsv:2: error: unknown kind `Planet` in a signature")
        #expect(error("MEETS\tevent\t04\tno\tActor\tPlace\td") == "relations.tsv:2: error: class must be `act` or `structural`, not `event`")
        #expect(error("MEETS\tact\t04\tmaybe\tActor\tPlace\td") == "relations.tsv:2: error: symmetric must be `yes` or `no`, not `maybe`")
        #expect(error("MEETS\tact\t0x\tno\tActor\tPlace\td") == "relations.tsv:2: error: CAMEO code `0x` is not a string of digits")
        #expect(error("MEETS\tact\t04\tno\tActor\tPlace\td\nmeets\tact\t04\tno\tActor\tPlace\td")
                == "relations.tsv:3: error: relation type `meets` is declared twice")
        #expect(error("MEETS\tact\t04\tno\tActor") == "relations.tsv:2: error: expected 7 tab-separated columns, found 5")
        #expect(error("MEETS\tact\t04\tno\tActor\tPlace\td") == "no error")
    }
}

@Suite struct ValueTests {
    @Test func daysRoundTripThroughISOText() throws {
        for text in ["1970-01-01", "2021-04-20", "2000-02-29", "1973-09-21", "1899-12-31", "2400-12-31"] {
            let day = try #require(Day(iso: text))
            #expect(day.description == text)
        }
        #expect(Day(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day(iso: "1970-01-02")?.daysSinceEpoch == 1)
        #expect(Day(iso: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(try #require(Day(iso: "2023-01-01")) > #require(Day(iso: "2022-12-31")))
    }

    @Test func invalidDatesAreRejected() {
        for text in ["2021-02-29", "2021-13-01", "2021-00-10", "2021-1-01", "21-01-01", "2021/01/01", "2021-01-32", ""] {
            #expect(Day(iso: text) == nil, "\(text) accepted")
        }
    }

    @Test func modalityCodesAreStable() {
        #expect(Modality.allCases.map(\.rawValue) == Array(1...8))
        #expect(Modality(name: "intent") == .intent)
        #expect(Modality(name: "Intent") == nil)
        #expect(Modality(rawValue: 0) == nil)
    }
}
