/// A parsed template: statements of text, output and control, parsed once and run many times.
indirect enum JinjaNode {
    case text(String)
    case output(JinjaExpression, line: Int)
    case ifBlock(branches: [(condition: JinjaExpression, body: [JinjaNode])], otherwise: [JinjaNode], line: Int)
    case forLoop(JinjaForLoop)
    case set(JinjaAssignTarget, JinjaExpression, line: Int)
    /// `{% set name %}...{% endset %}`: the body's output, filtered, becomes the value.
    case setBlock(JinjaAssignTarget, body: [JinjaNode], filters: [JinjaFilterCall], line: Int)
    case macro(JinjaMacro, line: Int)
    /// `{% call macro(args) %}body{% endcall %}`: the macro runs with `caller()` rendering the body.
    case callBlock(JinjaExpression, caller: JinjaMacro, line: Int)
    /// `{% filter name %}body{% endfilter %}`.
    case filterBlock(body: [JinjaNode], filters: [JinjaFilterCall], line: Int)
    /// `{% generation %}`: the spans that train, as transformers' AssistantTracker marks them.
    case generation([JinjaNode])
    case breakLoop(line: Int)
    case continueLoop(line: Int)
}

struct JinjaForLoop {
    let targets: [String]
    let iterable: JinjaExpression
    let condition: JinjaExpression?
    let body: [JinjaNode]
    let otherwise: [JinjaNode]
    let line: Int
}

enum JinjaAssignTarget {
    case names([String])
    /// `ns.member`
    case member(String, String)
}

struct JinjaFilterCall {
    let name: String
    let arguments: JinjaArguments
}

struct JinjaArguments {
    var positional: [JinjaExpression] = []
    var named: [(name: String, value: JinjaExpression)] = []
    static var none: JinjaArguments { JinjaArguments() }
}

indirect enum JinjaExpression {
    case literal(JinjaValue)
    case name(String)
    case list([JinjaExpression])
    case tuple([JinjaExpression])
    case dict([(key: JinjaExpression, value: JinjaExpression)])
    case attribute(JinjaExpression, String)
    case item(JinjaExpression, JinjaExpression)
    case slice(JinjaExpression, start: JinjaExpression?, stop: JinjaExpression?, step: JinjaExpression?)
    case call(JinjaExpression, JinjaArguments)
    case filter(JinjaExpression, JinjaFilterCall)
    case test(JinjaExpression, name: String, arguments: [JinjaExpression], negated: Bool)
    case unary(JinjaUnaryOperator, JinjaExpression)
    case binary(JinjaBinaryOperator, JinjaExpression, JinjaExpression)
    case and(JinjaExpression, JinjaExpression)
    case or(JinjaExpression, JinjaExpression)
    case conditional(then: JinjaExpression, condition: JinjaExpression, otherwise: JinjaExpression?)
}

enum JinjaUnaryOperator { case not, minus, plus }

enum JinjaBinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%", power = "**"
    case concat = "~"
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case contains = "in", notContains = "not in"
}
