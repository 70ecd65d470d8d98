import Foundation

/// Python's operators on template values: arithmetic with int/float apart, `+` on strings and
/// lists, `~` through `str()`, `==` as Python compares (1 == 1.0 == True), `in` on strings, lists
/// and dicts.
extension JinjaRenderer {
    func binary(_ op: JinjaBinaryOperator, _ left: JinjaValue, _ right: JinjaValue) throws -> JinjaValue {
        switch op {
        case .concat:
            let text = try PythonText.string(left) + PythonText.string(right)
            try charge(text.utf8.count)
            return .string(text)
        case .equal: return .bool(try Self.equals(left, right))
        case .notEqual: return .bool(!(try Self.equals(left, right)))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let order = try compare(left, right)
            switch op {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .contains: return .bool(try contains(right, left))
        case .notContains: return .bool(!(try contains(right, left)))
        case .add:
            switch (left, right) {
            case (.string(let a), .string(let b)):
                try charge(a.utf8.count + b.utf8.count)
                return .string(a + b)
            case (.list(let a), .list(let b)):
                try charge((a.items.count + b.items.count) * JinjaLimits.listItemWork)
                return .list(JinjaList(a.items + b.items))
            default: return try arithmetic(op, left, right)
            }
        case .multiply:
            switch (left, right) {
            case (.string(let s), _), (_, .string(let s)):
                guard let n = integer(left.isString ? right : left) else { break }
                try charge(s.utf8.count * max(0, min(n, JinjaLimits.maximumWork)))
                return .string(n > 0 ? String(repeating: s, count: n) : "")
            case (.list(let l), _), (_, .list(let l)):
                guard let n = integer(left.isList ? right : left) else { break }
                try charge(l.items.count * max(0, min(n, JinjaLimits.maximumWork)) * JinjaLimits.listItemWork)
                var items: [JinjaValue] = []
                for _ in 0..<max(0, n) { items += l.items }
                return .list(JinjaList(items))
            default: break
            }
            return try arithmetic(op, left, right)
        case .subtract, .divide, .floorDivide, .modulo, .power:
            return try arithmetic(op, left, right)
        }
    }

    private func number(_ value: JinjaValue) -> (int: Int?, double: Double)? {
        switch value {
        case .int(let n): (n, Double(n))
        case .bool(let b): (b ? 1 : 0, b ? 1 : 0)
        case .double(let d): (nil, d)
        default: nil
        }
    }

    private func arithmetic(_ op: JinjaBinaryOperator, _ left: JinjaValue, _ right: JinjaValue) throws -> JinjaValue {
        guard let a = number(left), let b = number(right) else {
            throw fail("unsupported operand types for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
        }
        if let x = a.int, let y = b.int {
            func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> JinjaValue {
                guard !result.overflow else { throw fail("integer overflow in \(op.rawValue)") }
                return .int(result.partialValue)
            }
            switch op {
            case .add: return try checked(x.addingReportingOverflow(y))
            case .subtract: return try checked(x.subtractingReportingOverflow(y))
            case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
            case .divide:
                guard y != 0 else { throw fail("division by zero") }
                return .double(Double(x) / Double(y))
            case .floorDivide, .modulo:
                guard y != 0 else { throw fail("integer division or modulo by zero") }
                guard !(x == .min && y == -1) else { throw fail("integer overflow in \(op.rawValue)") }
                var quotient = x / y
                var remainder = x % y
                if remainder != 0, (remainder < 0) != (y < 0) { quotient -= 1; remainder += y }
                return .int(op == .floorDivide ? quotient : remainder)
            case .power:
                guard y >= 0 else { return .double(Foundation.pow(Double(x), Double(y))) }
                var result = 1, base = x, exponent = y
                while exponent > 0 {
                    if exponent & 1 == 1 { result = try checked(result.multipliedReportingOverflow(by: base)).integerValue }
                    exponent >>= 1
                    if exponent > 0 { base = try checked(base.multipliedReportingOverflow(by: base)).integerValue }
                }
                return .int(result)
            default: break
            }
        }
        let x = a.double, y = b.double
        switch op {
        case .add: return .double(x + y)
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide:
            guard y != 0 else { throw fail("float division by zero") }
            return .double(x / y)
        case .floorDivide:
            guard y != 0 else { throw fail("float floor division by zero") }
            return .double((x / y).rounded(.down))
        case .modulo:
            guard y != 0 else { throw fail("float modulo by zero") }
            let r = x.truncatingRemainder(dividingBy: y)
            return .double(r != 0 && (r < 0) != (y < 0) ? r + y : r)
        case .power: return .double(Foundation.pow(x, y))
        default: throw fail("unsupported operator \(op.rawValue)")
        }
    }

    /// Python's `==`.
    static func equals(_ left: JinjaValue, _ right: JinjaValue, depth: Int = 0) throws -> Bool {
        guard depth < JinjaLimits.maximumDataDepth else {
            throw TokenizersError(.chatTemplate, "comparing values nested more than \(JinjaLimits.maximumDataDepth) deep; the chat template builds a value too deep to compare")
        }
        switch (left, right) {
        case (.string(let a), .string(let b)): return a.hasSameUTF8(as: b)
        case (.none, .none), (.undefined, .undefined): return true
        case (.int, _), (.double, _), (.bool, _):
            switch (left, right) {
            case (.int(let a), .int(let b)): return a == b
            case (.bool(let a), .bool(let b)): return a == b
            case (.int(let a), .bool(let b)), (.bool(let b), .int(let a)): return a == (b ? 1 : 0)
            case (.double(let a), .double(let b)): return a == b
            case (.double(let a), .int(let b)), (.int(let b), .double(let a)): return a == Double(b)
            case (.double(let a), .bool(let b)), (.bool(let b), .double(let a)): return a == (b ? 1 : 0)
            default: return false
            }
        case (.list(let a), .list(let b)):
            if a === b { return true }
            guard a.items.count == b.items.count else { return false }
            for (x, y) in zip(a.items, b.items) where !(try equals(x, y, depth: depth + 1)) { return false }
            return true
        case (.dict(let a), .dict(let b)):
            if a === b { return true }
            guard a.entries.count == b.entries.count else { return false }
            for entry in a.entries {
                guard let other = b[entry.key], try equals(entry.value, other, depth: depth + 1) else { return false }
            }
            return true
        case (.namespace(let a), .namespace(let b)): return a === b
        default: return false
        }
    }

    /// Python's ordering: numbers, strings (by code point), lists lexicographically.
    func compare(_ left: JinjaValue, _ right: JinjaValue) throws -> Int {
        switch (left, right) {
        case (.string(let a), .string(let b)):
            if a.hasSameUTF8(as: b) { return 0 }
            return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a.items, b.items) {
                let order = try compare(x, y)
                if order != 0 { return order }
            }
            return a.items.count == b.items.count ? 0 : (a.items.count < b.items.count ? -1 : 1)
        default:
            guard let a = number(left), let b = number(right) else {
                throw fail("'<' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
            }
            if let x = a.int, let y = b.int { return x == y ? 0 : (x < y ? -1 : 1) }
            return a.double == b.double ? 0 : (a.double < b.double ? -1 : 1)
        }
    }

    /// `needle in container`.
    func contains(_ container: JinjaValue, _ needle: JinjaValue) throws -> Bool {
        switch container {
        case .string(let haystack):
            guard case .string(let s) = needle else { throw fail("'in <string>' requires a string as left operand, not \(needle.typeName)") }
            return JinjaStrings.find(s, in: haystack) != nil
        case .list(let list):
            for item in list.items where try Self.equals(item, needle) { return true }
            return false
        case .dict(let dict), .namespace(let dict):
            guard case .string(let key) = needle else { return false }
            return dict.index(of: key) != nil
        case .undefined: return false
        default: throw fail("argument of type '\(container.typeName)' is not iterable")
        }
    }
}

extension JinjaValue {
    var integerValue: Int { if case .int(let n) = self { n } else { 0 } }
    var isString: Bool { if case .string = self { true } else { false } }
    var isList: Bool { if case .list = self { true } else { false } }
}
