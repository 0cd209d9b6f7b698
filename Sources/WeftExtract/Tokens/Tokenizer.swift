// Stage 3: syllables and punctuation with UTF-8 offsets, each syllable with its fold key.
import WeftText

/// A syllable (letters and digits, with inner - . , / between them: Covid-19, 1.000, 29/3) or one
/// punctuation character. Offsets are UTF-8 byte offsets into the text that was tokenised.
public struct Token: Equatable, Sendable {
    public let text: String
    /// Fold key (SPEC §1); for punctuation, the character itself.
    public let key: String
    /// Lower case with the tone marks kept: the key of the lexicon's words, where the fold would
    /// merge words such as đòi (demand) and đối (towards).
    public let lower: String
    public let start: Int
    public let end: Int
    public let isWord: Bool
    /// Starts with an upper-case letter.
    public let isCapitalised: Bool
    /// Every letter upper case and at least two of them (ASEAN, LHQ).
    public let isAcronym: Bool
    /// 64-bit FNV-1a hashes of the UTF-8 of `key` and `lower`: the phrase tables look tokens up by
    /// these, so no String is hashed or compared per token.
    public let keyCode: UInt64
    public let lowerCode: UInt64
}

/// FNV-1a over bytes, 64 bits.
public enum ByteHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    static func of(_ text: String) -> UInt64 { of(text.utf8) }
    /// FNV-1a, 64 bits, of any bytes (an article's content hash, WeftIngest).
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes { add(&hash, byte) }
        return hash
    }
}

public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(bytes: $0) }
    }

    static func tokens(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var at = 0
        while at < bytes.count {
            let (scalar, width) = decode(bytes, at)
            if ScalarClass.isWhitespace(scalar) {
                at += width
                continue
            }
            if isWordScalar(scalar) {
                var end = at + width
                var last = scalar
                while end < bytes.count {
                    let (next, w) = decode(bytes, end)
                    if isWordScalar(next) {
                        last = next
                        end += w
                    } else if next.value < 0x80, next == "-" || next == "." || next == "," || next == "/", end + w < bytes.count {
                        let (after, w2) = decode(bytes, end + w)
                        if isWordScalar(after), next == "-" || (ScalarClass.isDigit(last) && ScalarClass.isDigit(after)) {
                            last = after
                            end += w + w2
                        } else {
                            break
                        }
                    } else {
                        break
                    }
                }
                tokens.append(word(UnsafeBufferPointer(rebasing: bytes[at..<end]), at, end))
                at = end
            } else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<(at + width)]), as: UTF8.self)
                let code = ByteHash.of(text)
                tokens.append(Token(text: text, key: text, lower: text, start: at, end: at + width, isWord: false,
                                    isCapitalised: false, isAcronym: false, keyCode: code, lowerCode: code))
                at += width
            }
        }
        return tokens
    }

    /// The scalar at byte `at` of valid UTF-8, and its width.
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[at])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(b[at + 1]) & 0x3F))!, 2) }
        if b0 < 0xF0 {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(b[at + 1]) & 0x3F) << 6) | (UInt32(b[at + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        let v = ((b0 & 0x07) << 18) | ((UInt32(b[at + 1]) & 0x3F) << 12) | ((UInt32(b[at + 2]) & 0x3F) << 6) | (UInt32(b[at + 3]) & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if let info = ScalarTable.info(scalar.value) {
            return info.flags & (ScalarTable.letter | ScalarTable.digit | ScalarTable.mark) != 0
        }
        return ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || ScalarClass.isMark(scalar)
    }

    /// A word token: its lower case and fold built scalar by scalar through ScalarTable (the String
    /// functions only for a scalar outside it), with their hashes.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token {
        let text = String(decoding: bytes, as: UTF8.self)
        var lower: [UInt8] = [], key: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        key.reserveCapacity(bytes.count)
        var letters = 0, upperLetters = 0
        var capitalised = false
        var simple = true
        var pendingSpace = false
        var at = 0
        while at < bytes.count {
            let (scalar, width) = decode(bytes, at)
            if at == 0 { capitalised = ScalarClass.isUppercase(scalar) }
            if ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { upperLetters += 1 }
            }
            at += width
            if scalar == "-" || scalar == "_" {
                append(scalar.value, to: &lower)
                pendingSpace = !key.isEmpty
                continue
            }
            guard simple, let info = ScalarTable.info(scalar.value), info.lower != ScalarTable.complex, info.fold != ScalarTable.complex else {
                simple = false
                continue
            }
            append(info.lower, to: &lower)
            if info.fold != 0 {
                if pendingSpace {
                    key.append(0x20)
                    pendingSpace = false
                }
                append(info.fold, to: &key)
            }
        }
        let lowerText = simple ? String(decoding: lower, as: UTF8.self) : text.lowercased()
        let keyText = simple ? String(decoding: key, as: UTF8.self) : Fold.key(text)
        return Token(text: text, key: keyText, lower: lowerText, start: start, end: end, isWord: true,
                     isCapitalised: capitalised, isAcronym: letters >= 2 && upperLetters == letters,
                     keyCode: ByteHash.of(keyText), lowerCode: ByteHash.of(lowerText))
    }

    @inline(__always) private static func append(_ v: UInt32, to bytes: inout [UInt8]) {
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
