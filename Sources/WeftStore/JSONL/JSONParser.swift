// A strict JSON parser over the UTF-8 bytes of one line: RFC 8259, invalid UTF-8 rejected.

public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// 1-based byte column in the line.
    public let column: Int
    public let message: String
}

public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    /// Parses one complete JSON value filling `bytes` (surrounding white space allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var copy = Array(text.utf8)
        return try copy.withUnsafeMutableBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            try parse(UnsafeBufferPointer(buffer))
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func error(_ message: String, at column: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(column: (column ?? position) + 1, message: message)
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error("expected a value, found the end of the line") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value, found \(describe(byte))")
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let start = position
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("expected `\(word)`", at: start) }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] {
            throw error("expected `\(word)`", at: start)
        }
        position += count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > 64 { throw error("values nested more than 64 deep") }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
            let keyStart = position
            let key = try string()
            if members.contains(where: { $0.key == key }) { throw error("duplicate key \"\(key)\"", at: keyStart) }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error("expected `:` after the key") }
            position += 1
            skipSpace()
            members.append((key, try value()))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(members)
            case nil: throw error("unterminated object: expected `,` or `}`")
            default: throw error("expected `,` or `}`")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") { position += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value())
            skipSpace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            case nil: throw error("unterminated array: expected `,` or `]`")
            default: throw error("expected `,` or `]`")
            }
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, (48...57).contains(first) else { throw error("expected a digit", at: position) }
        if first == 48 {
            position += 1
            if let next = current, (48...57).contains(next) { throw error("numbers may not start with 0", at: start) }
        } else {
            while let d = current, (48...57).contains(d) { position += 1 }
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let d = current, (48...57).contains(d) else { throw error("expected a digit after `.`") }
            while let d = current, (48...57).contains(d) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let d = current, (48...57).contains(d) else { throw error("expected a digit in the exponent") }
            while let d = current, (48...57).contains(d) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let int = Int64(text) { return .int(int) }
        guard let double = Double(text), double.isFinite else { throw error("number out of range", at: start) }
        return .double(double)
    }

    /// A string token: escapes decoded, UTF-8 validated, control characters rejected.
    private mutating func string() throws(JSONSyntaxError) -> String {
        let open = position
        position += 1
        let start = position
        var plain = true  // no escapes and ASCII only: the bytes are the string
        while true {
            guard let byte = current else { throw error("unterminated string", at: open) }
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw error("control character in a string (escape it)") }
            if byte == UInt8(ascii: "\\") { plain = false; position += 2; continue }
            if byte >= 0x80 { plain = false }
            position += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        if plain { return String(decoding: raw, as: UTF8.self) }
        return try decode(raw, offset: start)
    }

    private func decode(_ raw: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONSyntaxError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            if byte != UInt8(ascii: "\\") {
                if byte >= 0x80 {
                    let length = try utf8SequenceLength(raw, i, offset: offset)
                    out.append(contentsOf: raw[i..<(i + length)])
                    i += length
                } else {
                    out.append(byte)
                    i += 1
                }
                continue
            }
            guard i + 1 < raw.count else { throw error("unterminated escape", at: offset + i) }
            let escape = raw[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(raw, i, offset: offset)
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") else {
                        throw error("unpaired surrogate in \\u escape", at: offset + i - 6)
                    }
                    let low = try hex4(raw, i + 2, offset: offset)
                    guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape", at: offset + i) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape", at: offset + i - 6) }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw error("unknown escape `\\\(Character(Unicode.Scalar(escape)))`", at: offset + i - 2)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ at: Int, offset: Int) throws(JSONSyntaxError) -> UInt32 {
        guard at + 4 <= raw.count else { throw error("\\u needs four hex digits", at: offset + at) }
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = raw[at + k]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 65...70: digit = UInt32(c - 55)
            case 97...102: digit = UInt32(c - 87)
            default: throw error("\\u needs four hex digits", at: offset + at)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or an error naming the bad byte.
    private func utf8SequenceLength(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, offset: Int) throws(JSONSyntaxError) -> Int {
        let lead = raw[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error("invalid UTF-8 (byte 0x\(String(lead, radix: 16, uppercase: true)))", at: offset + i)
        }
        guard i + length <= raw.count else { throw error("invalid UTF-8 (truncated sequence)", at: offset + i) }
        for k in 1..<length {
            let byte = raw[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo && byte <= hi else {
                throw error("invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))", at: offset + i + k)
            }
        }
        return length
    }
}
