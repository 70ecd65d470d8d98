extension TemplateValue {
    /// Parses JSON as Python's `json.loads` reads it: member order kept, `1` an int and `1.0` or
    /// `1e5` a float, a repeated key keeping its first position and last value.
    public init(json: String) throws {
        var parser = TemplateJSONParser(bytes: Array(json.utf8))
        self = try parser.document()
    }
}

struct TemplateJSONParser {
    let bytes: [UInt8]
    var position = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func failure(_ what: String) -> TokenizersError {
        TokenizersError(.chatTemplate, "invalid JSON at byte \(position): \(what); check the line is one JSON value")
    }

    mutating func document() throws -> TemplateValue {
        let value = try parseValue()
        skipSpace()
        guard position == bytes.count else { throw failure("text after the value") }
        return value
    }

    mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    mutating func parseValue() throws -> TemplateValue {
        skipSpace()
        guard position < bytes.count else { throw failure("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            guard depth < 512 else { throw failure("nested more than 512 deep") }
            position += 1
            var members: [(key: String, value: TemplateValue)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try parseString()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                position += 1
                let value = try parseValue()
                if let existing = members.firstIndex(where: { $0.key.utf8.elementsEqual(key.utf8) }) {
                    members[existing].value = value
                } else {
                    members.append((key, value))
                }
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end in an object") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard bytes[position] == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
                position += 1
                return .object(members)
            }
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth < 512 else { throw failure("nested more than 512 deep") }
            position += 1
            var items: [TemplateValue] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                items.append(try parseValue())
                skipSpace()
                guard position < bytes.count else { throw failure("unexpected end in an array") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard bytes[position] == UInt8(ascii: "]") else { throw failure("expected ',' or ']'") }
                position += 1
                return .array(items)
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try parseNumber()
        }
    }

    mutating func literal(_ word: String, _ value: TemplateValue) throws -> TemplateValue {
        let end = position + word.utf8.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(word.utf8) else { throw failure("unexpected character") }
        position = end
        return value
    }

    mutating func parseNumber() throws -> TemplateValue {
        let start = position
        var isFloat = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isFloat = true }
            guard (byte >= 0x30 && byte <= 0x39) || "+-.eE".utf8.contains(byte) else { break }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if !isFloat, let n = Int(text) { return .int(n) }
        if let d = Double(text), !text.isEmpty { return .double(d) }
        throw failure("unexpected character")
    }

    mutating func parseString() throws -> String {
        position += 1
        var out: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
            guard position < bytes.count else { break }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) } else { position -= 6 }
                }
                out += Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
            default: out.append(escaped)
            }
        }
        throw failure("a string that never ends")
    }

    mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw failure("a malformed \\u escape")
        }
        position += 4
        return code
    }
}
