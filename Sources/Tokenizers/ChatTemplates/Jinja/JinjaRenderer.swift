/// Bounds that make a hostile template end in an error rather than a hang, a crash or an
/// exhausted memory. Far above what any chat template needs for a conversation.
enum JinjaLimits {
    static let maximumLoopIterations = 1_000_000
    static let maximumCallDepth = 64
    static let maximumCalls = 200_000
    static let maximumOutputBytes = 16 << 20
    /// Bytes of text and items of lists that operations may produce in one rendering, all told.
    static let maximumWork = 64 << 20
    /// What one list item counts for in `maximumWork`.
    static let listItemWork = 32
    static let maximumRange = 100_000
    static let maximumDataDepth = 1000
}

/// One piece of output with what it renders: the message most recently read while producing it,
/// and whether it was inside a `{% generation %}` block.
struct JinjaOutputRun {
    var text: String
    var message: Int?
    var generation: Bool
}

/// Runs a parsed template once. Not shared: each rendering has its own.
final class JinjaRenderer {
    var scopes: [[String: JinjaValue]]
    var runs: [JinjaOutputRun] = []
    /// Output being captured (a macro's, a `{% set %}` block's) instead of written.
    var captures: [String] = []
    var outputBytes = 0
    var work = 0
    var loopIterations = 0
    var calls = 0
    var callDepth = 0
    var generationDepth = 0
    var line = 1

    /// Conditions being evaluated: reading a message to decide (`messages[i - 1].role != "tool"`)
    /// does not make the output that follows that message's.
    var conditionDepth = 0

    /// Message objects by identity, and the tools (attributed to no message).
    let messageIndex: [ObjectIdentifier: Int]
    let toolObjects: Set<ObjectIdentifier>
    var currentMessage: Int?

    enum Flow { case normal, breakLoop, continueLoop }

    init(context: [String: JinjaValue], messageIndex: [ObjectIdentifier: Int], toolObjects: Set<ObjectIdentifier>) {
        scopes = [context]
        self.messageIndex = messageIndex
        self.toolObjects = toolObjects
    }

    func fail(_ message: String) -> TokenizersError {
        TokenizersError(.chatTemplate, "chat template line \(line): \(message)")
    }

    /// Notes that the template read `value`: a message object makes later output that message's.
    @inline(__always)
    func noteRead(_ value: JinjaValue) {
        guard conditionDepth == 0, case .dict(let dict) = value else { return }
        let id = ObjectIdentifier(dict)
        if let index = messageIndex[id] {
            currentMessage = index
        } else if toolObjects.contains(id) {
            currentMessage = nil
        }
    }

    func charge(_ amount: Int) throws {
        work += amount
        if work > JinjaLimits.maximumWork || amount > JinjaLimits.maximumOutputBytes {
            throw fail("the template produced more than \(JinjaLimits.maximumWork >> 20) MB of text and lists while rendering (the work limit); it is likely hostile or looping, so use another template")
        }
    }

    func emit(_ text: String) throws {
        guard !text.isEmpty else { return }
        if !captures.isEmpty {
            captures[captures.count - 1] += text
            try charge(text.utf8.count)
            return
        }
        outputBytes += text.utf8.count
        if outputBytes > JinjaLimits.maximumOutputBytes {
            throw fail("the rendering is larger than \(JinjaLimits.maximumOutputBytes >> 20) MB (the output limit); the template is likely hostile, or the conversation far too long for any model")
        }
        let generation = generationDepth > 0
        // Compared in place: holding a copy of the last run would make the append copy its text.
        let last = runs.count - 1
        if last >= 0, runs[last].message == currentMessage, runs[last].generation == generation {
            runs[last].text += text
        } else {
            runs.append(JinjaOutputRun(text: text, message: currentMessage, generation: generation))
        }
    }

    func capture(_ body: [JinjaNode]) throws -> String {
        captures.append("")
        defer { captures.removeLast() }
        _ = try execute(body)
        return captures[captures.count - 1]
    }

    func lookup(_ name: String) -> JinjaValue {
        var index = scopes.count - 1
        while index >= 0 {
            if let value = scopes[index][name] { return value }
            index -= 1
        }
        return globalFunction(name).map { .function($0) } ?? .undefined(name)
    }

    func globalFunction(_ name: String) -> JinjaFunction? {
        switch name {
        case "raise_exception": .raiseException
        case "strftime_now": .strftimeNow
        case "namespace": .namespace
        case "dict": .dict
        case "range": .range
        default: nil
        }
    }

    func evaluateCondition(_ condition: JinjaExpression) throws -> Bool {
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        return try evaluate(condition).truthy
    }

    func assign(_ name: String, _ value: JinjaValue) {
        scopes[scopes.count - 1][name] = value
    }

    func execute(_ nodes: [JinjaNode]) throws -> Flow {
        for node in nodes {
            let flow = try execute(node)
            if flow != .normal { return flow }
        }
        return .normal
    }

    func execute(_ node: JinjaNode) throws -> Flow {
        switch node {
        case .text(let text):
            try emit(text)
        case .output(let expression, let line):
            self.line = line
            let value = try evaluate(expression)
            if case .string(let s) = value { try emit(s) } else { try emit(try PythonText.string(value)) }
        case .ifBlock(let branches, let otherwise, let line):
            self.line = line
            for branch in branches where try evaluateCondition(branch.condition) {
                return try execute(branch.body)
            }
            return try execute(otherwise)
        case .forLoop(let loop):
            return try executeFor(loop)
        case .set(let target, let expression, let line):
            self.line = line
            try assign(target, try evaluate(expression))
        case .setBlock(let target, let body, let filters, let line):
            var value = JinjaValue.string(try capture(body))
            self.line = line
            for filter in filters { value = try applyFilter(filter, to: value) }
            try assign(target, value)
        case .macro(let macro, _):
            assign(macro.name, .macro(macro))
        case .callBlock(let expression, let caller, let line):
            self.line = line
            guard case .call(let callee, let arguments) = expression, case .macro(let macro) = try evaluate(callee) else {
                throw fail("{% call %} needs a macro call, such as {% call my_macro() %}")
            }
            try emit(try call(macro.calledBy(caller), arguments: try evaluateArguments(arguments)))
        case .filterBlock(let body, let filters, let line):
            var value = JinjaValue.string(try capture(body))
            self.line = line
            for filter in filters { value = try applyFilter(filter, to: value) }
            try emit(try PythonText.string(value))
        case .generation(let body):
            generationDepth += 1
            defer { generationDepth -= 1 }
            return try execute(body)
        case .breakLoop(let line):
            self.line = line
            return .breakLoop
        case .continueLoop(let line):
            self.line = line
            return .continueLoop
        }
        return .normal
    }

    func assign(_ target: JinjaAssignTarget, _ value: JinjaValue) throws {
        guard value.nestingDepth <= JinjaLimits.maximumDataDepth else {
            throw fail("the template built a value nested more than \(JinjaLimits.maximumDataDepth) deep (the nesting limit); it is likely hostile, so use another template")
        }
        switch target {
        case .names(let names) where names.count == 1:
            assign(names[0], value)
        case .names(let names):
            let items = try iterate(value)
            guard items.count == names.count else { throw fail("cannot unpack \(items.count) values into \(names.count) names") }
            for (name, item) in zip(names, items) { assign(name, item) }
        case .member(let object, let member):
            guard case .namespace(let namespace) = lookup(object) else {
                throw fail("cannot set \(object).\(member): \(object) is not a namespace (make it with namespace(...))")
            }
            namespace[member] = value
        }
    }

    func executeFor(_ loop: JinjaForLoop) throws -> Flow {
        line = loop.line
        let iterable = try evaluate(loop.iterable)
        var items = try iterate(iterable)
        scopes.append([:])
        defer { scopes.removeLast() }
        if let condition = loop.condition {
            var kept: [JinjaValue] = []
            for item in items {
                try bindLoopTargets(loop.targets, item)
                if try evaluateCondition(condition) { kept.append(item) }
            }
            items = kept
        }
        guard !items.isEmpty else {
            scopes[scopes.count - 1] = [:]
            return try execute(loop.otherwise)
        }
        let state = JinjaLoop(items: items)
        for (position, item) in items.enumerated() {
            loopIterations += 1
            if loopIterations > JinjaLimits.maximumLoopIterations {
                throw fail("more than \(JinjaLimits.maximumLoopIterations) loop iterations (the loop limit); the template loops without end, or the conversation is far too long")
            }
            state.index0 = position
            scopes[scopes.count - 1].removeAll(keepingCapacity: true)
            scopes[scopes.count - 1]["loop"] = .loop(state)
            noteRead(item)
            try bindLoopTargets(loop.targets, item)
            let flow = try execute(loop.body)
            if flow == .breakLoop { break }
        }
        return .normal
    }

    private func bindLoopTargets(_ targets: [String], _ item: JinjaValue) throws {
        if targets.count == 1 {
            scopes[scopes.count - 1][targets[0]] = item
            return
        }
        let parts = try iterate(item)
        guard parts.count == targets.count else { throw fail("cannot unpack \(parts.count) values into \(targets.count) loop variables") }
        for (name, part) in zip(targets, parts) { scopes[scopes.count - 1][name] = part }
    }

    /// What `for x in value` visits: a list's items, a dict's keys, a string's characters.
    func iterate(_ value: JinjaValue) throws -> [JinjaValue] {
        switch value {
        case .list(let list): return list.items
        case .dict(let dict): return dict.entries.map { .string($0.key) }
        case .string(let s): return s.unicodeScalars.map { .string(String($0)) }
        case .undefined: return []
        default: throw fail("'\(value.typeName)' object is not iterable")
        }
    }

    /// Calls a macro: a scope of its own above the template's globals, with `caller` when called
    /// through `{% call %}`. Returns its output.
    func call(_ macro: JinjaMacro, arguments: (positional: [JinjaValue], named: [(name: String, value: JinjaValue)])) throws -> String {
        calls += 1
        guard calls <= JinjaLimits.maximumCalls else {
            throw fail("more than \(JinjaLimits.maximumCalls) macro calls (the call limit); the template recurses without end")
        }
        guard callDepth < JinjaLimits.maximumCallDepth else {
            throw fail("macros nested more than \(JinjaLimits.maximumCallDepth) deep (the recursion limit); the template recurses without end")
        }
        callDepth += 1
        let saved = scopes
        let savedLine = line
        scopes = [scopes[0], [:]]
        defer {
            scopes = saved
            callDepth -= 1
            line = savedLine
        }
        for (position, parameter) in macro.parameters.enumerated() {
            if position < arguments.positional.count {
                assign(parameter.name, arguments.positional[position])
            } else if let named = arguments.named.last(where: { $0.name == parameter.name }) {
                assign(parameter.name, named.value)
            } else if let defaultValue = parameter.defaultValue {
                assign(parameter.name, try evaluate(defaultValue))
            } else {
                assign(parameter.name, .undefined(parameter.name))
            }
        }
        if arguments.positional.count > macro.parameters.count {
            assign("varargs", .list(JinjaList(Array(arguments.positional[macro.parameters.count...]))))
        }
        if let caller = macro.caller { assign("caller", .macro(caller)) }
        return try capture(macro.body)
    }
}
