/// A value while a template runs, with Python's types as jinja2 sees them. Lists and dicts are
/// reference types, as in Python: a slice of `messages` holds the same message objects, which is
/// how output is attributed to the message it renders.
enum JinjaValue {
    /// A name or member that does not exist; printable as empty, falsy, iterable as empty.
    case undefined(String)
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list(JinjaList)
    case dict(JinjaDict)
    /// `namespace(...)`: a dict whose members `set ns.x = ...` may change.
    case namespace(JinjaDict)
    case macro(JinjaMacro)
    indirect case function(JinjaFunction)
    case loop(JinjaLoop)

    var nestingDepth: Int {
        switch self {
        case .list(let list): list.depth
        case .dict(let dict), .namespace(let dict): dict.depth
        default: 0
        }
    }

    var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// Python's truthiness.
    var truthy: Bool {
        switch self {
        case .undefined, .none: false
        case .bool(let b): b
        case .int(let n): n != 0
        case .double(let d): d != 0
        case .string(let s): !s.utf8.isEmpty
        case .list(let l): !l.items.isEmpty
        case .dict(let d): !d.entries.isEmpty
        case .namespace, .macro, .function, .loop: true
        }
    }

    /// The type name Python would give, for error messages.
    var typeName: String {
        switch self {
        case .undefined: "undefined"
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .double: "float"
        case .string: "str"
        case .list: "list"
        case .dict: "dict"
        case .namespace: "Namespace"
        case .macro: "Macro"
        case .function: "function"
        case .loop: "LoopContext"
        }
    }

    init(_ value: TemplateValue) {
        switch value {
        case .null: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let n): self = .int(n)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let items): self = .list(JinjaList(items.map(JinjaValue.init)))
        case .object(let members):
            let dict = JinjaDict()
            dict.entries.reserveCapacity(members.count)
            for member in members { dict[member.key] = JinjaValue(member.value) }
            self = .dict(dict)
        }
    }
}

final class JinjaList {
    var items: [JinjaValue]
    /// A tuple (`(a, b)`, the pairs of `items()`): printed in parentheses.
    let isTuple: Bool
    /// How deeply lists and dicts nest inside it (1 for a flat list), so a template that nests a
    /// value in itself over and over is stopped before printing or freeing it overflows the stack.
    let depth: Int
    init(_ items: [JinjaValue], isTuple: Bool = false) {
        self.items = items
        self.isTuple = isTuple
        var deepest = 0
        for item in items { deepest = max(deepest, item.nestingDepth) }
        depth = deepest + 1
    }
}

/// An insertion-ordered dict with string keys (JSON's, and the ones templates write). Keys compare
/// by their UTF-8 bytes, as Python's do, not by Swift's canonical equivalence.
final class JinjaDict {
    var entries: [(key: String, value: JinjaValue)] = []
    /// As `JinjaList.depth`; it only grows.
    private(set) var depth = 1

    init() {}

    init(_ entries: [(key: String, value: JinjaValue)]) {
        self.entries = []
        for entry in entries { self[entry.key] = entry.value }
    }

    func index(of key: String) -> Int? {
        entries.firstIndex { $0.key.hasSameUTF8(as: key) }
    }

    subscript(key: String) -> JinjaValue? {
        get { index(of: key).map { entries[$0].value } }
        set {
            if let newValue { depth = max(depth, newValue.nestingDepth + 1) }
            if let position = index(of: key) {
                if let newValue { entries[position].value = newValue } else { entries.remove(at: position) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }
}

/// A `{% macro %}`: its parameters with defaults and its body, run in a scope of its own.
final class JinjaMacro {
    let name: String
    let parameters: [(name: String, defaultValue: JinjaExpression?)]
    let body: [JinjaNode]
    /// The caller's body when invoked through `{% call %}`.
    let caller: JinjaMacro?

    init(name: String, parameters: [(name: String, defaultValue: JinjaExpression?)], body: [JinjaNode], caller: JinjaMacro? = nil) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.caller = caller
    }

    func calledBy(_ caller: JinjaMacro) -> JinjaMacro {
        JinjaMacro(name: name, parameters: parameters, body: body, caller: caller)
    }
}

/// The globals a template may call: nothing that reaches files, the environment or the network.
enum JinjaFunction {
    case raiseException, strftimeNow, namespace, dict, range
    /// A string, list or dict method bound to its receiver (`message.content.strip`).
    indirect case method(JinjaValue, String)
}

/// `loop` inside a for loop.
final class JinjaLoop {
    let items: [JinjaValue]
    var index0 = 0
    init(items: [JinjaValue]) { self.items = items }

    func attribute(_ name: String) -> JinjaValue {
        let count = items.count
        switch name {
        case "index": return .int(index0 + 1)
        case "index0": return .int(index0)
        case "revindex": return .int(count - index0)
        case "revindex0": return .int(count - index0 - 1)
        case "first": return .bool(index0 == 0)
        case "last": return .bool(index0 == count - 1)
        case "length": return .int(count)
        case "depth": return .int(1)
        case "depth0": return .int(0)
        case "previtem": return index0 > 0 ? items[index0 - 1] : .undefined("loop.previtem")
        case "nextitem": return index0 + 1 < count ? items[index0 + 1] : .undefined("loop.nextitem")
        default: return .undefined("loop.\(name)")
        }
    }
}
