/// The ways OpenAI fine-tunes a model.
public enum FineTuningMethod: String, Sendable, CaseIterable {
    case supervised
    case dpo
    case reinforcement
    /// The legacy `{"prompt", "completion"}` format of babbage-002 and davinci-002.
    case completion
}
