// Writes graph records as N-Triples: the schema as classes and properties, nodes, reified claims.
import WeftModel

/// One triple per line, UTF-8, in record order, into a buffer the caller drains (`take()`).
/// A claim is asserted as a plain triple only when it is affirmative, and always described as an
/// `rdf:Statement` carrying its provenance: a negated claim must not say the opposite of itself.
public struct NTriplesWriter {
    public let schema: Schema
    public let iris: IRIScheme
    public private(set) var bytes: [UInt8] = []
    public private(set) var triples = 0

    public init(schema: Schema, iris: IRIScheme = .standard) {
        self.schema = schema
        self.iris = iris
    }

    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    private mutating func triple(_ s: String, _ p: String, _ o: String) {
        bytes.append(contentsOf: "\(s) \(p) \(o) .\n".utf8)
        triples += 1
    }

    /// Kinds as classes (with their groups as superclasses) and relation types as properties.
    public mutating func writeSchema() {
        for group in schema.groups.keys.sorted() {
            triple(iris.kind(group), RDFTerms.type, RDFTerms.rdfsClass)
            triple(iris.kind(group), RDFTerms.label, NTriples.literal(group))
        }
        for kind in schema.kinds {
            let iri = iris.kind(kind.name)
            triple(iri, RDFTerms.type, RDFTerms.rdfsClass)
            triple(iri, RDFTerms.label, NTriples.literal(kind.name))
            triple(iri, RDFTerms.comment, NTriples.literal(kind.description, language: "en"))
            if let group = kind.group { triple(iri, RDFTerms.subClassOf, iris.kind(group)) }
        }
        for type in schema.relationTypes {
            let iri = iris.relation(type.name)
            triple(iri, RDFTerms.type, RDFTerms.property)
            if type.symmetric { triple(iri, RDFTerms.type, RDFTerms.symmetricProperty) }
            triple(iri, RDFTerms.label, NTriples.literal(type.name))
            triple(iri, RDFTerms.comment, NTriples.literal(type.description, language: "en"))
        }
    }

    public mutating func write(_ node: NodeRecord) {
        let iri = iris.node(node.id)
        // Names are Vietnamese as the press writes them, including foreign names ("Suga Yoshihide");
        // an Article's name is an identifier, not a name in any language.
        let language: String? = schema.kind(node.kind).name == "Article" ? nil : "vi"
        triple(iri, RDFTerms.type, iris.kind(schema.kind(node.kind).name))
        triple(iri, RDFTerms.label, NTriples.literal(node.name, language: language))
        for alias in node.aliases { triple(iri, RDFTerms.altLabel, NTriples.literal(alias, language: language)) }
        triple(iri, iris.vocabulary("id"), NTriples.literal(node.id))
        for (key, value) in node.properties {
            for object in NTriples.literals(value, language: key == "title" ? "vi" : nil) {
                triple(iri, iris.property(key), object)
            }
        }
    }

    public mutating func write(_ claim: ClaimRecord) {
        let subject = iris.node(claim.subject), object = iris.node(claim.object)
        let predicate = iris.relation(schema.relationType(claim.type).name)
        if !claim.negated { triple(subject, predicate, object) }
        let iri = iris.claim(claim.id)
        triple(iri, RDFTerms.type, RDFTerms.statement)
        triple(iri, RDFTerms.subject, subject)
        triple(iri, RDFTerms.predicate, predicate)
        triple(iri, RDFTerms.object, object)
        triple(iri, iris.vocabulary("id"), NTriples.literal(claim.id))
        triple(iri, iris.vocabulary("negated"), NTriples.typed(claim.negated ? "true" : "false", "boolean"))
        if let modality = claim.modality { triple(iri, iris.vocabulary("modality"), NTriples.literal(modality.name)) }
        if let article = claim.article { triple(iri, iris.vocabulary("article"), iris.node(article)) }
        if let sentence = claim.sentence { triple(iri, iris.vocabulary("sentence"), NTriples.typed(String(sentence), "integer")) }
        if let evidence = claim.evidence { triple(iri, iris.vocabulary("evidence"), NTriples.literal(evidence, language: "vi")) }
        if let cameo = claim.cameo { triple(iri, iris.vocabulary("cameo"), NTriples.literal(cameo)) }
        if let speaker = claim.speaker { triple(iri, iris.vocabulary("speaker"), NTriples.literal(speaker, language: "vi")) }
        if let date = claim.date { triple(iri, iris.vocabulary("date"), NTriples.typed(date.description, "date")) }
        if let act = claim.claim { triple(iri, iris.vocabulary("act"), iris.act(act)) }
        if let rule = claim.rule { triple(iri, iris.vocabulary("rule"), NTriples.literal(rule)) }
        for (key, value) in claim.properties {
            for literal in NTriples.literals(value, language: nil) { triple(iri, iris.property(key), literal) }
        }
    }
}
