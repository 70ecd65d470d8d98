/// `json.loads` over UTF-8 bytes: strict strings (no raw control characters), `NaN`, `Infinity`
/// and `-Infinity`, integers apart from floats, and nothing but whitespace after the value.
struct PythonJSONParser {
    let bytes: [UInt8]
    var at = 0
    /// Bounds nesting, so hostile text ends in "not JSON" rather than a deep recursion.
    private var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() -> TemplateValue? {
        skipSpace()
        guard let value = value() else { return nil }
        skipSpace()
        return at == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard bytes.count - at >= utf8.count, Array(bytes[at..<at + utf8.count]) == utf8 else { return false }
        at += utf8.count
        return true
    }

    private mutating func value() -> TemplateValue? {
        guard at < bytes.count else { return nil }
        switch bytes[at] {
        case UInt8(ascii: "{"): return nested { $0.object() }
        case UInt8(ascii: "["): return nested { $0.array() }
        case UInt8(ascii: "\""): return string().map(TemplateValue.string)
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        case UInt8(ascii: "N"): return literal("NaN") ? .double(.nan) : nil
        case UInt8(ascii: "I"): return literal("Infinity") ? .double(.infinity) : nil
        default: return number()
        }
    }

    private mutating func nested(_ parse: (inout PythonJSONParser) -> TemplateValue?) -> TemplateValue? {
        guard depth < 512 else { return nil }
        depth += 1
        defer { depth -= 1 }
        return parse(&self)
    }

    private mutating func object() -> TemplateValue? {
        at += 1
        var members: [(key: String, value: TemplateValue)] = []
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(members) }
        while true {
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
            at += 1
            skipSpace()
            guard let member = value() else { return nil }
            members.append((key, member))
            skipSpace()
            guard at < bytes.count else { return nil }
            at += 1
            if bytes[at - 1] == UInt8(ascii: "}") { return .object(PythonJSONCodec.uniqueMembers(members)) }
            if bytes[at - 1] != UInt8(ascii: ",") { return nil }
        }
    }

    private mutating func array() -> TemplateValue? {
        at += 1
        var items: [TemplateValue] = []
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
        while true {
            skipSpace()
            guard let item = value() else { return nil }
            items.append(item)
            skipSpace()
            guard at < bytes.count else { return nil }
            at += 1
            if bytes[at - 1] == UInt8(ascii: "]") { return .array(items) }
            if bytes[at - 1] != UInt8(ascii: ",") { return nil }
        }
    }

    private mutating func string() -> String? {
        at += 1
        var out: [UInt8] = []
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { return nil }
                let escape = bytes[at]
                at += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), bytes.count - at >= 6, bytes[at] == UInt8(ascii: "\\"),
                       bytes[at + 1] == UInt8(ascii: "u") {
                        let saved = at
                        at += 2
                        if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            at = saved
                        }
                    }
                    // A lone surrogate has no UTF-8 form; Python keeps it, tunesmith writes U+FFFD.
                    out.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: return nil
                }
            case 0..<0x20: return nil
            default: out.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - at >= 4 else { return nil }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[at])).hexDigitValue else { return nil }
            code = code << 4 | UInt32(digit)
            at += 1
        }
        return code
    }

    private mutating func number() -> TemplateValue? {
        let start = at
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") {
            at += 1
            if literal("Infinity") { return .double(-.infinity) }
        }
        func digits() -> Int {
            let from = at
            while at < bytes.count, (0x30...0x39).contains(bytes[at]) { at += 1 }
            return at - from
        }
        guard at < bytes.count, (0x30...0x39).contains(bytes[at]) else { return nil }
        if bytes[at] == 0x30 { at += 1 } else { _ = digits() }
        var isFloat = false
        if at + 1 < bytes.count, bytes[at] == UInt8(ascii: "."), (0x30...0x39).contains(bytes[at + 1]) {
            at += 1
            _ = digits()
            isFloat = true
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            let saved = at
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            if digits() == 0 { at = saved } else { isFloat = true }
        }
        let text = String(decoding: bytes[start..<at], as: UTF8.self)
        if isFloat { return Double(text).map(TemplateValue.double) }
        return Int(text).map(TemplateValue.int)
    }
}
