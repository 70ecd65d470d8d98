import ArgumentParser
import Dataset
import Foundation
import ProviderKit
import Shell

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Send one message and stream the reply to standard output.",
        discussion: "Works with any OpenAI-compatible server (set OPENAI_BASE_URL). The message comes from the argument or standard input."
    )

    @Option(help: ArgumentHelp("The chat model (default: $TUNESMITH_MODEL, else \(Self.defaultModel)).", valueName: "model"))
    var model: String?

    @Option(help: ArgumentHelp("A system message.", valueName: "text"))
    var system: String?

    @Argument(help: "The message (default: standard input).")
    var message: String?

    @OptionGroup var connection: ConnectionOptions

    static let defaultModel = "gpt-4.1-mini"

    func run() async throws {
        let text = message ?? InputFiles.readStandardInput()
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandFailure("nothing to send; give a message or pipe one in", exitCode: 2)
        }
        var messages: [ChatMessage] = []
        if let system { messages.append(ChatMessage(role: .system, text: system)) }
        messages.append(ChatMessage(role: .user, text: text))
        let request = ChatRequest(model: model ?? ProcessInfo.processInfo.environment["TUNESMITH_MODEL"] ?? Self.defaultModel, messages: messages)
        let safe = Terminal.standardOutputIsTerminal
        var out = OutputBuffer()
        var endsWithNewline = true
        do {
            for try await chunk in connection.client.streamChat(request) {
                guard let piece = chunk.deltas.first(where: { $0.index == 0 })?.content, !piece.isEmpty else { continue }
                out.write(safe ? TerminalSafeText.neutralized(piece) : piece)
                out.flush()
                endsWithNewline = piece.hasSuffix("\n")
            }
        } catch {
            if !endsWithNewline { out.write("\n") }
            out.flush()
            throw error
        }
        if !endsWithNewline { out.write("\n") }
        out.flush()
    }
}
