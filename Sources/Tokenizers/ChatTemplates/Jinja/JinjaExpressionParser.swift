/// jinja2's expression grammar, loosest first: conditional, or, and, not, comparison, + -, ~,
/// * / // %, **, unary - +, then a primary with its postfixes (`.name`, `[...]`, `(...)`) and
/// filters and tests (`| f`, `is t`), which bind tighter than any operator.
extension JinjaParser {
    mutating func parseExpression(conditional: Bool = true) throws -> JinjaExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else { throw error("an expression nested more than \(Self.maximumNesting) deep") }
        let value = try parseOr()
        guard conditional, skipName("if") else { return value }
        let condition = try parseOr()
        let otherwise = skipName("else") ? try parseExpression() : nil
        return .conditional(then: value, condition: condition, otherwise: otherwise)
    }

    /// An expression, or several separated by commas (a tuple, which runs as a list).
    mutating func parseTuple(conditional: Bool) throws -> JinjaExpression {
        let first = try parseExpression(conditional: conditional)
        guard isSymbol(",") else { return first }
        var items = [first]
        while skipSymbol(",") {
            if current.kind == .blockEnd || current.kind == .variableEnd || isSymbol(")") || isName("if") { break }
            items.append(try parseExpression(conditional: conditional))
        }
        return .tuple(items)
    }

    mutating func parseOr() throws -> JinjaExpression {
        var left = try parseAnd()
        while skipName("or") { left = .or(left, try parseAnd()) }
        return left
    }

    mutating func parseAnd() throws -> JinjaExpression {
        var left = try parseNot()
        while skipName("and") { left = .and(left, try parseNot()) }
        return left
    }

    mutating func parseNot() throws -> JinjaExpression {
        if skipName("not") {
            depth += 1
            defer { depth -= 1 }
            guard depth < Self.maximumNesting else { throw error("an expression nested more than \(Self.maximumNesting) deep") }
            return .unary(.not, try parseNot())
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws -> JinjaExpression {
        var left = try parseAdditive()
        while true {
            if case .symbol(let symbol) = current.kind, let op = JinjaBinaryOperator(rawValue: symbol),
               [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) {
                advance()
                left = .binary(op, left, try parseAdditive())
            } else if skipName("in") {
                left = .binary(.contains, left, try parseAdditive())
            } else if isName("not"), index + 1 < tokens.count, tokens[index + 1].kind == .name("in") {
                advance()
                advance()
                left = .binary(.notContains, left, try parseAdditive())
            } else {
                return left
            }
        }
    }

    mutating func parseAdditive() throws -> JinjaExpression {
        var left = try parseConcat()
        while true {
            if skipSymbol("+") { left = .binary(.add, left, try parseConcat()) }
            else if skipSymbol("-") { left = .binary(.subtract, left, try parseConcat()) }
            else { return left }
        }
    }

    mutating func parseConcat() throws -> JinjaExpression {
        var left = try parseMultiplicative()
        while skipSymbol("~") { left = .binary(.concat, left, try parseMultiplicative()) }
        return left
    }

    mutating func parseMultiplicative() throws -> JinjaExpression {
        var left = try parsePower()
        while true {
            if case .symbol(let symbol) = current.kind, let op = JinjaBinaryOperator(rawValue: symbol),
               [.multiply, .divide, .floorDivide, .modulo].contains(op) {
                advance()
                left = .binary(op, left, try parsePower())
            } else {
                return left
            }
        }
    }

    mutating func parsePower() throws -> JinjaExpression {
        var left = try parseUnary(withFilters: true)
        while skipSymbol("**") { left = .binary(.power, left, try parseUnary(withFilters: true)) }
        return left
    }

    mutating func parseUnary(withFilters: Bool) throws -> JinjaExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else { throw error("an expression nested more than \(Self.maximumNesting) deep") }
        var node: JinjaExpression
        if skipSymbol("-") {
            node = .unary(.minus, try parseUnary(withFilters: false))
        } else if skipSymbol("+") {
            node = .unary(.plus, try parseUnary(withFilters: false))
        } else {
            node = try parsePostfix(try parsePrimary())
        }
        return withFilters ? try parseFiltersAndTests(node) : node
    }

    mutating func parsePrimary() throws -> JinjaExpression {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.none)
            default: return .name(name)
            }
        case .string(var text):
            advance()
            while case .string(let more) = current.kind {
                text += more
                advance()
            }
            return .literal(.string(text))
        case .int(let n):
            advance()
            return .literal(.int(n))
        case .double(let d):
            advance()
            return .literal(.double(d))
        case .symbol("("):
            advance()
            if skipSymbol(")") { return .tuple([]) }
            let inner = try parseTuple(conditional: true)
            try expectSymbol(")")
            return inner
        case .symbol("["):
            advance()
            var items: [JinjaExpression] = []
            while !skipSymbol("]") {
                if !items.isEmpty { try expectSymbol(",") }
                if skipSymbol("]") { break }
                items.append(try parseExpression())
            }
            return .list(items)
        case .symbol("{"):
            advance()
            var pairs: [(key: JinjaExpression, value: JinjaExpression)] = []
            while !skipSymbol("}") {
                if !pairs.isEmpty { try expectSymbol(",") }
                if skipSymbol("}") { break }
                let key = try parseExpression()
                try expectSymbol(":")
                pairs.append((key, try parseExpression()))
            }
            return .dict(pairs)
        default:
            throw error("unexpected \(describe(token)) in an expression")
        }
    }

    mutating func parsePostfix(_ base: JinjaExpression) throws -> JinjaExpression {
        var node = base
        while true {
            if skipSymbol(".") {
                switch current.kind {
                case .name(let name):
                    advance()
                    node = .attribute(node, name)
                case .int(let n):
                    advance()
                    node = .item(node, .literal(.int(n)))
                default:
                    throw error("expected a name after \".\" but found \(describe(current))")
                }
            } else if skipSymbol("[") {
                node = try parseSubscript(node)
            } else if isSymbol("(") {
                node = .call(node, try parseArguments())
            } else {
                return node
            }
        }
    }

    mutating func parseSubscript(_ base: JinjaExpression) throws -> JinjaExpression {
        var parts: [JinjaExpression?] = [nil]
        var isSlice = false
        while !skipSymbol("]") {
            if skipSymbol(":") {
                isSlice = true
                parts.append(nil)
                guard parts.count <= 3 else { throw error("a slice has at most three parts") }
            } else {
                guard parts[parts.count - 1] == nil else { throw error("expected \"]\" but found \(describe(current))") }
                parts[parts.count - 1] = try parseExpression()
            }
        }
        guard isSlice else {
            guard let index = parts[0] else { throw error("empty subscript []") }
            return .item(base, index)
        }
        while parts.count < 3 { parts.append(nil) }
        return .slice(base, start: parts[0], stop: parts[1], step: parts[2])
    }

    mutating func parseArguments() throws -> JinjaArguments {
        try expectSymbol("(")
        var arguments = JinjaArguments()
        while !skipSymbol(")") {
            if !arguments.positional.isEmpty || !arguments.named.isEmpty { try expectSymbol(",") }
            if skipSymbol(")") { break }
            if case .name(let name) = current.kind, index + 1 < tokens.count, tokens[index + 1].kind == .symbol("=") {
                advance()
                advance()
                arguments.named.append((name, try parseExpression()))
            } else {
                guard arguments.named.isEmpty else { throw error("a positional argument after a named one") }
                arguments.positional.append(try parseExpression())
            }
        }
        return arguments
    }

    mutating func parseFilterCall() throws -> JinjaFilterCall {
        var name = try expectName()
        while skipSymbol(".") { name += "." + (try expectName()) }
        return JinjaFilterCall(name: name, arguments: isSymbol("(") ? try parseArguments() : .none)
    }

    mutating func parseFiltersAndTests(_ base: JinjaExpression) throws -> JinjaExpression {
        var node = base
        while true {
            if skipSymbol("|") {
                node = .filter(node, try parseFilterCall())
            } else if skipName("is") {
                let negated = skipName("not")
                let name = try expectName()
                var arguments: [JinjaExpression] = []
                if isSymbol("(") {
                    arguments = try parseArguments().positional
                } else if startsTestArgument {
                    arguments = [try parsePostfix(try parsePrimary())]
                }
                node = .test(node, name: name, arguments: arguments, negated: negated)
            } else if isSymbol("(") {
                node = .call(node, try parseArguments())
            } else {
                return node
            }
        }
    }

    /// A test's single argument without parentheses (`is divisibleby 3`), as jinja2 allows.
    private var startsTestArgument: Bool {
        switch current.kind {
        case .name(let name): !["else", "or", "and", "is", "if", "in", "not"].contains(name)
        case .string, .int, .double: true
        case .symbol(let s): s == "[" || s == "{"
        default: false
        }
    }
}
