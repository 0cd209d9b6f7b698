// An actor or place of one article, after the references stage has merged its names.

public struct Entity: Sendable {
    /// Node id: the gazetteer's id, or kind + fold key, so that the same actor in two articles is one node.
    public let id: String
    public let kind: String
    public var name: String
    /// Names written in the article other than `name`, first seen first.
    public var aliases: [String]
    /// The gazetteer id of the entity's country (a person's nationality, a group's country).
    public var country: String?
    public var title: String?
    public var mentionCount: Int
}

/// What a subject or an object of an act refers to.
public enum Referent: Equatable, Sendable {
    case entity(Int)
    /// Two entities acting together (hai Thủ tướng, hai bên): stored once as a symmetric claim.
    case pair(Int, Int)

    var first: Int {
        switch self {
        case .entity(let index), .pair(let index, _): index
        }
    }
}
