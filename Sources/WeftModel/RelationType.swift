// Relation types: name, signature (allowed subject and object kinds), CAMEO codes, symmetry.

/// A relation type, by its position in the schema's relation list.
public struct RelationTypeID: Hashable, Comparable, Sendable {
    public let raw: UInt8
    public init(_ raw: UInt8) { self.raw = raw }
    public static func < (a: RelationTypeID, b: RelationTypeID) -> Bool { a.raw < b.raw }
}

/// Acts are events reported in articles (they carry CAMEO codes); structural relations are
/// standing facts (LEADS, MEMBER_OF, …) and the Article's MENTIONS.
public enum RelationClass: String, Sendable {
    case act
    case structural
}

/// A relation type as the schema declares it.
public struct RelationTypeInfo: Sendable, Equatable {
    public let id: RelationTypeID
    public let name: String
    public let relationClass: RelationClass
    /// CAMEO codes or code prefixes whose default type this is ("02" for all appeals, "041").
    public let cameoPrefixes: [String]
    /// Stored once and matched in both directions.
    public let symmetric: Bool
    public let subjectKinds: KindSet
    public let objectKinds: KindSet
    public let description: String

    /// Whether an edge from a `subject` node to an `object` node fits this type's signature.
    public func accepts(subject: KindID, object: KindID) -> Bool {
        subjectKinds.contains(subject) && objectKinds.contains(object)
    }
}
