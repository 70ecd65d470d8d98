/// Which trained assistant turns of an example become cases.
public enum TurnSelection: String, Sendable, CaseIterable {
    /// The last assistant turn that trains (weight 1 or no weight).
    case last
    /// Every assistant turn that trains, each with the conversation before it.
    case all
}
