// Scanning of names, `quoted names`, $parameters, numbers and strings with their escapes.
import WeftText

extension Lexer {
    mutating func scanName() -> Token {
        let start = position
        while position < bytes.count {
            let (next, width) = scalar(at: position)
            guard Self.isNameContinue(next) else { break }
            position += width
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword.lookup(text) { return token(.keyword(keyword), from: start) }
        return token(.name(text), from: start)
    }

    /// `` `any text` `` with ``` `` ``` for a backtick; names end at the line end.
    mutating func scanQuotedName() -> Token {
        let start = position
        position += 1
        var value: [UInt8] = []
        while let byte = peek(), byte != 0x0A {
            if byte == UInt8(ascii: "`") {
                if peek(1) == UInt8(ascii: "`") {
                    value.append(byte)
                    position += 2
                    continue
                }
                position += 1
                var result = token(.name(String(decoding: value, as: UTF8.self)), from: start)
                result.quoted = true
                if value.isEmpty { result.problem = Catalogue.emptyQuotedName(result.range) }
                return result
            }
            value.append(byte)
            position += 1
        }
        var bad = Token(kind: .invalid, range: range(start, start + 1))
        bad.problem = Catalogue.unterminatedQuotedName(bad.range)
        return bad
    }

    mutating func scanParameter() -> Token {
        let start = position
        position += 1
        if peek() == UInt8(ascii: "`") {
            let name = scanQuotedName()
            if case .name(let text) = name.kind {
                return Token(kind: .parameter(text), range: range(from: start), quoted: true, problem: name.problem)
            }
            return name
        }
        if position < bytes.count, Self.isNameStart(scalar(at: position).0) {
            _ = scanName()  // keywords are fine after `$`: take the text, not the token kind
            let text = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
            return token(.parameter(text), from: start)
        }
        var bad = token(.invalid, from: start)
        bad.problem = Catalogue.missingParameterName(bad.range)
        return bad
    }

    mutating func scanNumber() -> Token {
        let start = position
        func digits() { while let b = peek(), (0x30...0x39).contains(b) { position += 1 } }
        digits()
        var isFloat = false
        if peek() == UInt8(ascii: "."), let next = peek(1), (0x30...0x39).contains(next) {
            isFloat = true
            position += 1
            digits()
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var ahead = 1
            if let sign = peek(1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { ahead = 2 }
            if let d = peek(ahead), (0x30...0x39).contains(d) {
                isFloat = true
                position += ahead
                digits()
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isFloat, let value = Double(text), value.isFinite { return token(.float(value), from: start) }
        if !isFloat, let value = Int(text) { return token(.integer(value), from: start) }
        var bad = token(.invalid, from: start)
        bad.problem = Catalogue.numberOutOfRange(bad.range, text: text)
        return bad
    }

    /// A string in `"` or `'`. Strings end at the line end: an unclosed quote then reports
    /// one line, not the rest of the script, and the next statement still parses.
    mutating func scanString() -> Token {
        let start = position
        let quote = bytes[position]
        position += 1
        var value: [UInt8] = []
        var typographic: SourceRange?
        var problem: Diagnostic?
        while let byte = peek(), byte != 0x0A, !(byte == 0x0D && peek(1) == 0x0A) {
            if byte == quote {
                position += 1
                let text = NFC.normalize(String(decoding: value, as: UTF8.self))
                return Token(kind: .string(text), range: range(from: start), problem: problem)
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = position
                if let scalar = scanEscape() {
                    value.append(contentsOf: Array(String(scalar).utf8))
                } else if problem == nil {
                    let escape = range(escapeStart, position)
                    problem = Catalogue.invalidEscape(escape, text: source.slice(escape))
                }
                continue
            }
            if byte == 0xE2, typographic == nil, Typography.isQuote(scalar(at: position).0) {
                typographic = range(position, position + 3)
            }
            value.append(byte)
            position += 1
        }
        var bad = Token(kind: .invalid, range: range(start, start + 1))
        bad.problem = Catalogue.unterminatedString(
            opening: bad.range, lineEnd: range(from: position), typographicQuote: typographic,
            source: source)
        return bad
    }

    /// After a backslash: the escaped scalar, or nil (position moved past the bad escape).
    mutating func scanEscape() -> Unicode.Scalar? {
        position += 1
        guard let byte = peek(), byte != 0x0A else { return nil }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "'"): return "'"
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let h = peek(), let digit = Self.hexValue(h) else { return nil }
                value = value * 16 + digit
                position += 1
            }
            return Unicode.Scalar(value)
        default:
            // Step over the whole scalar so the reported escape shows the character.
            if byte >= 0x80 { position += scalar(at: position - 1).1 - 1 }
            return nil
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    /// “Nhật Bản” pasted from a word processor: read to the closing typographic quote on the
    /// same line, so the statement still parses, and report the quotes with a rewrite.
    mutating func scanTypographicString() -> Token {
        let start = position
        let (open, width) = scalar(at: position)
        let closers = Typography.doubleQuotes.contains(open.value) ? Typography.doubleQuotes : Typography.singleQuotes
        position += width
        let contentStart = position
        while let byte = peek(), byte != 0x0A {
            let (next, w) = scalar(at: position)
            if closers.contains(next.value) {
                let content = String(decoding: bytes[contentStart..<position], as: UTF8.self)
                position += w
                var result = token(.string(content), from: start)
                result.problem = Catalogue.typographicQuotes(result.range, content: content)
                return result
            }
            position += w
        }
        position = start + width
        var bad = token(.invalid, from: start)
        bad.problem = Catalogue.typographicQuote(bad.range, quote: String(open))
        return bad
    }
}
