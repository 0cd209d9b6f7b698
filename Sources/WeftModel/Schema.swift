// The schema: the closed lists of kinds and relation types, read from graphs/schema/*.tsv.

/// Kinds and relation types with their signatures. Look-ups by name are case-insensitive
/// (SPEC §5: kinds and relation types are case-insensitive).
public struct Schema: Sendable {
    public let kinds: [KindInfo]
    public let relationTypes: [RelationTypeInfo]
    /// Kind groups ("Actor") and the kinds in each.
    public let groups: [String: KindSet]
    private let kindByName: [String: KindID]
    private let typeByName: [String: RelationTypeID]

    init(kinds: [KindInfo], relationTypes: [RelationTypeInfo]) {
        self.kinds = kinds
        self.relationTypes = relationTypes
        var groups: [String: KindSet] = [:]
        for kind in kinds { if let group = kind.group { groups[group, default: KindSet()].insert(kind.id) } }
        self.groups = groups
        kindByName = Dictionary(uniqueKeysWithValues: kinds.map { ($0.name.uppercased(), $0.id) })
        typeByName = Dictionary(uniqueKeysWithValues: relationTypes.map { ($0.name.uppercased(), $0.id) })
    }

    public func kind(named name: String) -> KindID? { kindByName[name.uppercased()] }
    public func kind(_ id: KindID) -> KindInfo { kinds[Int(id.raw)] }
    /// A kind or a kind group ("Actor") as a set, for patterns like `(x:Actor)`.
    public func kindSet(named name: String) -> KindSet? {
        if let id = kind(named: name) { return KindSet([id]) }
        return groups.first(where: { $0.key.uppercased() == name.uppercased() })?.value
    }
    public var allKinds: KindSet { KindSet(kinds.map(\.id)) }

    public func relationType(named name: String) -> RelationTypeID? { typeByName[name.uppercased()] }
    public func relationType(_ id: RelationTypeID) -> RelationTypeInfo { relationTypes[Int(id.raw)] }

    /// The default relation type of a CAMEO code: the type with the longest matching prefix
    /// ("0211" → PROPOSES through "02", "022" → SUPPORTS, "041" → PHONES).
    public func relationType(forCAMEO code: String) -> RelationTypeID? {
        var best: (length: Int, id: RelationTypeID)?
        for type in relationTypes {
            for prefix in type.cameoPrefixes where code.hasPrefix(prefix) {
                if prefix.count > (best?.length ?? 0) { best = (prefix.count, type.id) }
            }
        }
        return best?.id
    }

    /// The names of the kinds in `set`, in schema order, joined for messages ("Person, Country").
    public func describe(_ set: KindSet) -> String {
        set.members.map { kind($0).name }.joined(separator: ", ")
    }
}
