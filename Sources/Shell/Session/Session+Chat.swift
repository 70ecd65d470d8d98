import Dataset
import Foundation
import ProviderKit
import Synchronization

extension Session {
    /// Plain text: a user turn (sent when online), or, when the model's reply is awaited
    /// offline, the assistant's reply.
    mutating func addText(_ text: String, _ shell: ShellContext) async {
        if awaitingReply {
            draft.messages.append(DraftMessage(role: .assistant, text: text))
            awaitingReply = false
            return
        }
        draft.messages.append(DraftMessage(role: .user, text: text))
        if isOnline {
            await reply(shell)
        } else {
            awaitingReply = true
            if shell.isInteractive { shell.note("offline: write the ideal assistant reply") }
        }
    }

    /// The request for the next reply: the persona's few-shot turns, then the draft.
    func chatRequest(model: String? = nil, n: Int? = nil, upTo end: Int? = nil) -> ChatRequest {
        var messages: [ChatMessage] = []
        let numbered = draft.numbered
        let context = end.map { Array(numbered.prefix($0)) } ?? numbered
        if let first = context.first, first.role == "system" { messages.append(ChatMessage(role: .system, text: first.text)) }
        for pair in persona?.examples ?? [] where pair.count == 2 {
            messages.append(ChatMessage(role: .user, text: pair[0]))
            messages.append(ChatMessage(role: .assistant, text: pair[1]))
        }
        messages += context.filter { $0.role != "system" }.map { ChatMessage(role: $0.chatRole, text: $0.text) }
        return ChatRequest(model: model ?? chatModel, messages: messages, temperature: settings.temperature, topP: settings.topP,
                           maxTokens: settings.maxTokens, n: n ?? settings.n, seed: settings.seed)
    }

    /// Streams the model's reply into the draft. Ctrl-C stops it and keeps what arrived; a
    /// network fault keeps it too and says what happened. With n > 1, asks for candidates instead.
    mutating func reply(keepingAlternatives previous: [String] = [], _ shell: ShellContext) async {
        guard let chatClient else { return shell.fail("offline; write the reply yourself (or /reply TEXT)") }
        if settings.n > 1 { return await candidates(settings.n, keepingAlternatives: previous, shell) }
        let request = chatRequest()
        let box = StreamBox()
        let output = shell.output
        let stream = Task {
            for try await chunk in chatClient.streamChat(request) {
                box.add(chunk)
                if let piece = chunk.deltas.first(where: { $0.index == 0 })?.content, !piece.isEmpty {
                    output.write(TerminalSafeText.neutralized(piece))
                }
            }
        }
        // Only a real Ctrl-C cancels the stream: the watcher itself is cancelled when the reply
        // ends, and its wait returns then too.
        let watcher = shell.interrupts.map { source in
            Task {
                await source.next()
                if !Task.isCancelled {
                    box.interrupted = true
                    stream.cancel()
                }
            }
        }
        let result = await stream.result
        watcher?.cancel()
        let text = box.text
        if !text.isEmpty && !text.hasSuffix("\n") { output.write("\n") }
        if !text.isEmpty || box.hasToolCalls {
            draft.messages.append(DraftMessage(role: .assistant, text: text, alternatives: previous))
        }
        switch result {
        case _ where box.interrupted:
            shell.note(text.isEmpty ? "interrupted before the reply began" : "interrupted; the reply so far is kept (/retry for another, /undo to drop it)")
        case .success:
            break
        case .failure(let error):
            shell.fail(error.localizedDescription)
            shell.note(text.isEmpty ? "the draft is unchanged; /retry to ask again" : "the reply so far is kept; /retry to ask again, /undo to drop it")
        }
    }

    /// Asks for `n` replies at once, shows them numbered, and puts the first in the draft.
    mutating func candidates(_ n: Int, keepingAlternatives previous: [String], _ shell: ShellContext) async {
        guard let chatClient else { return shell.fail("offline; there is no model to ask") }
        do {
            let completion = try await chatClient.chat(chatRequest(n: n))
            let texts = completion.choices.map(\.message.text)
            guard let first = texts.first else { return shell.fail("the model sent no reply; /retry") }
            for (k, text) in texts.enumerated() {
                shell.say(shell.style.bold("[\(k + 1)]") + " " + TerminalSafeText.neutralized(text))
            }
            draft.messages.append(DraftMessage(role: .assistant, text: first, alternatives: Array(texts.dropFirst()) + previous))
            shell.note("candidate 1 is in the draft; /pick K to use another")
        } catch {
            shell.fail(error.localizedDescription)
        }
    }

    /// /retry [N]: a new reply for the last user turn; the old one becomes an alternative.
    mutating func retry(_ count: Int?, _ shell: ShellContext) async {
        guard isOnline else { return shell.fail("offline; /reply TEXT to write the reply") }
        var previous: [String] = []
        if let last = draft.messages.last, last.isAssistant {
            previous = [last.text] + last.alternatives
            draft.messages.removeLast()
        }
        guard draft.messages.last?.chatRole == .user else { return shell.fail("there is no user message to reply to; type one first") }
        if let count, count > 1 {
            await candidates(count, keepingAlternatives: previous, shell)
        } else {
            let saved = settings.n
            settings.n = 1
            await reply(keepingAlternatives: previous, shell)
            settings.n = saved
            if draft.messages.last?.isAssistant != true, !previous.isEmpty {
                // Nothing new arrived: put the old reply back.
                draft.messages.append(DraftMessage(role: .assistant, text: previous[0], alternatives: Array(previous.dropFirst())))
            }
        }
    }

    /// /pick K: candidate K (as /show and /retry number them: 1 is the current text) becomes the reply.
    mutating func pick(_ k: Int, _ shell: ShellContext) {
        guard let index = draft.lastAssistantIndex else { return shell.fail("there is no reply to pick for") }
        var message = draft.messages[index]
        let all = [message.text] + message.alternatives
        guard all.indices.contains(k - 1) else { return shell.fail("there are \(all.count) candidates; pick 1 to \(all.count)") }
        message.text = all[k - 1]
        message.alternatives = all.enumerated().filter { $0.offset != k - 1 }.map(\.element)
        draft.messages[index] = message
        shell.say(TerminalSafeText.neutralized(message.text))
    }

    /// /compare A B: the last user turn to two models; both replies side by side.
    func compare(_ a: String, _ b: String, _ shell: ShellContext) async {
        guard let chatClient else { return shell.fail("offline; there is no model to ask") }
        guard let userIndex = draft.numbered.lastIndex(where: { $0.chatRole == .user }) else {
            return shell.fail("there is no user message to send; type one first")
        }
        let requestA = chatRequest(model: a, n: 1, upTo: userIndex + 1)
        let requestB = chatRequest(model: b, n: 1, upTo: userIndex + 1)
        async let first = Self.replyText(chatClient, requestA)
        async let second = Self.replyText(chatClient, requestB)
        let (left, right) = await (first, second)
        let width = max(20, (shell.configuration.columns - 3) / 2)
        shell.say(shell.style.bold(a.padding(toLength: width, withPad: " ", startingAt: 0)) + " | " + shell.style.bold(b))
        let leftLines = Self.wrap(left, width), rightLines = Self.wrap(right, width)
        for k in 0..<max(leftLines.count, rightLines.count) {
            let l = k < leftLines.count ? leftLines[k] : ""
            let r = k < rightLines.count ? rightLines[k] : ""
            shell.say(l.padding(toLength: width, withPad: " ", startingAt: 0) + " | " + r)
        }
    }

    static func replyText(_ client: any ChatProvider, _ request: ChatRequest) async -> String {
        do {
            return TerminalSafeText.neutralized(try await client.chat(request).choices.first?.message.text ?? "")
        } catch {
            return "error: \(error.localizedDescription)"
        }
    }

    /// Words wrapped to `width` columns (long words are cut).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while word.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                if line.isEmpty { line = word } else if line.count + 1 + word.count <= width { line += " " + word } else {
                    lines.append(line)
                    line = word
                }
            }
            lines.append(line)
        }
        return lines
    }
}

/// What a streaming reply has delivered so far; read after the stream ends, however it ended.
final class StreamBox: Sendable {
    private struct State {
        var accumulator = ChatStreamAccumulator()
        var interrupted = false
    }

    private let state = Mutex(State())

    /// Set when Ctrl-C stopped the reply.
    var interrupted: Bool {
        get { state.withLock { $0.interrupted } }
        set { state.withLock { $0.interrupted = newValue } }
    }

    func add(_ chunk: ChatStreamChunk) { state.withLock { $0.accumulator.add(chunk) } }
    var text: String { state.withLock { $0.accumulator.text(of: 0) } }
    var hasToolCalls: Bool { state.withLock { $0.accumulator.completion.choices.first?.message.toolCalls != nil } }
}
