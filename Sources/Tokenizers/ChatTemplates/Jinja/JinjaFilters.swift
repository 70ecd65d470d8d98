import Foundation

/// jinja2's filters that chat templates use, with transformers' `tojson`.
extension JinjaRenderer {
    func applyFilter(_ filter: JinjaFilterCall, to value: JinjaValue) throws -> JinjaValue {
        let arguments = try evaluateArguments(filter.arguments)
        return try applyFilter(filter.name, to: value, arguments)
    }

    func applyFilter(_ name: String, to value: JinjaValue, _ arguments: Arguments) throws -> JinjaValue {
        func flag(_ position: Int, _ label: String) -> Bool { argument(arguments, position, label)?.truthy ?? false }
        switch name {
        case "trim":
            return .string(JinjaStrings.strip(try PythonText.string(value), characters: try optionalString(argument(arguments, 0, "chars"), "trim's chars"),
                                              leading: true, trailing: true))
        case "tojson":
            let indentValue = argument(arguments, 1, "indent")
            let indent: String? = switch indentValue {
            case .int(let n)?: String(repeating: " ", count: max(0, min(n, 64)))
            case .string(let s)?: s
            default: nil
            }
            var separators: (String, String)?
            if case .list(let pair)? = argument(arguments, 2, "separators"), pair.items.count == 2,
               case .string(let item) = pair.items[0], case .string(let key) = pair.items[1] {
                separators = (item, key)
            }
            let json = PythonJSON(indent: indent, ensureASCII: flag(0, "ensure_ascii"), sortKeys: flag(3, "sort_keys"), separators: separators)
            let text = try json.dumps(value)
            try charge(text.utf8.count)
            return .string(text)
        case "length", "count":
            switch value {
            case .string(let s): return .int(s.unicodeScalars.count)
            case .list(let list): return .int(list.items.count)
            case .dict(let dict), .namespace(let dict): return .int(dict.entries.count)
            case .undefined: return .int(0)
            default: throw fail("object of type '\(value.typeName)' has no len()")
            }
        case "default", "d":
            let useDefault = value.isUndefined || (flag(1, "boolean") && !value.truthy)
            return useDefault ? (argument(arguments, 0, "default_value") ?? .string("")) : value
        case "lower": return .string(try PythonText.string(value).lowercased())
        case "upper": return .string(try PythonText.string(value).uppercased())
        case "title": return .string(JinjaStrings.title(try PythonText.string(value)))
        case "capitalize": return .string(JinjaStrings.capitalize(try PythonText.string(value)))
        case "replace":
            return try callMethod(.string(try PythonText.string(value)), "replace", arguments)
        case "string": return .string(try PythonText.string(value))
        case "safe": return value
        case "escape", "e", "forceescape":
            var text = try PythonText.string(value)
            for (from, to) in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&#34;"), ("'", "&#39;")] {
                text = JinjaStrings.replace(text, from, to, count: -1)
            }
            return .string(text)
        case "join":
            var items = try iterate(value)
            if let attribute = try optionalString(argument(arguments, 1, "attribute"), "join's attribute") {
                items = try items.map { try self.attribute($0, attribute) }
            }
            let separator = try optionalString(argument(arguments, 0, "d"), "join's separator") ?? ""
            let text = try items.map { try PythonText.string($0) }.joined(separator: separator)
            try charge(text.utf8.count)
            return .string(text)
        case "first": return try iterate(value).first ?? .undefined("first item")
        case "last": return try iterate(value).last ?? .undefined("last item")
        case "list": return .list(JinjaList(try iterate(value)))
        case "reverse":
            if case .string(let s) = value { return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed()))) }
            return .list(JinjaList(try iterate(value).reversed()))
        case "int": return try toInteger(value, default: argument(arguments, 0, "default") ?? .int(0))
        case "float": return try toFloat(value, default: argument(arguments, 0, "default") ?? .double(0))
        case "abs":
            switch value {
            case .int(let n) where n != .min: return .int(abs(n))
            case .double(let d): return .double(abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw fail("bad operand type for abs(): '\(value.typeName)'")
            }
        case "round":
            let precision = integer(argument(arguments, 0, "precision") ?? .int(0)) ?? 0
            let method = try optionalString(argument(arguments, 1, "method"), "round's method") ?? "common"
            if case .int = value, method == "common" { return value }
            let number = switch value { case .int(let n): Double(n); case .double(let d): d; default: Double.nan }
            guard !number.isNaN else { throw fail("round needs a number, not \(value.typeName)") }
            let scale = Foundation.pow(10.0, Double(precision))
            // Python's round() rounds half to even.
            let rule: FloatingPointRoundingRule = method == "floor" ? .down : method == "ceil" ? .up : .toNearestOrEven
            return .double((number * scale).rounded(rule) / scale)
        case "items":
            switch value {
            case .dict(let dict), .namespace(let dict): return try callMethod(.dict(dict), "items", ([], []))
            case .undefined: return .list(JinjaList([]))
            default: throw fail("items needs a mapping, not \(value.typeName)")
            }
        case "dictsort":
            guard case .dict(let dict) = value else { throw fail("dictsort needs a mapping, not \(value.typeName)") }
            let caseSensitive = flag(0, "case_sensitive")
            let byValue = (try optionalString(argument(arguments, 1, "by"), "dictsort's by")) == "value"
            var pairs = dict.entries
            try pairs.sort { a, b in
                try compare(sortKey(byValue ? a.value : .string(a.key), caseSensitive), sortKey(byValue ? b.value : .string(b.key), caseSensitive)) < 0
            }
            if flag(2, "reverse") { pairs.reverse() }
            return .list(JinjaList(pairs.map { .list(JinjaList([.string($0.key), $0.value], isTuple: true)) }))
        case "sort":
            let caseSensitive = flag(1, "case_sensitive")
            let attribute = try optionalString(argument(arguments, 2, "attribute"), "sort's attribute")
            var items = try iterate(value)
            try items.sort { a, b in
                let x = try attribute.map { try self.attribute(a, $0) } ?? a, y = try attribute.map { try self.attribute(b, $0) } ?? b
                return try compare(sortKey(x, caseSensitive), sortKey(y, caseSensitive)) < 0
            }
            if flag(0, "reverse") { items.reverse() }
            return .list(JinjaList(items))
        case "unique":
            let caseSensitive = flag(0, "case_sensitive")
            let attribute = try optionalString(argument(arguments, 1, "attribute"), "unique's attribute")
            var seen: [JinjaValue] = [], kept: [JinjaValue] = []
            for item in try iterate(value) {
                let key = sortKey(try attribute.map { try self.attribute(item, $0) } ?? item, caseSensitive)
                if try !seen.contains(where: { try Self.equals($0, key) }) { seen.append(key); kept.append(item) }
            }
            return .list(JinjaList(kept))
        case "map":
            let items = try iterate(value)
            if let attribute = try optionalString(argument(arguments, -1, "attribute"), "map's attribute") {
                let fallback = argument(arguments, -1, "default")
                return .list(JinjaList(try items.map { item in
                    let found = try self.attribute(item, attribute)
                    return found.isUndefined ? (fallback ?? found) : found
                }))
            }
            guard case .string(let filterName)? = arguments.positional.first else { throw fail("map needs attribute= or a filter name") }
            let rest: Arguments = (Array(arguments.positional.dropFirst()), arguments.named)
            return .list(JinjaList(try items.map { try applyFilter(filterName, to: $0, rest) }))
        case "select", "reject", "selectattr", "rejectattr":
            let byAttribute = name.hasSuffix("attr")
            var positional = arguments.positional[...]
            let attribute: String? = byAttribute ? try optionalString(positional.popFirst(), "\(name)'s attribute") : nil
            let test = try optionalString(positional.popFirst(), "\(name)'s test")
            let testArguments = Array(positional)
            let keep = name.hasPrefix("select")
            return .list(JinjaList(try iterate(value).filter { item in
                let subject = try attribute.map { try self.attribute(item, $0) } ?? item
                let passes = try test.map { try applyTest($0, to: subject, arguments: testArguments) } ?? subject.truthy
                return passes == keep
            }))
        case "batch":
            guard let size = integer(argument(arguments, 0, "linecount") ?? .none), size > 0 else { throw fail("batch needs a positive size") }
            let items = try iterate(value)
            let fill = argument(arguments, 1, "fill_with")
            var batches: [JinjaValue] = []
            for start in stride(from: 0, to: items.count, by: size) {
                var chunk = Array(items[start..<min(start + size, items.count)])
                if let fill, chunk.count < size { chunk += Array(repeating: fill, count: size - chunk.count) }
                batches.append(.list(JinjaList(chunk)))
            }
            return .list(JinjaList(batches))
        case "sum":
            let attribute = try optionalString(argument(arguments, 0, "attribute"), "sum's attribute")
            var total = argument(arguments, 1, "start") ?? .int(0)
            for item in try iterate(value) { total = try binary(.add, total, try attribute.map { try self.attribute(item, $0) } ?? item) }
            return total
        case "min", "max":
            let items = try iterate(value)
            guard var best = items.first else { return .undefined("\(name) of an empty sequence") }
            for item in items.dropFirst() {
                let order = try compare(sortKey(item, false), sortKey(best, false))
                if name == "min" ? order < 0 : order > 0 { best = item }
            }
            return best
        case "indent":
            let width = argument(arguments, 0, "width") ?? .int(4)
            let pad = if case .string(let s) = width { s } else { String(repeating: " ", count: max(0, min(integer(width) ?? 4, 64))) }
            let lines = JinjaStrings.split(try PythonText.string(value), separator: "\n", maxSplit: -1)
            let blank = flag(2, "blank")
            let text = lines.enumerated().map { position, line in
                (position == 0 && !flag(1, "first")) || (line.isEmpty && !blank) ? line : pad + line
            }.joined(separator: "\n")
            try charge(text.utf8.count)
            return .string(text)
        case "attr":
            guard case .string(let attribute)? = arguments.positional.first else { throw fail("attr needs a name") }
            return try self.attribute(value, attribute)
        case "wordcount": return .int(JinjaStrings.splitWhitespace(try PythonText.string(value), maxSplit: -1).count)
        default:
            throw fail("the template uses the filter '\(name)', which tunesmith's template engine does not have; tell us, or use another template")
        }
    }

    private func sortKey(_ value: JinjaValue, _ caseSensitive: Bool) -> JinjaValue {
        if !caseSensitive, case .string(let s) = value { return .string(s.lowercased()) }
        return value
    }

    private func toInteger(_ value: JinjaValue, default fallback: JinjaValue) throws -> JinjaValue {
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .double(let d): return d.isFinite && abs(d) < 9.2e18 ? .int(Int(d)) : fallback
        case .string(let s):
            let trimmed = JinjaStrings.strip(s, characters: nil, leading: true, trailing: true).filter { $0 != "_" }
            if let n = Int(trimmed) { return .int(n) }
            if let d = Double(trimmed), d.isFinite, abs(d) < 9.2e18 { return .int(Int(d)) }
            return fallback
        default: return fallback
        }
    }

    private func toFloat(_ value: JinjaValue, default fallback: JinjaValue) throws -> JinjaValue {
        switch value {
        case .int(let n): return .double(Double(n))
        case .double: return value
        case .bool(let b): return .double(b ? 1 : 0)
        case .string(let s): return Double(JinjaStrings.strip(s, characters: nil, leading: true, trailing: true)).map { .double($0) } ?? fallback
        default: return fallback
        }
    }

    /// `value is name(arguments)`.
    func applyTest(_ name: String, to value: JinjaValue, arguments: [JinjaValue]) throws -> Bool {
        func other() throws -> JinjaValue {
            guard let first = arguments.first else { throw fail("the test '\(name)' needs an argument") }
            return first
        }
        switch name {
        case "defined": return !value.isUndefined
        case "undefined": return value.isUndefined
        case "none": if case .none = value { return true } else { return false }
        case "string": return value.isString
        case "mapping": if case .dict = value { return true } else { return false }
        case "iterable":
            switch value { case .string, .list, .dict, .undefined: return true; default: return false }
        case "sequence":
            switch value { case .string, .list, .dict, .undefined: return true; default: return false }
        case "number": switch value { case .int, .double, .bool: return true; default: return false }
        case "integer": if case .int = value { return true } else { return false }
        case "float": if case .double = value { return true } else { return false }
        case "boolean": if case .bool = value { return true } else { return false }
        case "true": if case .bool(true) = value { return true } else { return false }
        case "false": if case .bool(false) = value { return true } else { return false }
        case "callable": switch value { case .macro, .function: return true; default: return false }
        case "equalto", "eq", "==", "sameas": return try Self.equals(value, other())
        case "ne", "!=": return !(try Self.equals(value, other()))
        case "lt", "lessthan", "<": return try compare(value, other()) < 0
        case "le", "<=": return try compare(value, other()) <= 0
        case "gt", "greaterthan", ">": return try compare(value, other()) > 0
        case "ge", ">=": return try compare(value, other()) >= 0
        case "in": return try contains(other(), value)
        case "odd", "even", "divisibleby":
            guard let n = integer(value) else { throw fail("the test '\(name)' needs an integer, not \(value.typeName)") }
            if name == "odd" { return n % 2 != 0 }
            if name == "even" { return n % 2 == 0 }
            guard let d = integer(try other()), d != 0 else { throw fail("divisibleby needs a non-zero integer") }
            return n % d == 0
        case "lower": return try stringMethodTest(value, "islower")
        case "upper": return try stringMethodTest(value, "isupper")
        case "escaped": return false
        default:
            throw fail("the template uses the test '\(name)', which tunesmith's template engine does not have; tell us, or use another template")
        }
    }

    private func stringMethodTest(_ value: JinjaValue, _ method: String) throws -> Bool {
        try callMethod(.string(try PythonText.string(value)), method, ([], [])).truthy
    }
}
