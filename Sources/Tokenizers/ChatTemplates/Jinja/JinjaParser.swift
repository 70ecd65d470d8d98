/// Parses tokens into statements, as jinja2's parser does (the expression grammar is in
/// JinjaExpressionParser.swift). Nesting is bounded, so a hostile template cannot overflow the stack.
struct JinjaParser {
    var tokens: [JinjaToken]
    var index = 0
    var depth = 0
    static let maximumNesting = 200

    /// The statements of `source`, and whether it marks the trained spans with `{% generation %}`.
    static func parse(_ source: String) throws -> (nodes: [JinjaNode], usesGeneration: Bool) {
        var parser = JinjaParser(tokens: try JinjaLexer.tokenize(source))
        let (nodes, end) = try parser.parseBody(until: [])
        if let end { throw parser.error("\"{% \(end) %}\" without a block it closes") }
        return (nodes, parser.usesGeneration)
    }

    var usesGeneration = false

    var current: JinjaToken { tokens[index] }
    var line: Int { current.line }

    func error(_ message: String) -> TokenizersError {
        JinjaLexer.syntaxError(message, line: line)
    }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func isName(_ name: String) -> Bool {
        if case .name(let value) = current.kind { return value == name }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let value) = current.kind { return value == symbol }
        return false
    }

    mutating func skipName(_ name: String) -> Bool {
        guard isName(name) else { return false }
        advance()
        return true
    }

    mutating func skipSymbol(_ symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectSymbol(_ symbol: String) throws {
        guard skipSymbol(symbol) else { throw error("expected \"\(symbol)\" but found \(describe(current))") }
    }

    mutating func expectName() throws -> String {
        guard case .name(let name) = current.kind else { throw error("expected a name but found \(describe(current))") }
        advance()
        return name
    }

    mutating func expectBlockEnd() throws {
        guard current.kind == .blockEnd else { throw error("expected the end of the tag (%}) but found \(describe(current))") }
        advance()
    }

    func describe(_ token: JinjaToken) -> String {
        switch token.kind {
        case .text: "text"
        case .variableBegin: "{{"
        case .variableEnd: "}}"
        case .blockBegin: "{%"
        case .blockEnd: "%}"
        case .name(let name): "\"\(name)\""
        case .string(let s): "the string \"\(s.prefix(20))\""
        case .int(let n): "\(n)"
        case .double(let d): "\(d)"
        case .symbol(let s): "\"\(s)\""
        case .end: "the end of the template"
        }
    }

    /// Statements up to one of `endTags` (whose tag name is consumed and returned; its tag end is not).
    mutating func parseBody(until endTags: Set<String>) throws -> ([JinjaNode], String?) {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else { throw error("blocks nested more than \(Self.maximumNesting) deep") }
        var nodes: [JinjaNode] = []
        while true {
            let token = current
            switch token.kind {
            case .end:
                if let first = endTags.sorted().first { throw error("the template ends inside a block; \"{% \(first) %}\" is missing") }
                return (nodes, nil)
            case .text(let text):
                nodes.append(.text(text))
                advance()
            case .variableBegin:
                advance()
                let expression = try parseExpression()
                guard current.kind == .variableEnd else { throw error("expected }} but found \(describe(current))") }
                advance()
                nodes.append(.output(expression, line: token.line))
            case .blockBegin:
                advance()
                guard case .name(let keyword) = current.kind else { throw error("expected a statement name after {% but found \(describe(current))") }
                if endTags.contains(keyword) {
                    advance()
                    return (nodes, keyword)
                }
                if keyword.hasPrefix("end") || keyword == "elif" || keyword == "else" {
                    throw error("\"{% \(keyword) %}\" where it closes nothing")
                }
                advance()
                nodes.append(try parseStatement(keyword, line: token.line))
            default:
                throw error("unexpected \(describe(token))")
            }
        }
    }

    mutating func parseStatement(_ keyword: String, line: Int) throws -> JinjaNode {
        switch keyword {
        case "if": return try parseIf(line: line)
        case "for": return try parseFor(line: line)
        case "set": return try parseSet(line: line)
        case "macro":
            let name = try expectName()
            let parameters = try parseParameters()
            try expectBlockEnd()
            let (body, _) = try parseBody(until: ["endmacro"])
            try expectBlockEnd()
            return .macro(JinjaMacro(name: name, parameters: parameters, body: body), line: line)
        case "call":
            let parameters = isSymbol("(") ? try parseParameters() : []
            let call = try parseExpression()
            try expectBlockEnd()
            let (body, _) = try parseBody(until: ["endcall"])
            try expectBlockEnd()
            return .callBlock(call, caller: JinjaMacro(name: "caller", parameters: parameters, body: body), line: line)
        case "filter":
            let filters = try parseFilterChain(first: true)
            try expectBlockEnd()
            let (body, _) = try parseBody(until: ["endfilter"])
            try expectBlockEnd()
            return .filterBlock(body: body, filters: filters, line: line)
        case "generation":
            usesGeneration = true
            try expectBlockEnd()
            let (body, _) = try parseBody(until: ["endgeneration"])
            try expectBlockEnd()
            return .generation(body)
        case "break", "continue":
            try expectBlockEnd()
            return keyword == "break" ? .breakLoop(line: line) : .continueLoop(line: line)
        case "include", "import", "from", "extends", "block":
            throw error("\"{% \(keyword) %}\" reads other templates, which a chat template may not do")
        default:
            throw error("unknown statement \"{% \(keyword) %}\"")
        }
    }

    mutating func parseIf(line: Int) throws -> JinjaNode {
        var branches: [(condition: JinjaExpression, body: [JinjaNode])] = []
        var condition = try parseExpression()
        while true {
            try expectBlockEnd()
            let (body, end) = try parseBody(until: ["elif", "else", "endif"])
            branches.append((condition, body))
            switch end {
            case "elif":
                condition = try parseExpression()
            case "else":
                try expectBlockEnd()
                let (otherwise, _) = try parseBody(until: ["endif"])
                try expectBlockEnd()
                return .ifBlock(branches: branches, otherwise: otherwise, line: line)
            default:
                try expectBlockEnd()
                return .ifBlock(branches: branches, otherwise: [], line: line)
            }
        }
    }

    mutating func parseFor(line: Int) throws -> JinjaNode {
        var targets = [try expectName()]
        while skipSymbol(",") { targets.append(try expectName()) }
        guard skipName("in") else { throw error("expected \"in\" in a for loop but found \(describe(current))") }
        let iterable = try parseTuple(conditional: false)
        let condition = skipName("if") ? try parseExpression() : nil
        if skipName("recursive") { throw error("recursive for loops are not supported") }
        try expectBlockEnd()
        let (body, end) = try parseBody(until: ["else", "endfor"])
        var otherwise: [JinjaNode] = []
        if end == "else" {
            try expectBlockEnd()
            (otherwise, _) = try parseBody(until: ["endfor"])
        }
        try expectBlockEnd()
        return .forLoop(JinjaForLoop(targets: targets, iterable: iterable, condition: condition, body: body, otherwise: otherwise, line: line))
    }

    mutating func parseSet(line: Int) throws -> JinjaNode {
        let first = try expectName()
        let target: JinjaAssignTarget
        if skipSymbol(".") {
            target = .member(first, try expectName())
        } else {
            var names = [first]
            while skipSymbol(",") { names.append(try expectName()) }
            target = .names(names)
        }
        if skipSymbol("=") {
            let value = try parseTuple(conditional: true)
            try expectBlockEnd()
            return .set(target, value, line: line)
        }
        let filters = isSymbol("|") ? try parseFilterChain(first: false) : []
        try expectBlockEnd()
        let (body, _) = try parseBody(until: ["endset"])
        try expectBlockEnd()
        return .setBlock(target, body: body, filters: filters, line: line)
    }

    mutating func parseParameters() throws -> [(name: String, defaultValue: JinjaExpression?)] {
        try expectSymbol("(")
        var parameters: [(name: String, defaultValue: JinjaExpression?)] = []
        while !skipSymbol(")") {
            if !parameters.isEmpty { try expectSymbol(",") }
            if skipSymbol(")") { break }
            let name = try expectName()
            parameters.append((name, skipSymbol("=") ? try parseExpression() : nil))
        }
        return parameters
    }

    /// `name(args) | name ...` after `{% filter` (first: true) or `{% set x |`.
    mutating func parseFilterChain(first: Bool) throws -> [JinjaFilterCall] {
        var filters: [JinjaFilterCall] = []
        if first { filters.append(try parseFilterCall()) }
        while skipSymbol("|") { filters.append(try parseFilterCall()) }
        return filters
    }
}
