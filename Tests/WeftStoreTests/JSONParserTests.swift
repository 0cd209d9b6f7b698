// The strict JSON parser: values, escapes, UTF-8 validation, and errors with columns.
import Testing
@testable import WeftStore

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }
    func error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        bytes.withUnsafeBufferPointer { buffer -> JSONSyntaxError? in
            do { _ = try JSONParser.parse(buffer); return nil } catch let error as JSONSyntaxError { return error } catch { return nil }
        }
    }
    func error(_ text: String) -> JSONSyntaxError? { error(Array(text.utf8)) }

    @Test func values() throws {
        #expect(try parse(#"{"a": [1, -2.5, true, false, null, "x"]}"#)
                == .object([("a", .array([.int(1), .double(-2.5), .bool(true), .bool(false), .null, .string("x")]))]))
        #expect(try parse("  42  ") == .int(42))
        #expect(try parse("1e3") == .double(1000))
        #expect(try parse("9223372036854775807") == .int(.max))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([]))
    }

    @Test func escapesAndUnicode() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t""#) == .string("a\"b\\c/d\n\t"))
        #expect(try parse(#""\u0110\u00e0 N\u1eb5ng""#) == .string("Đà Nẵng"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse("\"Phạm Minh Chính\"") == .string("Phạm Minh Chính"))
    }

    @Test func errorsPointAtTheColumn() {
        #expect(error(#"{"a": 1,}"#)?.column == 9)
        #expect(error(#"{"a" 1}"#) == JSONSyntaxError(column: 6, message: "expected `:` after the key"))
        #expect(error(#"{"a": "x}"#)?.message == "unterminated string")
        #expect(error(#"{"a": 1} x"#)?.message == "unexpected text after the JSON value")
        #expect(error(#"{"a": 1, "a": 2}"#)?.message == "duplicate key \"a\"")
        #expect(error("[01]")?.message == "numbers may not start with 0")
        #expect(error(#""\x""#)?.message == "unknown escape `\\x`")
        #expect(error(#""\ud83d""#)?.message == "unpaired surrogate in \\u escape")
        #expect(error("\"a\tb\"")?.message == "control character in a string (escape it)")
        #expect(error("")?.message == "expected a value, found the end of the line")
        #expect(error("[1e999]")?.message == "number out of range")
    }

    @Test func invalidUTF8IsRejected() {
        // "Đ" is C4 90; a lone C4, an overlong C0 AF, a surrogate ED A0 80, and a stray 0xFF.
        #expect(error([0x22, 0xC4, 0x22])?.message.hasPrefix("invalid UTF-8") == true)
        #expect(error([0x22, 0xC0, 0xAF, 0x22])?.message == "invalid UTF-8 (byte 0xC0)")
        #expect(error([0x22, 0xED, 0xA0, 0x80, 0x22])?.message == "invalid UTF-8 (byte 0xA0)")
        #expect(error([0x22, 0x61, 0xFF, 0x22]) == JSONSyntaxError(column: 3, message: "invalid UTF-8 (byte 0xFF)"))
        #expect(error([0x22, 0xC4, 0x90, 0x22]) == nil)
    }

    @Test func nestingIsBounded() {
        #expect(error(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))?.message
                == "values nested more than 64 deep")
    }

    @Test func writerOutputParsesBack() throws {
        let value = JSONValue.object([("s", .string("quote \" back \\ nl \n ctl \u{01} Đức 日本")),
                                      ("n", .int(-7)), ("f", .double(2)), ("g", .double(0.1)), ("l", .array([.null, .bool(true)]))])
        var writer = JSONWriter()
        writer.value(value)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(try parse(text) == value)
        #expect(text.contains(#""f": 2.0"#))
    }
}
