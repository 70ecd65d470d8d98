import Dataset

/// `llm`'s `logs.db` (simonw/llm, `llm/migrations.py`): `responses` (one row per prompt and
/// reply: `prompt`, `system`, `response`, `conversation_id`, `datetime_utc`) grouped by
/// `conversations`; since migration m022 the message store `parts` (`response_id`, `direction`
/// input/output, `role`, `part_type` text/reasoning/tool_call/tool_result/attachment, `order`,
/// `content`) holds each response's messages part by part. A response with parts is read from
/// them; one without (older logs) from its columns. Responses are grouped by conversation in
/// time order; the first system prompt heads the conversation (a different later one is left
/// out and counted). Opened read-only.
struct LLMLogsDatabase {
    let database: SQLiteDatabase

    init(path: String) throws(InterchangeError) {
        database = try SQLiteDatabase(readOnly: path)
        guard try database.hasTable("responses") else {
            if try database.hasTable("logs") {
                throw InterchangeError(.unreadableSource, "\(path) is a logs.db from llm before 0.4 (a \"logs\" table); run `llm logs` once with a current llm to migrate it, then import again")
            }
            throw InterchangeError(.unreadableSource, "\(path) is SQLite but has no \"responses\" table; is it llm's logs.db (`llm logs path` prints where it is)?")
        }
    }

    /// Calls `body` with each conversation's number, id and builder, in order.
    func read(progress: ((Int64, Int64) -> Void)?, _ body: (RecordPosition, ConversationBuilder) throws -> Void) throws {
        let hasParts = try database.hasTable("parts")
        let hasAttachments = try database.hasTable("prompt_attachments")
        var total = 0
        try database.query("SELECT count(*) FROM responses") { row in total = row.integer(0) ?? 0 }
        var index = 0
        var done = 0
        var current: (id: String?, builder: ConversationBuilder, system: String?)?
        func finish() throws {
            guard let open = current else { return }
            index += 1
            try body(RecordPosition(index: index, identifier: open.id), open.builder)
            current = nil
        }
        func addSystem(_ system: String?) {
            guard let system, !system.isEmpty else { return }
            if let first = current!.system {
                if first != system { current!.builder.leaveOut(.laterSystemPrompt) }
            } else if current!.builder.messages.isEmpty {
                current!.system = system
                current!.builder.add(.system, system)
            } else {
                current!.builder.leaveOut(.laterSystemPrompt)
            }
        }

        func add(_ part: (direction: String, role: String, type: String, content: String)) {
            switch part.type {
            case "text":
                switch (part.direction, part.role) {
                case (_, "system"): addSystem(part.content)
                case ("input", "user"): current!.builder.add(.user, part.content)
                case ("output", _): current!.builder.add(.assistant, part.content)
                default: break  // an input assistant part repeats history already read
                }
            case "reasoning": current!.builder.leaveOut(.reasoning)
            case "tool_call": current!.builder.leaveOut(.toolCall)
            case "tool_result": current!.builder.leaveOut(.toolResult)
            case "attachment": current!.builder.leaveOut(.attachment)
            default: current!.builder.leaveOut(.nonTextPart)
            }
        }

        var failure: Error?
        try database.query("""
            SELECT id, conversation_id, system, prompt, response FROM responses
            ORDER BY conversation_id IS NULL, conversation_id, datetime_utc, rowid
            """) { row throws(InterchangeError) in
            guard failure == nil else { return }
            let responseID = try row.text(0) ?? ""
            let conversationID = try row.text(1)
            do {
                if current == nil || conversationID == nil || current?.id != conversationID {
                    try finish()
                    current = (conversationID, ConversationBuilder(), nil)
                }
                var parts: [(direction: String, role: String, type: String, content: String)] = []
                if hasParts {
                    try database.query("SELECT direction, role, part_type, content FROM parts WHERE response_id = ? ORDER BY direction = 'output', \"order\"", [responseID]) { part throws(InterchangeError) in
                        parts.append((try part.text(0) ?? "", try part.text(1) ?? "", try part.text(2) ?? "", try part.text(3) ?? ""))
                    }
                }
                if parts.isEmpty {
                    addSystem(try row.text(2))
                    current!.builder.add(.user, try row.text(3) ?? "")
                    current!.builder.add(.assistant, try row.text(4) ?? "")
                } else {
                    for part in parts { add(part) }
                }
                if hasAttachments {
                    var attachments = 0
                    try database.query("SELECT count(*) FROM prompt_attachments WHERE response_id = ?", [responseID]) { count in attachments = count.integer(0) ?? 0 }
                    current!.builder.leaveOut(.attachment, attachments)
                }
                done += 1
                if done % 256 == 0 { progress?(Int64(done), Int64(total)) }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        try finish()
        progress?(Int64(total), Int64(total))
    }
}
