/// One server-sent event.
public struct SSEEvent: Sendable, Equatable {
    public var event: String?
    public var data: String
    public var id: String?

    public init(event: String?, data: String, id: String?) {
        self.event = event
        self.data = data
        self.id = id
    }
}

/// Parses a server-sent-events byte stream the way OpenAI's SDK does: lines end at CR, LF or CRLF
/// (also when a chunk boundary falls between CR and LF); an empty line dispatches; `:` starts a
/// comment; `field: value` loses one leading space; several `data` lines join with `\n`.
public struct SSEParser: Sendable {
    private var line: [UInt8] = []
    private var afterCR = false
    private var event: String?
    private var data: [String] = []
    private var id: String?
    private var hasFields = false

    public init() {}

    /// Feeds bytes; returns the events they complete.
    public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [SSEEvent] {
        var events: [SSEEvent] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 0x0A { continue }  // the LF of a CRLF
            }
            if byte == 0x0D || byte == 0x0A {
                afterCR = byte == 0x0D
                if let event = endLine() { events.append(event) }
            } else {
                line.append(byte)
            }
        }
        return events
    }

    /// The event pending at the end of the stream, if the server did not end it with a blank line.
    public mutating func finish() -> SSEEvent? {
        if !line.isEmpty { _ = endLine() }
        return endLine()
    }

    private mutating func endLine() -> SSEEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            guard hasFields else { return nil }
            let dispatched = SSEEvent(event: event, data: data.joined(separator: "\n"), id: id)
            event = nil
            data = []
            hasFields = false
            return dispatched
        }
        if line.first == UInt8(ascii: ":") { return nil }
        let text = String(decoding: line, as: UTF8.self)
        var field = text
        var value = ""
        if let colon = text.firstIndex(of: ":") {
            field = String(text[..<colon])
            value = String(text[text.index(after: colon)...])
            if value.hasPrefix(" ") { value.removeFirst() }
        }
        switch field {
        case "event": event = value; hasFields = true
        case "data": data.append(value); hasFields = true
        case "id": id = value; hasFields = true
        default: break  // "retry" and unknown fields do not matter here
        }
        return nil
    }
}
