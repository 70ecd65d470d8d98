/// A strict JSON parser over UTF-8 bytes (RFC 8259, plus Python's `NaN`/`Infinity`, which the
/// reference check accepts). It validates UTF-8 as it goes and reports the byte offset of the first
/// problem, so a training line's error can name its column.
public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    /// Where the first `\uD800`-`\uDFFF` escape without its pair is (it is read as U+FFFD).
    private var firstLoneSurrogate: Int?
    static let maximumDepth = 512

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses exactly one value, surrounded by optional whitespace.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        try parseReportingLoneSurrogates(bytes).value
    }

    /// Parses as `parse`, and says where the first lone surrogate escape is (its 1-based column, in
    /// characters as editors count them): valid JSON
    /// that no Swift (or Rust) string can hold, so it becomes U+FFFD and a rewrite would change it.
    public static func parseReportingLoneSurrogates(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(JSONSyntaxError) -> (value: JSONValue, loneSurrogateColumn: Int?) {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.i < bytes.count { throw parser.error("unexpected text after the JSON value") }
        let column = parser.firstLoneSurrogate.map { JSONSyntaxError(byteOffset: $0, reason: "", isEncodingError: false).column(in: bytes) }
        return (value, column)
    }

    public static func parseReportingLoneSurrogates(_ text: String) throws(JSONSyntaxError) -> (value: JSONValue, loneSurrogateColumn: Int?) {
        var text = text
        let result: Result<(value: JSONValue, loneSurrogateColumn: Int?), JSONSyntaxError> = text.withUTF8 { buffer in
            do throws(JSONSyntaxError) { return .success(try parseReportingLoneSurrogates(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        let result: Result<JSONValue, JSONSyntaxError> = text.withUTF8 { buffer in
            do throws(JSONSyntaxError) { return .success(try parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private func error(_ reason: String, at offset: Int? = nil, encoding: Bool = false) -> JSONSyntaxError {
        JSONSyntaxError(byteOffset: offset ?? i, reason: reason, isEncodingError: encoding)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard i < bytes.count else { throw error("expected a value, found the end of the line") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "N"): try expectWord("NaN"); return .number("NaN")
        case UInt8(ascii: "I"): try expectWord("Infinity"); return .number("Infinity")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw error(bytes[i] == UInt8(ascii: "'") ? "strings must use double quotes" : "expected a value")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = i
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw error("expected a value", at: start) }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] {
            throw error("expected a value", at: start)
        }
        i += count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        var members: [JSONObject.Member] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw error(i < bytes.count && bytes[i] == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a \"key\"")
            }
            let key = try parseString()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            i += 1
            skipWhitespace()
            members.append(JSONObject.Member(key, try parseValue()))
            skipWhitespace()
            guard i < bytes.count else { throw error("the object is not closed: expected ',' or '}'") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "}") {
                i += 1
                depth -= 1
                return .object(JSONObject(members))
            } else {
                throw error("expected ',' or '}' after an object member")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
            items.append(try parseValue())
            skipWhitespace()
            guard i < bytes.count else { throw error("the array is not closed: expected ',' or ']'") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
            } else if bytes[i] == UInt8(ascii: "]") {
                i += 1
                depth -= 1
                return .array(items)
            } else {
                throw error("expected ',' or ']' after an array item")
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        if bytes[i] == UInt8(ascii: "-") {
            i += 1
            if i < bytes.count && bytes[i] == UInt8(ascii: "I") {
                try expectWord("Infinity")
                return .number("-Infinity")
            }
        }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.i
            while parser.i < parser.bytes.count, parser.bytes[parser.i] &- 48 < 10 { parser.i += 1 }
            return parser.i - from
        }
        let integerStart = i
        let integerDigits = digits(&self)
        if integerDigits == 0 { throw error("expected digits", at: i) }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { throw error("numbers cannot start with 0", at: integerStart) }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits(&self) == 0 { throw error("expected digits after '.'") }
        }
        if i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            if digits(&self) == 0 { throw error("expected digits in the exponent") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    /// Parses a string starting at its opening quote; validates UTF-8 and escapes.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes, all plain bytes.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return text
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            if b >= 0x80 { try skipUTF8Scalar() } else { i += 1 }
        }
        var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if b < 0x20 { throw error(b == 0x0A ? "a string is not closed before the end of the line" : "a control character must be escaped inside a string") }
            if b == UInt8(ascii: "\\") {
                try appendEscape(to: &scalars)
            } else if b >= 0x80 {
                let from = i
                try skipUTF8Scalar()
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
            } else {
                scalars.append(b)
                i += 1
            }
        }
        throw error("a string is not closed before the end of the line", at: open)
    }

    private mutating func appendEscape(to out: inout [UInt8]) throws(JSONSyntaxError) {
        let start = i
        i += 1
        guard i < bytes.count else { throw error("an escape is cut off", at: start) }
        let c = bytes[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4(at: start)
            if (0xD800..<0xDC00).contains(value), i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                let saved = i
                i += 2
                let low = try hex4(at: saved)
                if (0xDC00..<0xE000).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    i = saved
                }
            }
            // A lone surrogate cannot be a Swift string; like a decoder with errors="replace".
            if Unicode.Scalar(value) == nil && firstLoneSurrogate == nil { firstLoneSurrogate = start }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            throw error("unknown escape '\\\(Character(Unicode.Scalar(c)))'", at: start)
        }
    }

    private mutating func hex4(at start: Int) throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("\\u needs four hex digits", at: start) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i] | 0x20
            let digit: UInt8
            if c &- 48 < 10 { digit = c - 48 } else if c >= 0x61 && c <= 0x66 { digit = c - 87 } else {
                throw error("\\u needs four hex digits", at: start)
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// Checks one multi-byte UTF-8 scalar at `i` (no overlongs, no surrogates, at most U+10FFFF).
    private mutating func skipUTF8Scalar() throws(JSONSyntaxError) {
        let b0 = bytes[i]
        let width: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; upper = 0x9F
        case 0xF0: width = 4; lower = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; upper = 0x8F
        default: throw error("invalid UTF-8 byte 0x\(String(b0, radix: 16, uppercase: true))", encoding: true)
        }
        guard i + width <= bytes.count else { throw error("a UTF-8 character is cut off", encoding: true) }
        for k in 1..<width {
            let b = bytes[i + k]
            let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            if b < lo || b > hi { throw error("invalid UTF-8 sequence", encoding: true) }
        }
        i += width
    }
}
