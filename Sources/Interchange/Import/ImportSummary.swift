/// Where a record sits in its source: its number (1-based) and, for text formats, the line it starts on.
public struct RecordPosition: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let line: Int?
    /// The source's own id for it (a conversation id), when it has one.
    public let identifier: String?

    public init(index: Int, line: Int? = nil, identifier: String? = nil) {
        self.index = index
        self.line = line
        self.identifier = identifier
    }

    /// "record 3 (line 17)", "conversation 2 (01j…)".
    public var description: String {
        var text = "record \(index)"
        var details: [String] = []
        if let line { details.append("line \(line)") }
        if let identifier { details.append("id \(identifier)") }
        if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
        return text
    }
}

/// A record that did not become a conversation, and why.
public struct SkippedRecord: Sendable, Hashable, CustomStringConvertible {
    public let position: RecordPosition
    public let reason: String

    public init(_ position: RecordPosition, _ reason: String) {
        self.position = position
        self.reason = reason
    }

    public var description: String { "\(position): \(reason)" }
}

/// Messages or parts an import leaves out of the conversations on purpose, by kind.
public enum LeftOutKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case hiddenMessage = "hidden system message"
    case toolCall = "assistant message to a tool"
    case toolResult = "tool result"
    case nonTextPart = "non-text part"
    case attachment = "attachment"
    case reasoning = "reasoning"
    case emptyMessage = "empty message"
    case laterSystemPrompt = "later system prompt"

    public static func < (a: LeftOutKind, b: LeftOutKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What an import did: conversations imported, records skipped (each with its position and
/// reason), and messages left out by kind.
public struct ImportSummary: Sendable {
    public var source: ImportSource
    public var imported = 0
    public var skipped: [SkippedRecord] = []
    public var leftOut: [LeftOutKind: Int] = [:]

    public init(source: ImportSource) {
        self.source = source
    }

    mutating func leaveOut(_ kind: LeftOutKind, _ count: Int = 1) {
        leftOut[kind, default: 0] += count
    }

    /// Skipped records counted by reason, most common first.
    public var skippedByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for record in skipped { counts[record.reason, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }

    /// The summary lines a person reads after an import.
    public var lines: [String] {
        var lines = ["\(imported) conversation\(imported == 1 ? "" : "s") imported from the \(source.title)"]
        if !skipped.isEmpty {
            lines.append("\(skipped.count) record\(skipped.count == 1 ? "" : "s") skipped:")
            lines += skippedByReason.map { "  \($0.count) \($0.reason)" }
        }
        if !leftOut.isEmpty {
            lines.append("left out of the conversations:")
            lines += leftOut.sorted { $0.key < $1.key }.map { "  \($0.value) \($0.key.rawValue)\($0.value == 1 ? "" : "s")" }
        }
        return lines
    }
}
