import Dataset

/// One question put to every model: an example's conversation up to a trained assistant turn,
/// and the author's reply there, which the models' replies are compared with.
public struct EvalCase: Sendable {
    /// The SHA-256 of the example's line: with `turn` and a model, it names a result across runs.
    public let exampleHash: String
    /// 1-based, counting examples (blank lines are not examples).
    public let example: Int
    /// The physical line in the file.
    public let line: Int
    /// The 1-based position of the reference reply among the example's messages.
    public let turn: Int
    /// What is sent: every message before the reference reply.
    public let messages: [ChatMessage]
    public let tools: JSONValue?
    public let reference: String

    public init(exampleHash: String, example: Int, line: Int, turn: Int, messages: [ChatMessage], tools: JSONValue?, reference: String) {
        self.exampleHash = exampleHash
        self.example = example
        self.line = line
        self.turn = turn
        self.messages = messages
        self.tools = tools
        self.reference = reference
    }

    /// "example 3 (line 4), turn 6"
    public var title: String { "example \(example) (line \(line)), turn \(turn)" }
}
