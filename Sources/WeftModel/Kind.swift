// Node kinds (Person, Country, …) and sets of them, as the schema declares them.

/// A node kind, by its position in the schema's kind list.
public struct KindID: Hashable, Comparable, Sendable {
    public let raw: UInt8
    public init(_ raw: UInt8) { self.raw = raw }
    public static func < (a: KindID, b: KindID) -> Bool { a.raw < b.raw }
}

/// A set of kinds as a bit mask: signatures, kind alternation (`:Person|Country`), kind groups.
public struct KindSet: Hashable, Sendable, SetAlgebra {
    public var bits: UInt64
    public init() { bits = 0 }
    public init(bits: UInt64) { self.bits = bits }
    public init(_ kinds: some Sequence<KindID>) {
        bits = 0
        for kind in kinds { bits |= 1 << UInt64(kind.raw) }
    }

    public func contains(_ kind: KindID) -> Bool { bits & (1 << UInt64(kind.raw)) != 0 }
    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }
    /// The kinds in the set, in schema order.
    public var members: [KindID] { (0..<64).compactMap { bits & (1 << UInt64($0)) != 0 ? KindID(UInt8($0)) : nil } }

    public func union(_ other: KindSet) -> KindSet { KindSet(bits: bits | other.bits) }
    public func intersection(_ other: KindSet) -> KindSet { KindSet(bits: bits & other.bits) }
    public func symmetricDifference(_ other: KindSet) -> KindSet { KindSet(bits: bits ^ other.bits) }
    @discardableResult
    public mutating func insert(_ kind: KindID) -> (inserted: Bool, memberAfterInsert: KindID) {
        let had = contains(kind)
        bits |= 1 << UInt64(kind.raw)
        return (!had, kind)
    }
    @discardableResult
    public mutating func remove(_ kind: KindID) -> KindID? {
        guard contains(kind) else { return nil }
        bits &= ~(1 << UInt64(kind.raw))
        return kind
    }
    @discardableResult
    public mutating func update(with kind: KindID) -> KindID? {
        let had = contains(kind)
        bits |= 1 << UInt64(kind.raw)
        return had ? kind : nil
    }
    public mutating func formUnion(_ other: KindSet) { bits |= other.bits }
    public mutating func formIntersection(_ other: KindSet) { bits &= other.bits }
    public mutating func formSymmetricDifference(_ other: KindSet) { bits ^= other.bits }
}

/// A kind as the schema declares it.
public struct KindInfo: Sendable, Equatable {
    public let id: KindID
    public let name: String
    /// The group this kind belongs to (`Actor`), if any.
    public let group: String?
    public let description: String
}
