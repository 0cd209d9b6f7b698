// The IRIs of nodes, claims, acts, kinds, relation types and properties in RDF exports (docs/rdf.md).

/// Everything lives under one base. External ids and property keys are percent-encoded (every
/// byte of their UTF-8 outside A–Z a–z 0–9 - . _ ~), so any id gives a valid IRI and distinct ids
/// give distinct IRIs. Kind and relation type names are identifiers and go in as they are.
public struct IRIScheme: Sendable, Equatable {
    public let base: String

    /// `https://weft.example/`: `.example` is reserved for documentation (RFC 2606), so the
    /// default can never collide with anyone's real data; pass a base you own to publish.
    public static let standard = IRIScheme(uncheckedBase: "https://weft.example/")

    /// A base must be an absolute IRI ending in `/` or `#` with nothing N-Triples forbids in an IRI.
    public init?(base: String) {
        guard let colon = base.firstIndex(of: ":"), colon != base.startIndex,
              base.hasSuffix("/") || base.hasSuffix("#"),
              !base.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains($0) })
        else { return nil }
        self.base = base
    }

    private init(uncheckedBase: String) {
        base = uncheckedBase
    }

    public func node(_ id: String) -> String { "<\(base)node/\(IRIScheme.encode(id))>" }
    public func claim(_ id: String) -> String { "<\(base)claim/\(IRIScheme.encode(id))>" }
    /// The act a claim belongs to: all edges extracted from one act share it (SPEC §1 `claim`).
    public func act(_ id: String) -> String { "<\(base)act/\(IRIScheme.encode(id))>" }
    public func kind(_ name: String) -> String { "<\(base)kind/\(IRIScheme.encode(name))>" }
    public func relation(_ name: String) -> String { "<\(base)rel/\(IRIScheme.encode(name))>" }
    /// A node's or claim's own property (`title`, …).
    public func property(_ key: String) -> String { "<\(base)prop/\(IRIScheme.encode(key))>" }
    /// weft's own vocabulary: the provenance fields and the external id.
    public func vocabulary(_ term: String) -> String { "<\(base)vocab/\(term)>" }

    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }
}

/// The standard vocabularies weft's triples use.
enum RDFTerms {
    static let type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    static let statement = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"
    static let subject = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>"
    static let predicate = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>"
    static let object = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object>"
    static let property = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Property>"
    static let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    static let comment = "<http://www.w3.org/2000/01/rdf-schema#comment>"
    static let rdfsClass = "<http://www.w3.org/2000/01/rdf-schema#Class>"
    static let subClassOf = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
    static let altLabel = "<http://www.w3.org/2004/02/skos/core#altLabel>"
    static let symmetricProperty = "<http://www.w3.org/2002/07/owl#SymmetricProperty>"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
}
