struct JinjaToken {
    enum Kind: Equatable {
        case text(String)
        case variableBegin, variableEnd, blockBegin, blockEnd
        case name(String)
        case string(String)
        case int(Int)
        case double(Double)
        case symbol(String)
        case end
    }

    let kind: Kind
    let line: Int
}

/// Splits a template into text and tag tokens the way jinja2's lexer does with transformers'
/// settings: `trim_blocks` (the newline after a block or comment tag goes), `lstrip_blocks` (the
/// indentation before one goes), `-` on either side of a tag strips whitespace, `+` keeps it, and
/// one trailing newline of the template is dropped (`keep_trailing_newline=False`).
struct JinjaLexer {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var tokens: [JinjaToken] = []

    static func tokenize(_ source: String) throws -> [JinjaToken] {
        var lexer = JinjaLexer(bytes: Array(source.utf8))
        try lexer.run()
        return lexer.tokens
    }

    private init(bytes: [UInt8]) {
        var bytes = bytes
        if bytes.last == 0x0A { bytes.removeLast() }
        self.bytes = bytes
    }

    static func syntaxError(_ message: String, line: Int) -> TokenizersError {
        TokenizersError(.chatTemplate, "chat template syntax error on line \(line): \(message); fix the template (or pass another with --chat-template)")
    }

    private mutating func run() throws {
        var stripLeading = false
        var trimNewline = false
        while position < bytes.count {
            let tagStart = findTag(from: position)
            var text = bytes[position..<tagStart]
            if stripLeading {
                text = text.drop { PythonText.isWhitespace($0) }
            } else if trimNewline, text.first == 0x0A {
                text = text.dropFirst()
            }
            stripLeading = false
            trimNewline = false
            if tagStart < bytes.count {
                let opener = bytes[tagStart + 1]
                let sign = tagStart + 2 < bytes.count ? bytes[tagStart + 2] : 0
                if sign == UInt8(ascii: "-") {
                    while let last = text.last, PythonText.isWhitespace(last) { text = text.dropLast() }
                } else if sign != UInt8(ascii: "+"), opener != UInt8(ascii: "{") {
                    let lineStart = (text.lastIndex(of: 0x0A).map { $0 + 1 }) ?? text.startIndex
                    let startsLine = lineStart > text.startIndex || text.startIndex == 0 || bytes[text.startIndex - 1] == 0x0A
                    if startsLine, lineStart < text.endIndex, text[lineStart...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        text = text[text.startIndex..<lineStart]
                    }
                }
            }
            if !text.isEmpty { tokens.append(JinjaToken(kind: .text(String(decoding: text, as: UTF8.self)), line: line)) }
            line += bytes[position..<tagStart].lazy.filter { $0 == 0x0A }.count
            position = tagStart
            guard position < bytes.count else { break }
            let opener = bytes[position + 1]
            position += 2
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") { position += 1 }
            switch opener {
            case UInt8(ascii: "#"):
                let (stripped, _) = try skipComment()
                stripLeading = stripped
                trimNewline = !stripped
            case UInt8(ascii: "{"):
                tokens.append(JinjaToken(kind: .variableBegin, line: line))
                stripLeading = try lexTag(closing: UInt8(ascii: "}"))
                tokens.append(JinjaToken(kind: .variableEnd, line: line))
            default:
                tokens.append(JinjaToken(kind: .blockBegin, line: line))
                stripLeading = try lexTag(closing: UInt8(ascii: "%"))
                trimNewline = !stripLeading && !keptNewline
                tokens.append(JinjaToken(kind: .blockEnd, line: line))
            }
        }
        tokens.append(JinjaToken(kind: .end, line: line))
    }

    /// Set when a block tag ended with `+%}`, which keeps the newline after it.
    private var keptNewline = false

    private func findTag(from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "{") || next == UInt8(ascii: "%") || next == UInt8(ascii: "#") { return index }
            }
            index += 1
        }
        return bytes.count
    }

    private mutating func skipComment() throws -> (stripped: Bool, Void) {
        let startLine = line
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "#"), bytes[position + 1] == UInt8(ascii: "}") {
                let stripped = bytes[position - 1] == UInt8(ascii: "-")
                position += 2
                return (stripped, ())
            }
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
        throw Self.syntaxError("a comment that starts here never ends (no #})", line: startLine)
    }

    /// Lexes the inside of a tag up to its closing `}}` or `%}`; returns whether it was `-}}` / `-%}`.
    private mutating func lexTag(closing: UInt8) throws -> Bool {
        let startLine = line
        var depth = 0
        keptNewline = false
        while true {
            while position < bytes.count, PythonText.isWhitespace(bytes[position]) {
                if bytes[position] == 0x0A { line += 1 }
                position += 1
            }
            guard position < bytes.count else {
                throw Self.syntaxError("a tag that starts here never ends (no \(closing == UInt8(ascii: "%") ? "%}" : "}}"))", line: startLine)
            }
            let byte = bytes[position]
            if depth == 0 {
                if byte == closing, peek(1) == UInt8(ascii: "}") { position += 2; return false }
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"), peek(1) == closing, peek(2) == UInt8(ascii: "}") {
                    position += 3
                    keptNewline = byte == UInt8(ascii: "+")
                    return byte == UInt8(ascii: "-")
                }
            }
            if isNameStart(byte) {
                let start = position
                while position < bytes.count, isNameStart(bytes[position]) || isDigit(bytes[position]) { position += 1 }
                append(.name(String(decoding: bytes[start..<position], as: UTF8.self)))
            } else if isDigit(byte) {
                try lexNumber()
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                try lexString(quote: byte)
            } else {
                let two = peek(1).map { String(decoding: [byte, $0], as: UTF8.self) }
                if let two, ["//", "**", "==", "!=", "<=", ">="].contains(two) {
                    append(.symbol(two))
                    position += 2
                    continue
                }
                let one = String(decoding: [byte], as: UTF8.self)
                guard "+-*/%~<>=()[]{},.:|!".contains(one) else {
                    throw Self.syntaxError("unexpected character \"\(one)\"", line: line)
                }
                if "([{".contains(one) { depth += 1 }
                if ")]}".contains(one) { depth = max(0, depth - 1) }
                append(.symbol(one))
                position += 1
            }
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func append(_ kind: JinjaToken.Kind) {
        tokens.append(JinjaToken(kind: kind, line: line))
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func lexNumber() throws {
        let start = position
        var isFloat = false
        while position < bytes.count, isDigit(bytes[position]) || bytes[position] == 0x5F { position += 1 }
        if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isDigit(bytes[position + 1]) {
            isFloat = true
            position += 1
            while position < bytes.count, isDigit(bytes[position]) || bytes[position] == 0x5F { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var end = position + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            if end < bytes.count, isDigit(bytes[end]) {
                isFloat = true
                position = end
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position].filter { $0 != 0x5F }, as: UTF8.self)
        if isFloat, let value = Double(text) {
            append(.double(value))
        } else if let value = Int(text) {
            append(.int(value))
        } else {
            throw Self.syntaxError("the number \(text) is too large", line: line)
        }
    }

    /// A string literal with Python's escapes (`\n`, `\t`, `\\`, `\'`, `\xNN`, `\uNNNN`, ...).
    private mutating func lexString(quote: UInt8) throws {
        let startLine = line
        position += 1
        var out: [UInt8] = []
        while position < bytes.count, bytes[position] != quote {
            let byte = bytes[position]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "\\"), position + 1 < bytes.count else {
                out.append(byte)
                position += 1
                continue
            }
            let escaped = bytes[position + 1]
            position += 2
            switch escaped {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "0"): out.append(0x00)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(escaped)
            case 0x0A: line += 1
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = escaped == UInt8(ascii: "x") ? 2 : escaped == UInt8(ascii: "u") ? 4 : 8
                guard position + width <= bytes.count,
                      let code = UInt32(String(decoding: bytes[position..<position + width], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(code)
                else { throw Self.syntaxError("a malformed \\\(Character(Unicode.Scalar(escaped))) escape in a string", line: line) }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                position += width
            default: out.append(contentsOf: [UInt8(ascii: "\\"), escaped])
            }
        }
        guard position < bytes.count else { throw Self.syntaxError("a string that starts here never ends", line: startLine) }
        position += 1
        append(.string(String(decoding: out, as: UTF8.self)))
    }
}
