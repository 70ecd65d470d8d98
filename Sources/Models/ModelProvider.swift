/// A service that fine-tunes models, as the catalog names it.
public enum ModelProvider: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    case openAI = "openai"
    case together
    case fireworks

    /// The provider's own name, for sentences.
    public var displayName: String {
        switch self {
        case .openAI: "OpenAI"
        case .together: "Together"
        case .fireworks: "Fireworks"
        }
    }

    public var description: String { rawValue }

    /// The fewest examples a training file may hold (OpenAI's check; Together's `MIN_SAMPLES`;
    /// Fireworks' dataset rule).
    public var minimumExamples: Int {
        switch self {
        case .openAI: 10
        case .together: 1
        case .fireworks: 3
        }
    }

    /// The epochs a job runs when none are given: nil for OpenAI's `"auto"` rule (which depends on
    /// the number of examples), 1 for Together and Fireworks.
    public var defaultEpochs: Int? {
        self == .openAI ? nil : 1
    }

    /// `openai`, `OpenAI`, `together`, `fireworks` (any case); nil for anything else.
    public init?(named name: String) {
        self.init(rawValue: name.lowercased())
    }
}
