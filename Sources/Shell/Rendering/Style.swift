/// Terminal colour, off when `NO_COLOR` is set or nobody is looking. Escapes inside prompts are
/// wrapped in `\u{1}` so the line editor knows they take no columns.
public struct Style: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    func paint(_ text: String, _ code: String, inPrompt: Bool = false) -> String {
        guard enabled else { return text }
        let (open, close) = inPrompt ? ("\u{1}", "\u{1}") : ("", "")
        return "\(open)\u{1B}[\(code)m\(close)\(text)\(open)\u{1B}[0m\(close)"
    }

    public func dim(_ text: String, inPrompt: Bool = false) -> String { paint(text, "2", inPrompt: inPrompt) }
    public func amber(_ text: String, inPrompt: Bool = false) -> String { paint(text, "33", inPrompt: inPrompt) }
    public func red(_ text: String, inPrompt: Bool = false) -> String { paint(text, "31", inPrompt: inPrompt) }
    public func green(_ text: String, inPrompt: Bool = false) -> String { paint(text, "32", inPrompt: inPrompt) }
    public func bold(_ text: String, inPrompt: Bool = false) -> String { paint(text, "1", inPrompt: inPrompt) }
}
