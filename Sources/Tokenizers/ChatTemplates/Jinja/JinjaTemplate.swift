/// A Jinja template parsed once and rendered many times, with jinja2's semantics as transformers
/// configures it (`ImmutableSandboxedEnvironment`, `trim_blocks`, `lstrip_blocks`, its `tojson`,
/// `raise_exception` and `strftime_now`). It reaches no file, environment variable or network.
struct JinjaTemplate: @unchecked Sendable {
    // @unchecked: the tree is never changed after parsing; every rendering builds its own values.
    let nodes: [JinjaNode]
    let usesGeneration: Bool

    init(_ source: String) throws {
        (nodes, usesGeneration) = try JinjaParser.parse(source)
    }

    /// Renders with `context` as the template's variables. `messages` and `tools` are the objects
    /// whose reads attribute the output that follows (to the message's index; tools to none).
    func render(context: [String: JinjaValue], messages: [JinjaDict] = [], tools: [JinjaDict] = []) throws -> [JinjaOutputRun] {
        var index: [ObjectIdentifier: Int] = [:]
        index.reserveCapacity(messages.count)
        for (position, message) in messages.enumerated() { index[ObjectIdentifier(message)] = position }
        let renderer = JinjaRenderer(context: context, messageIndex: index, toolObjects: Set(tools.map(ObjectIdentifier.init)))
        _ = try renderer.execute(nodes)
        return renderer.runs
    }

    /// The whole output as one string.
    func renderText(context: [String: JinjaValue]) throws -> String {
        try render(context: context).map(\.text).joined()
    }
}
