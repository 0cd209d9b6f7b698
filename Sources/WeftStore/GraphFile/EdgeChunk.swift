// The hot columns of up to 65,536 consecutive claims, packed as one blob so a graph opens fast.
import Foundation

/// The integer columns of the claims whose rowids fall in one 64 Ki-wide range, stored column by
/// column in `edge_chunk.data`. Opening a graph reads these blobs instead of decoding every row
/// of `edge`; the writer keeps them in step with the table in the same transaction.
struct EdgeChunk: Equatable {
    static let shift: Int64 = 16
    static let magic: UInt32 = 0x7765_6331  // "wec1"

    var offsets: [UInt16] = []  // rowid − chunk base, ascending
    var type: [UInt8] = []  // stored relation_type id
    var flags: [UInt8] = []  // bit 0 negated, bits 4–7 modality
    var cameo: [UInt16] = []  // index into cameoCodes; 0 = none
    var subject: [UInt32] = []  // stored node ids
    var object: [UInt32] = []
    var article: [UInt32] = []  // 0 = none
    var sentence: [UInt32] = []  // 0 = none
    var date: [Int32] = []  // Int32.min = none
    var cameoCodes: [String] = [""]
    /// cameoCodes' positions, so a put does not search the list.
    private var cameoIndex: [String: UInt16] = [:]

    struct Row: Equatable {
        var type: UInt8, flags: UInt8, cameo: String?, subject: UInt32, object: UInt32
        var article: UInt32, sentence: UInt32, date: Int32
    }

    var count: Int { offsets.count }

    /// Inserts or replaces the row at `offset`.
    mutating func put(offset: UInt16, _ row: Row) {
        var code: UInt16 = 0
        if let text = row.cameo {
            if let known = cameoIndex[text] { code = known } else {
                code = UInt16(cameoCodes.count)
                cameoIndex[text] = code
                cameoCodes.append(text)
            }
        }
        var index = offsets.count
        if let last = offsets.last, offset <= last {
            index = offsets.partitioningIndex { $0 >= offset }
            if index < offsets.count && offsets[index] == offset {
                type[index] = row.type; flags[index] = row.flags; cameo[index] = code
                subject[index] = row.subject; object[index] = row.object; article[index] = row.article
                sentence[index] = row.sentence; date[index] = row.date
                return
            }
        }
        offsets.insert(offset, at: index); type.insert(row.type, at: index); flags.insert(row.flags, at: index)
        cameo.insert(code, at: index); subject.insert(row.subject, at: index); object.insert(row.object, at: index)
        article.insert(row.article, at: index); sentence.insert(row.sentence, at: index); date.insert(row.date, at: index)
    }

    // MARK: Encoding

    func encoded() -> Data {
        var data = Data()
        data.reserveCapacity(16 + cameoCodes.count * 6 + count * 28)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append<T: FixedWidthInteger>(_ values: [T]) {
            #if _endian(little)
            // The column's memory is already the little-endian layout: one copy, not one append per
            // value (which was a tenth of an ingest).
            values.withUnsafeBytes { data.append(contentsOf: $0) }
            #else
            for value in values { append(value) }
            #endif
        }
        append(EdgeChunk.magic)
        append(UInt32(count))
        append(UInt32(cameoCodes.count))
        for code in cameoCodes {
            append(UInt16(code.utf8.count))
            data.append(contentsOf: Array(code.utf8))
        }
        append(offsets); append(type); append(flags); append(cameo)
        append(subject); append(object); append(article); append(sentence); append(date)
        return data
    }

    /// Decodes a blob written by `encoded()`; nil when it is not one.
    init?(decoding bytes: UnsafeRawBufferPointer) {
        var position = 0
        func read<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard position + MemoryLayout<T>.size <= bytes.count else { return nil }
            let value = bytes.loadUnaligned(fromByteOffset: position, as: T.self)
            position += MemoryLayout<T>.size
            return T(littleEndian: value)
        }
        func array<T: FixedWidthInteger>(_: T.Type, _ n: Int) -> [T]? {
            let size = n * MemoryLayout<T>.size
            guard position + size <= bytes.count else { return nil }
            let result = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)]))
                initialized = n
            }
            position += size
            return result.map { T(littleEndian: $0) }
        }
        guard read(UInt32.self) == EdgeChunk.magic, let n32 = read(UInt32.self), let codes = read(UInt32.self) else { return nil }
        let n = Int(n32)
        cameoCodes = []
        for _ in 0..<codes {
            guard let length = read(UInt16.self), position + Int(length) <= bytes.count else { return nil }
            cameoCodes.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + Int(length))]), as: UTF8.self))
            position += Int(length)
        }
        guard let o = array(UInt16.self, n), let t = array(UInt8.self, n), let f = array(UInt8.self, n),
              let c = array(UInt16.self, n), let s = array(UInt32.self, n), let ob = array(UInt32.self, n),
              let a = array(UInt32.self, n), let se = array(UInt32.self, n), let d = array(Int32.self, n),
              position == bytes.count, !cameoCodes.isEmpty
        else { return nil }
        (offsets, type, flags, cameo, subject, object, article, sentence, date) = (o, t, f, c, s, ob, a, se, d)
        for (index, code) in cameoCodes.enumerated() where !code.isEmpty { cameoIndex[code] = UInt16(index) }
    }

    init() {}
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
