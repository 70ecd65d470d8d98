import Dataset

/// What the author decided about an assistant reply.
public enum Judgement: String, Sendable, Codable {
    /// Trained on.
    case kept
    /// Kept as context only (`"weight": 0`).
    case rejected
    /// Not decided yet (saved as trained on).
    case unjudged
}

/// One message of the draft. Assistant messages carry the author's judgement, the other
/// candidates they were chosen from, and the model's original text when the author edited it.
public struct DraftMessage: Sendable, Codable, Equatable {
    public var role: String
    public var text: String
    public var judgement: Judgement
    /// Other replies for this turn (from /retry or n candidates); /pick swaps one in.
    public var alternatives: [String]
    /// The reply as the model wrote it, before the author's edit.
    public var original: String?

    public init(role: ChatRole, text: String, judgement: Judgement = .unjudged, alternatives: [String] = [], original: String? = nil) {
        self.role = role.rawValue
        self.text = text
        self.judgement = judgement
        self.alternatives = alternatives
        self.original = original
    }

    public var chatRole: ChatRole { ChatRole(rawValue: role) }
    public var isAssistant: Bool { role == ChatRole.assistant.rawValue }

    /// As a training message: rejected replies get weight 0; others are trained on.
    /// The message as saved: a kept reply says `"weight": 1` and a rejected one `0`, so a trainer
    /// that learns from judgements (KTO) can tell them from replies no one judged (no weight,
    /// which OpenAI and the others train on all the same).
    public var trainingMessage: ChatMessage {
        let weight: Int? = switch judgement {
        case .kept: 1
        case .rejected: 0
        case .unjudged: nil
        }
        return ChatMessage(role: chatRole, text: text, weight: isAssistant ? weight : nil)
    }
}
