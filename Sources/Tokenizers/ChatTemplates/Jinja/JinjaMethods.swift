/// The methods of strings, lists, dicts and `loop` that chat templates call, with Python's meaning.
enum JinjaMethods {
    static let stringMethods: Set<String> = [
        "startswith", "endswith", "strip", "lstrip", "rstrip", "split", "rsplit", "replace", "upper", "lower", "title",
        "capitalize", "find", "rfind", "count", "join", "format", "splitlines", "isdigit", "isalpha", "isalnum", "isspace",
        "isupper", "islower", "removeprefix", "removesuffix",
    ]
    static let listMethods: Set<String> = ["append", "index", "count"]
    static let dictMethods: Set<String> = ["get", "items", "keys", "values"]
}

extension JinjaRenderer {
    typealias Arguments = (positional: [JinjaValue], named: [(name: String, value: JinjaValue)])

    /// Argument `position`, or the one named `name`.
    func argument(_ arguments: Arguments, _ position: Int, _ name: String) -> JinjaValue? {
        if position >= 0, position < arguments.positional.count { return arguments.positional[position] }
        return arguments.named.last { $0.name == name }?.value
    }

    func optionalString(_ value: JinjaValue?, _ what: String) throws -> String? {
        switch value {
        case nil, .none?, .undefined?: return nil
        case .string(let s)?: return s
        case let other?: throw fail("\(what) must be a string, not \(other.typeName)")
        }
    }

    func callMethod(_ receiver: JinjaValue, _ name: String, _ arguments: Arguments) throws -> JinjaValue {
        switch receiver {
        case .string(let s): return try stringMethod(s, name, arguments)
        case .list(let list):
            switch name {
            case "append":
                // transformers renders in an ImmutableSandboxedEnvironment, which refuses this; so must we.
                _ = list
                throw fail("access to attribute 'append' of 'list' object is unsafe: transformers' sandbox refuses to change a list, so no trainer renders this template; keep state in a namespace() instead")
            case "index":
                guard let needle = arguments.positional.first else { throw fail("index() takes one argument") }
                for (position, item) in list.items.enumerated() where try Self.equals(item, needle) { return .int(position) }
                throw fail("\(try PythonText.representation(needle)) is not in list")
            default:
                guard let needle = arguments.positional.first else { throw fail("count() takes one argument") }
                return .int(try list.items.filter { try Self.equals($0, needle) }.count)
            }
        case .dict(let dict):
            switch name {
            case "get":
                guard case .string(let key)? = arguments.positional.first else { return argument(arguments, 1, "default") ?? .none }
                return dict[key] ?? argument(arguments, 1, "default") ?? .none
            case "items": return .list(JinjaList(dict.entries.map { .list(JinjaList([.string($0.key), $0.value], isTuple: true)) }))
            case "keys": return .list(JinjaList(dict.entries.map { .string($0.key) }))
            default: return .list(JinjaList(dict.entries.map(\.value)))
            }
        case .loop(let loop):
            guard !arguments.positional.isEmpty else { throw fail("loop.cycle() needs at least one value") }
            return arguments.positional[loop.index0 % arguments.positional.count]
        default:
            throw fail("'\(receiver.typeName)' object has no method '\(name)'")
        }
    }

    private func stringMethod(_ s: String, _ name: String, _ arguments: Arguments) throws -> JinjaValue {
        func text(_ position: Int, _ label: String) throws -> String? {
            try optionalString(argument(arguments, position, label), "\(name)()'s \(label)")
        }
        func affixes() throws -> [String] {
            switch arguments.positional.first {
            case .string(let affix)?: return [affix]
            case .list(let list)?: return try list.items.map { item in
                guard case .string(let affix) = item else { throw fail("\(name)() takes strings") }
                return affix
            }
            default: throw fail("\(name)() takes a string or a tuple of strings")
            }
        }
        let limit = integer(argument(arguments, 1, "maxsplit") ?? .int(-1)) ?? -1
        switch name {
        case "startswith": return .bool(try affixes().contains { JinjaStrings.hasPrefix(s, $0) })
        case "endswith": return .bool(try affixes().contains { JinjaStrings.hasSuffix(s, $0) })
        case "strip": return .string(JinjaStrings.strip(s, characters: try text(0, "chars"), leading: true, trailing: true))
        case "lstrip": return .string(JinjaStrings.strip(s, characters: try text(0, "chars"), leading: true, trailing: false))
        case "rstrip": return .string(JinjaStrings.strip(s, characters: try text(0, "chars"), leading: false, trailing: true))
        case "split", "rsplit":
            let separator = try text(0, "sep")
            if separator?.isEmpty == true { throw fail("\(name)(): empty separator") }
            let parts = name == "split" ? JinjaStrings.split(s, separator: separator, maxSplit: limit)
                : JinjaStrings.rsplit(s, separator: separator, maxSplit: limit)
            try charge(parts.count + s.utf8.count)
            return .list(JinjaList(parts.map { .string($0) }))
        case "splitlines":
            let parts = JinjaStrings.split(s.replacingLineBreaks(), separator: "\n", maxSplit: -1)
            return .list(JinjaList((parts.last == "" ? parts.dropLast() : parts[...]).map { .string($0) }))
        case "replace":
            guard let old = try text(0, "old"), let new = try text(1, "new") else { throw fail("replace() takes two strings") }
            let count = integer(argument(arguments, 2, "count") ?? .int(-1)) ?? -1
            let result = JinjaStrings.replace(s, old, new, count: count)
            try charge(result.utf8.count)
            return .string(result)
        case "upper": return .string(s.uppercased())
        case "lower": return .string(s.lowercased())
        case "title":
            var out = "", previousIsLetter = false
            for character in s {
                out += previousIsLetter ? character.lowercased() : character.uppercased()
                previousIsLetter = character.isLetter
            }
            return .string(out)
        case "capitalize": return .string(JinjaStrings.capitalize(s))
        case "find", "rfind":
            guard let needle = try text(0, "sub") else { throw fail("\(name)() takes a string") }
            let h = Array(s.utf8)
            let found = name == "find" ? JinjaStrings.find(Array(needle.utf8), in: h) : JinjaStrings.rfind(Array(needle.utf8), in: h)
            return .int(found.map { JinjaStrings.scalarOffset(h, $0) } ?? -1)
        case "count":
            guard let needle = try text(0, "sub") else { throw fail("count() takes a string") }
            return .int(JinjaStrings.count(needle, in: s))
        case "join":
            guard let items = arguments.positional.first else { throw fail("join() takes one argument") }
            let parts = try iterate(items).map { item -> String in
                guard case .string(let part) = item else { throw fail("sequence item: expected str instance, \(item.typeName) found") }
                return part
            }
            let result = parts.joined(separator: s)
            try charge(result.utf8.count)
            return .string(result)
        case "format": return .string(try format(s, arguments))
        case "removeprefix":
            let affix = try text(0, "prefix") ?? ""
            return .string(JinjaStrings.hasPrefix(s, affix) ? String(decoding: s.utf8.dropFirst(affix.utf8.count), as: UTF8.self) : s)
        case "removesuffix":
            let affix = try text(0, "suffix") ?? ""
            return .string(JinjaStrings.hasSuffix(s, affix) ? String(decoding: s.utf8.dropLast(affix.utf8.count), as: UTF8.self) : s)
        case "isdigit": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit })
        case "isalpha": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(\.properties.isAlphabetic))
        case "isalnum": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        case "isspace": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy(PythonText.isWhitespace))
        case "isupper": return .bool(s.contains { $0.isCased } && s == s.uppercased())
        case "islower": return .bool(s.contains { $0.isCased } && s == s.lowercased())
        default: throw fail("'str' object has no method '\(name)'")
        }
    }

    /// `str.format` with `{}`, `{0}` and `{name}` fields (no format specs), `{{` and `}}` escapes.
    private func format(_ s: String, _ arguments: Arguments) throws -> String {
        var out = "", automatic = 0
        var characters = s[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "}" {
                if characters.first == "}" { characters = characters.dropFirst() }
                out.append("}")
                continue
            }
            guard character == "{" else { out.append(character); continue }
            if characters.first == "{" { characters = characters.dropFirst(); out.append("{"); continue }
            guard let close = characters.firstIndex(of: "}") else { throw fail("format(): a single '{' in the format string") }
            let field = String(characters[..<close])
            characters = characters[characters.index(after: close)...]
            let value: JinjaValue?
            if field.isEmpty {
                value = automatic < arguments.positional.count ? arguments.positional[automatic] : nil
                automatic += 1
            } else if let position = Int(field) {
                value = position < arguments.positional.count ? arguments.positional[position] : nil
            } else {
                value = arguments.named.last { $0.name == field }?.value
            }
            guard let value else { throw fail("format(): no argument for the field {\(field)}") }
            out += try PythonText.string(value)
        }
        return out
    }
}

private extension String {
    func replacingLineBreaks() -> String {
        JinjaStrings.replace(JinjaStrings.replace(self, "\r\n", "\n", count: -1), "\r", "\n", count: -1)
    }
}

private extension Character {
    var isCased: Bool { isUppercase || isLowercase }
}
