// The lexer: NFC bytes → tokens with ranges, comments skipped, lexical errors kept as tokens.

/// Scans a `SourceText` into tokens. Errors never stop it: a bad span becomes an `.invalid`
/// token carrying its diagnostic, so the parser can report it and resynchronise at `;`.
struct Lexer {
    let source: SourceText
    let bytes: [UInt8]
    var position = 0
    /// The last location computed, so the next one is found by walking forward from it.
    var cursor = SourceLocation(offset: 0, line: 1, column: 1)

    init(_ source: SourceText) {
        self.source = source
        bytes = source.bytes
    }

    /// Every token up to and including `.end`.
    static func tokenize(_ source: SourceText) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.bytes.count / 3)
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    mutating func range(from start: Int) -> SourceRange { range(start, position) }

    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let from = source.location(at: start, after: cursor)
        let to = source.location(at: end, after: from)
        cursor = to
        return SourceRange(start: from, end: to)
    }

    mutating func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(kind: kind, range: range(from: start))
    }

    mutating func next() -> Token {
        if let problem = skipTrivia() { return problem }
        let start = position
        guard let byte = peek() else { return token(.end, from: start) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return scanString()
        case UInt8(ascii: "`"): return scanQuotedName()
        case UInt8(ascii: "$"): return scanParameter()
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return scanNumber()
        default: break
        }
        if let punctuation = scanPunctuation() { return token(.punctuation(punctuation), from: start) }
        let (first, width) = scalar(at: position)
        if Self.isNameStart(first) { return scanName() }
        if Typography.isQuote(first) { return scanTypographicString() }
        position += width
        // Report the whole Character, so a stray letter with its tone mark is one caret span.
        while position < bytes.count, Self.isContinuationOfCharacter(scalar(at: position).0) {
            position += scalar(at: position).1
        }
        var bad = token(.invalid, from: start)
        bad.problem = Catalogue.unexpectedCharacter(bad.range, text: source.slice(bad.range))
        return bad
    }

    /// Skips white space and comments; an unterminated block comment is returned as a token.
    mutating func skipTrivia() -> Token? {
        while let byte = peek() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                position += 1
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let b = peek(), b != 0x0A { position += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                let start = position
                position += 2
                while position < bytes.count,
                      !(bytes[position] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                    position += 1
                }
                if position >= bytes.count {
                    var bad = Token(kind: .invalid, range: range(start, start + 2))
                    bad.problem = Catalogue.unterminatedComment(bad.range)
                    return bad
                }
                position += 2
            case 0xC2 where peek(1) == 0xA0:  // no-break space, common in pasted text
                position += 2
            default:
                return nil
            }
        }
        return nil
    }

    mutating func scanPunctuation() -> Punctuation? {
        guard let byte = peek() else { return nil }
        let two: (UInt8, Punctuation)? = switch byte {
        case UInt8(ascii: "."): (UInt8(ascii: "."), .dotDot)
        case UInt8(ascii: "<"): peek(1) == UInt8(ascii: ">") ? (UInt8(ascii: ">"), .notEqual)
            : (UInt8(ascii: "="), .lessEqual)
        case UInt8(ascii: ">"): (UInt8(ascii: "="), .greaterEqual)
        case UInt8(ascii: "="): (UInt8(ascii: "~"), .equalTilde)
        case UInt8(ascii: "~"): (UInt8(ascii: "="), .tildeEqual)
        default: nil
        }
        if let (second, punctuation) = two, peek(1) == second {
            position += 2
            return punctuation
        }
        let single: Punctuation? = switch byte {
        case UInt8(ascii: "("): .leftParen
        case UInt8(ascii: ")"): .rightParen
        case UInt8(ascii: "["): .leftBracket
        case UInt8(ascii: "]"): .rightBracket
        case UInt8(ascii: "{"): .leftBrace
        case UInt8(ascii: "}"): .rightBrace
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ";"): .semicolon
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: "."): .dot
        case UInt8(ascii: "|"): .pipe
        case UInt8(ascii: "="): .equal
        case UInt8(ascii: "<"): .less
        case UInt8(ascii: ">"): .greater
        case UInt8(ascii: "+"): .plus
        case UInt8(ascii: "-"): .minus
        case UInt8(ascii: "*"): .star
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "%"): .percent
        default: nil
        }
        if single != nil { position += 1 }
        return single
    }

    /// The scalar starting at `offset` and its UTF-8 width. The text came from a String, so it
    /// is valid UTF-8 and the decoding needs no error path.
    func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        func cont(_ i: Int) -> UInt32 { offset + i < bytes.count ? UInt32(bytes[offset + i] & 0x3F) : 0 }
        let (value, width): (UInt32, Int)
        if b0 < 0xE0 { (value, width) = ((b0 & 0x1F) << 6 | cont(1), 2) }
        else if b0 < 0xF0 { (value, width) = ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3) }
        else { (value, width) = ((b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F
        }
        return scalar.properties.isXIDStart
    }

    static func isNameContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x5F
        }
        return scalar.properties.isXIDContinue
    }

    static func isContinuationOfCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }
}

/// Typographic quotes that word processors substitute for `"` and `'`.
enum Typography {
    static let doubleQuotes: Set<UInt32> = [0x201C, 0x201D, 0x201E]
    static let singleQuotes: Set<UInt32> = [0x2018, 0x2019, 0x201A]

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        doubleQuotes.contains(scalar.value) || singleQuotes.contains(scalar.value)
    }
}
