import Foundation

extension JinjaRenderer {
    func evaluate(_ expression: JinjaExpression) throws -> JinjaValue {
        switch expression {
        case .literal(let value):
            return value
        case .name(let name):
            return lookup(name)
        case .list(let items):
            return .list(JinjaList(try items.map(evaluate)))
        case .tuple(let items):
            return .list(JinjaList(try items.map(evaluate), isTuple: true))
        case .dict(let pairs):
            let dict = JinjaDict()
            for pair in pairs {
                let key = try evaluate(pair.key)
                dict[try PythonText.string(key)] = try evaluate(pair.value)
            }
            return .dict(dict)
        case .attribute(let base, let name):
            let object = try evaluate(base)
            noteRead(object)
            return try attribute(object, name)
        case .item(let base, let key):
            let object = try evaluate(base)
            noteRead(object)
            return try item(object, try evaluate(key))
        case .slice(let base, let start, let stop, let step):
            let object = try evaluate(base)
            return try slice(object, start: try start.map(evaluate), stop: try stop.map(evaluate), step: try step.map(evaluate))
        case .call(let callee, let arguments):
            return try evaluateCall(callee, arguments)
        case .filter(let base, let filter):
            let value = try evaluate(base)
            noteRead(value)
            return try applyFilter(filter, to: value)
        case .test(let base, let name, let arguments, let negated):
            let result = try applyTest(name, to: try evaluate(base), arguments: try arguments.map(evaluate))
            return .bool(result != negated)
        case .unary(let op, let operand):
            let value = try evaluate(operand)
            switch op {
            case .not: return .bool(!value.truthy)
            case .plus: return value
            case .minus:
                switch value {
                case .int(let n):
                    guard n != .min else { throw fail("integer overflow") }
                    return .int(-n)
                case .double(let d): return .double(-d)
                case .bool(let b): return .int(b ? -1 : 0)
                default: throw fail("bad operand type for unary -: '\(value.typeName)'")
                }
            }
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left), try evaluate(right))
        case .and(let left, let right):
            let value = try evaluate(left)
            return value.truthy ? try evaluate(right) : value
        case .or(let left, let right):
            let value = try evaluate(left)
            return value.truthy ? value : try evaluate(right)
        case .conditional(let then, let condition, let otherwise):
            if try evaluate(condition).truthy { return try evaluate(then) }
            return try otherwise.map(evaluate) ?? .undefined("the else branch")
        }
    }

    /// `object.name`: an attribute (a method) first, then an item, as jinja2's getattr.
    func attribute(_ object: JinjaValue, _ name: String) throws -> JinjaValue {
        if name.hasPrefix("_") {
            if case .dict(let dict) = object, let value = dict[name] { return value }
            if case .namespace(let dict) = object, let value = dict[name] { return value }
            throw fail("access to attribute '\(name)' of '\(object.typeName)' object is unsafe (the sandbox refuses names starting with _); use another template")
        }
        switch object {
        case .dict(let dict):
            if JinjaMethods.dictMethods.contains(name) { return .function(.method(object, name)) }
            return dict[name] ?? .undefined(name)
        case .namespace(let dict):
            return dict[name] ?? .undefined(name)
        case .string:
            return JinjaMethods.stringMethods.contains(name) ? .function(.method(object, name)) : .undefined(name)
        case .list:
            return JinjaMethods.listMethods.contains(name) ? .function(.method(object, name)) : .undefined(name)
        case .loop(let loop):
            return name == "cycle" ? .function(.method(object, name)) : loop.attribute(name)
        case .undefined(let base):
            throw fail("'\(base)' is undefined, so it has no attribute '\(name)'; check that the conversation has the fields the template reads")
        default:
            return .undefined(name)
        }
    }

    /// `object[key]`: an item first, then an attribute.
    func item(_ object: JinjaValue, _ key: JinjaValue) throws -> JinjaValue {
        switch (object, key) {
        case (.list(let list), _):
            guard let index = integer(key) else { throw fail("list indices must be integers, not \(key.typeName)") }
            let position = index < 0 ? list.items.count + index : index
            return list.items.indices.contains(position) ? list.items[position] : .undefined("item \(index)")
        case (.string(let s), _):
            guard let index = integer(key) else { throw fail("string indices must be integers, not \(key.typeName)") }
            let scalars = Array(s.unicodeScalars)
            let position = index < 0 ? scalars.count + index : index
            return scalars.indices.contains(position) ? .string(String(scalars[position])) : .undefined("item \(index)")
        case (.dict(let dict), .string(let name)), (.namespace(let dict), .string(let name)):
            if let value = dict[name] { return value }
            return try attribute(object, name)
        case (.dict(let dict), _):
            return dict[try PythonText.string(key)] ?? .undefined("item")
        case (.undefined(let base), _):
            throw fail("'\(base)' is undefined, so it has no item \(try PythonText.representation(key)); check that the conversation has the fields the template reads")
        case (.loop, .string(let name)):
            return try attribute(object, name)
        default:
            return .undefined("item")
        }
    }

    func integer(_ value: JinjaValue) -> Int? {
        switch value {
        case .int(let n): n
        case .bool(let b): b ? 1 : 0
        default: nil
        }
    }

    /// Python's slicing of lists and strings, negative indices and steps included.
    func slice(_ object: JinjaValue, start: JinjaValue?, stop: JinjaValue?, step: JinjaValue?) throws -> JinjaValue {
        func bound(_ value: JinjaValue?) throws -> Int? {
            guard let value, !value.isUndefined else { return nil }
            if case .none = value { return nil }
            guard let n = integer(value) else { throw fail("slice indices must be integers or None") }
            return n
        }
        let stepValue = try bound(step) ?? 1
        guard stepValue != 0 else { throw fail("slice step cannot be zero") }
        func indices(_ count: Int) throws -> [Int] {
            var lower = try bound(start), upper = try bound(stop)
            if let l = lower, l < 0 { lower = l + count }
            if let u = upper, u < 0 { upper = u + count }
            var result: [Int] = []
            if stepValue > 0 {
                var i = max(0, min(lower ?? 0, count))
                let end = max(0, min(upper ?? count, count))
                while i < end { result.append(i); i += stepValue }
            } else {
                var i = min(lower ?? count - 1, count - 1)
                let end = max(upper ?? -1, -1)
                while i > end { if i >= 0 { result.append(i) }; i += stepValue }
            }
            return result
        }
        switch object {
        case .list(let list):
            if start == nil, stop == nil, stepValue == 1 { return .list(JinjaList(list.items)) }
            let items = list.items
            return .list(JinjaList(try indices(items.count).map { items[$0] }))
        case .string(let s):
            let scalars = Array(s.unicodeScalars)
            var out = String.UnicodeScalarView()
            for i in try indices(scalars.count) { out.append(scalars[i]) }
            return .string(String(out))
        case .undefined(let name):
            throw fail("'\(name)' is undefined and cannot be sliced")
        default:
            throw fail("'\(object.typeName)' object is not subscriptable")
        }
    }

    func evaluateArguments(_ arguments: JinjaArguments) throws -> (positional: [JinjaValue], named: [(name: String, value: JinjaValue)]) {
        (try arguments.positional.map(evaluate), try arguments.named.map { ($0.name, try evaluate($0.value)) })
    }

    func evaluateCall(_ callee: JinjaExpression, _ arguments: JinjaArguments) throws -> JinjaValue {
        let function = try evaluate(callee)
        let values = try evaluateArguments(arguments)
        switch function {
        case .macro(let macro):
            return .string(try call(macro, arguments: values))
        case .function(let function):
            return try call(function, values)
        case .undefined(let name):
            throw fail("'\(name)' is undefined and cannot be called")
        default:
            throw fail("'\(function.typeName)' object is not callable")
        }
    }

    func call(_ function: JinjaFunction, _ arguments: (positional: [JinjaValue], named: [(name: String, value: JinjaValue)])) throws -> JinjaValue {
        switch function {
        case .raiseException:
            let words = try arguments.positional.first.map { try PythonText.string($0) } ?? "(no message)"
            throw TokenizersError(.chatTemplate, "the chat template refused this conversation (its line \(line)): \(words)")
        case .strftimeNow:
            guard case .string(let format)? = arguments.positional.first else { throw fail("strftime_now needs a format string") }
            return .string(Self.formatDate(format, Date()))
        case .namespace, .dict:
            let dict = JinjaDict()
            for argument in arguments.positional {
                guard case .dict(let other) = argument else { throw fail("namespace() and dict() take a dict or name=value arguments") }
                for entry in other.entries { dict[entry.key] = entry.value }
            }
            for argument in arguments.named { dict[argument.name] = argument.value }
            return function == .namespace ? .namespace(dict) : .dict(dict)
        case .range:
            let numbers = try arguments.positional.map { value -> Int in
                guard let n = integer(value) else { throw fail("range() takes integers, not \(value.typeName)") }
                return n
            }
            let (start, stop, step) = switch numbers.count {
            case 1: (0, numbers[0], 1)
            case 2: (numbers[0], numbers[1], 1)
            case 3: (numbers[0], numbers[1], numbers[2])
            default: throw fail("range() takes one to three integers")
            }
            guard step != 0 else { throw fail("range() step cannot be zero") }
            let count = step > 0 ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
            guard count <= JinjaLimits.maximumRange else {
                throw fail("range() of \(count) numbers is over the limit of \(JinjaLimits.maximumRange)")
            }
            return .list(JinjaList((0..<count).map { .int(start + $0 * step) }))
        case .method(let receiver, let name):
            return try callMethod(receiver, name, arguments)
        }
    }

    /// `strftime_now`'s formats, in the C locale, in the machine's local time as Python's `datetime.now()`.
    static func formatDate(_ format: String, _ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        var buffer = [Int8](repeating: 0, count: 256)
        let count = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension JinjaFunction: Equatable {
    static func == (lhs: JinjaFunction, rhs: JinjaFunction) -> Bool {
        switch (lhs, rhs) {
        case (.raiseException, .raiseException), (.strftimeNow, .strftimeNow), (.namespace, .namespace), (.dict, .dict),
             (.range, .range): true
        default: false
        }
    }
}
