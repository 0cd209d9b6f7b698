// The sets behind DISTINCT, count(DISTINCT …) and the groups of an aggregation, keeping hashes.
import WeftModel

/// The rows of DISTINCT and the group keys of an aggregation.
typealias RowSet = HashedSet<[RValue]>

/// Values numbered in the order they were first inserted, found again by hash. Each value's hash
/// is kept beside it, so growing the table never hashes a value twice and a probe compares values
/// only when their hashes agree. With Swift's `Set<[RValue]>`, every growth re-read and re-hashed
/// all rows — strings scattered over the heap — and `RETURN DISTINCT b.name` over 45,403 names at
/// 5M claims spent more time there than finding the names.
struct HashedSet<Element: Hashable> {
    private(set) var rows: [Element] = []
    private var hashes: [Int] = []
    /// Open addressing, linear probing: a row's index + 1, or 0 for an empty slot.
    private var table: [UInt32] = []
    private var mask = 0

    var count: Int { rows.count }

    /// The number of `row`, inserting it when it is new.
    mutating func insert(_ row: Element) -> (index: Int, inserted: Bool) {
        if (rows.count + 1) * 2 > table.count { grow() }
        let hash = row.hashValue
        var slot = hash & mask
        while table[slot] != 0 {
            let index = Int(table[slot]) - 1
            if hashes[index] == hash && rows[index] == row { return (index, false) }
            slot = (slot + 1) & mask
        }
        rows.append(row)
        hashes.append(hash)
        table[slot] = UInt32(rows.count)
        return (rows.count - 1, true)
    }

    /// Doubles the table (at least 16 slots, at most half full) and places every row again by
    /// its kept hash.
    private mutating func grow() {
        let size = max(16, table.count * 2)
        table = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for (index, hash) in hashes.enumerated() {
            var slot = hash & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt32(index + 1)
        }
    }
}
