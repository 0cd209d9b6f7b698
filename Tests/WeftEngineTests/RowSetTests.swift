// The row set behind DISTINCT and grouping: numbers in first-seen order, found again after growth.
import Testing
import WeftModel
@testable import WeftEngine

@Suite struct RowSetTests {
    @Test func rowsAreNumberedInTheOrderTheyFirstAppear() {
        var set = RowSet()
        #expect(set.insert([.string("Việt Nam")]) == (0, true))
        #expect(set.insert([.string("Nhật Bản")]) == (1, true))
        #expect(set.insert([.string("Việt Nam")]) == (0, false))
        #expect(set.insert([]) == (2, true))
        #expect(set.insert([]) == (2, false))
        #expect(set.count == 3)
    }

    @Test func growingKeepsEveryRowFindable() {
        var set = RowSet()
        var reference: [[RValue]: Int] = [:]
        // Rows of mixed shapes, each inserted twice, with the table growing many times between.
        let rows: [[RValue]] = (0..<20_000).map { i in
            switch i % 4 {
            case 0: [.string("Tên \(i / 2)")]
            case 1: [.int(Int64(i / 3)), .null]
            case 2: [.node(NodeID(UInt32(i % 977))), .string("đ")]
            default: [.list([.float(Double(i % 501)), .bool(i % 2 == 0)])]
            }
        }
        for row in rows + rows.reversed() {
            let found = set.insert(row)
            if let known = reference[row] {
                #expect(found == (known, false))
            } else {
                #expect(found == (reference.count, true))
                reference[row] = reference.count
            }
        }
        #expect(set.count == reference.count && set.count < rows.count)
        for (row, index) in reference { #expect(set.rows[index] == row) }
    }
}
