import Dataset

/// One conversation read from a source, as a candidate chat example: its messages with every
/// assistant weight unset (the author decides what trains).
public struct ImportedConversation: Sendable {
    public let position: RecordPosition
    public let title: String?
    public let example: ChatExample

    public init(position: RecordPosition, title: String?, example: ChatExample) {
        self.position = position
        self.title = title
        self.example = example
    }
}
