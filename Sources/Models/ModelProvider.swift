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

    /// `openai`, `OpenAI`, `together`, `fireworks` (any case); nil for anything else.
    public init?(named name: String) {
        self.init(rawValue: name.lowercased())
    }
}
