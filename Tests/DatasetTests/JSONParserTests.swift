import Dataset
import Testing

struct JSONParserTests {
    @Test func parsesEveryKindOfValueAndKeepsOrder() throws {
        let value = try JSONParser.parse(#"{"b":1,"a":[true,false,null,-0.5e3,"x\n\u00e9\ud83d\ude00"],"b":2}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["b", "a", "b"])
        #expect(object["b"] == .number("2"))  // the last duplicate wins, as in Python
        #expect(object["a"] == .array([.bool(true), .bool(false), .null, .number("-0.5e3"), .string("x\né😀")]))
    }

    @Test func acceptsWhatPythonsJSONAccepts() throws {
        #expect(try JSONParser.parse("NaN") == .number("NaN"))
        #expect(try JSONParser.parse("[Infinity,-Infinity]") == .array([.number("Infinity"), .number("-Infinity")]))
        #expect(try JSONParser.parse(#""\ud800""#) == .string("\u{FFFD}"))  // a lone surrogate
        #expect(try JSONParser.parse("  {}  ") == .object(JSONObject()))
    }

    @Test(arguments: [
        (#"{"a":1,}"#, 7, "trailing comma before '}'"),
        (#"{"a" 1}"#, 5, "expected ':' after the key \"a\""),
        (#"{'a':1}"#, 1, "expected a \"key\""),
        (#"[1 2]"#, 3, "expected ',' or ']' after an array item"),
        (#"{"a":01}"#, 5, "numbers cannot start with 0"),
        (#""abc"#, 0, "a string is not closed before the end of the line"),
        (#"{"a":tru}"#, 5, "expected a value"),
        ("{\"a\":\"\t\"}", 6, "a control character must be escaped inside a string"),
        (#"{"a":1} x"#, 8, "unexpected text after the JSON value"),
        (#"{"a":"\q"}"#, 6, "unknown escape '\\q'"),
        ("", 0, "expected a value, found the end of the line"),
    ])
    func syntaxErrorsSayWhereAndWhy(_ text: String, _ offset: Int, _ reason: String) {
        #expect(throws: JSONSyntaxError(byteOffset: offset, reason: reason, isEncodingError: false)) {
            try JSONParser.parse(text)
        }
    }

    @Test func invalidUTF8IsAnEncodingErrorWithAColumn() throws {
        let bytes: [UInt8] = Array(#"{"é":"a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let error = try #require(throws: JSONSyntaxError.self) {
            try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
        }
        #expect(error.isEncodingError)
        #expect(bytes.withUnsafeBufferPointer { error.column(in: $0) } == 8)
        for bad: [UInt8] in [[0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82]] {
            #expect(throws: JSONSyntaxError.self) { try bad.withUnsafeBufferPointer { try JSONParser.parse($0) } }
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTrips() throws {
        let text = #"{"messages":[{"role":"user","content":"a \"quote\"\n\ttab \u0001 é 😀 \u2028"}],"n":1.50,"x":null}"#
        let value = try JSONParser.parse(text)
        #expect(JSONWriter.string(value) == text)
        #expect(try JSONParser.parse(JSONWriter.string(value)) == value)
    }
}
