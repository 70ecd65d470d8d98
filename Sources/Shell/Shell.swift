import Dataset
import Foundation
import Models
import ProviderKit
import Tokenizers

/// The authoring shell: reads lines, keeps the draft, runs commands, talks to the model and the
/// fine-tuning provider. Terminal-free: it reads through a `LineReader` and writes to a
/// `ShellOutput`, so every command runs the same under a script as on a terminal.
///
/// Used from one task; the only concurrency is a reply streaming while Ctrl-C is awaited.
public final class Shell: @unchecked Sendable {
    let configuration: ShellConfiguration
    let reader: LineReader
    let output: ShellOutput
    /// The chat API for /model; /use may switch to the provider's.
    let defaultChatClient: (any ChatProvider)?
    var chatClient: (any ChatProvider)?
    var provider: (any FineTuningProvider)?
    let providerFactory: (@Sendable (String) throws -> any FineTuningProvider)?
    let loader: EncodingLoader
    let editor: TextEditing?
    let interrupts: InterruptSource?
    let file: DatasetFile
    let autosave: DraftAutosave
    let personas: PersonaStore
    let style: Style
    let tokens: TokenCache

    var draft: Draft {
        didSet { autosaveDraft() }
    }
    /// Why the draft as it is now is not autosaved; nil when it is.
    var autosaveFailure: String?
    var persona: Persona?
    var chatModel: String
    var targetModel: String
    /// The target with its counting loaded: the catalog's entry, and the encoding or chat format.
    var target: ResolvedTarget
    let targets: TargetResolver
    var settings = ChatSettings()
    var exampleCount = 0
    var awaitingReply = false
    var lastFileID: String?
    var lastJobID: String?
    var finished = false
    var prefill: String?
    /// A command failed or was refused: a script's run exits 1.
    var failed = false

    public init(configuration: ShellConfiguration, reader: LineReader, output: ShellOutput, chatClient: (any ChatProvider)?,
                provider: (any FineTuningProvider)?, providerFactory: (@Sendable (String) throws -> any FineTuningProvider)? = nil,
                loader: EncodingLoader, targets: TargetResolver? = nil, editor: TextEditing? = nil,
                interrupts: InterruptSource? = nil) async throws {
        self.configuration = configuration
        self.reader = reader
        self.output = output
        self.defaultChatClient = configuration.offline ? nil : chatClient
        self.chatClient = configuration.offline ? nil : chatClient
        self.provider = provider
        self.providerFactory = providerFactory
        self.loader = loader
        self.editor = editor
        self.interrupts = interrupts
        file = DatasetFile(path: configuration.datasetPath)
        autosave = DraftAutosave(stateDirectory: configuration.stateDirectory, datasetPath: configuration.datasetPath)
        personas = PersonaStore(directory: configuration.configDirectory + "/personas")
        style = Style(enabled: configuration.color && reader.isInteractive)
        chatModel = configuration.chatModel
        let target = configuration.targetModel
            ?? (ModelCatalog.info(for: configuration.chatModel)?.isFineTunable == true ? configuration.chatModel : ShellConfiguration.defaultTarget)
        targetModel = target
        let targets = targets ?? TargetResolver(catalog: .shipped, encodings: loader, tokenizers: TokenizerLocator(), remembering: true)
        self.targets = targets
        do {
            self.target = try await targets.resolve(target)
        } catch {
            throw ShellError("cannot count for --target \(target): \(error.localizedDescription)")
        }
        tokens = TokenCache(counting: Self.counting(self.target))
        draft = Draft()
        if let name = configuration.persona {
            guard let found = personas.load(name) else {
                throw ShellError("no persona \"\(name)\"; known: \(personas.names.joined(separator: ", "))")
            }
            apply(found)
            if let name = found.provider, let providerFactory { self.provider = try providerFactory(name) }
        }
        if let system = configuration.system { draft.system = system }
        exampleCount = (try? file.exampleCount()) ?? 0
    }

    var isOnline: Bool { chatClient != nil }

    /// The draft as it is now.
    public var draftSnapshot: Draft { draft }
    /// The longest example the target trains (supervised, LoRA where there is a choice).
    var limit: Int { target.limit() ?? ModelCatalog.info(for: targetModel)?.maxTokensPerExample ?? 65_536 }

    static func counting(_ target: ResolvedTarget) -> ExampleCounting {
        switch target.counting {
        case .openAI(let encoding): .cookbook(encoding)
        case .chatFormat(let format): .rendered(RenderedCounting(format))
        }
    }

    func say(_ text: String) { output.write(text + "\n") }
    /// Errors, notes and warnings often carry a server's words (its error messages, a job's
    /// error), so they are always neutralised; `say` lines are styled, so theirs are at the call.
    func fail(_ text: String) {
        failed = true
        output.writeError(style.red("error:") + " " + TerminalSafeText.neutralized(text) + "\n")
    }
    func note(_ text: String) { output.write(style.dim(TerminalSafeText.neutralized(text)) + "\n") }
    /// A note that is not the script's output (standard error when piped).
    func warn(_ text: String) { output.writeError(style.dim("note: " + TerminalSafeText.neutralized(text)) + "\n") }
    /// A line that holds a server's words (names, ids, statuses, event messages).
    func sayFromServer(_ text: String) { say(TerminalSafeText.neutralized(text)) }

    func apply(_ persona: Persona) {
        self.persona = persona
        draft.system = persona.system
        if let model = persona.model, configuration.chatModel == ShellConfiguration.defaultTarget { chatModel = model }
        if let temperature = persona.temperature { settings.temperature = temperature }
    }

    /// Runs until /quit or the end of input; the exit status: for a script, 1 when any command
    /// failed (the rest still run), so `set -e` and CI notice.
    public func run() async -> Int32 {
        if reader.isInteractive { say(banner) }
        warnAboutDeadline()
        offerWaitingDrafts()
        reader.completer = { [weak self] text in self?.completions(for: text) ?? [] }
        while !finished {
            let prompt = reader.isInteractive ? (awaitingReply ? style.bold("assistant> ", inPrompt: true) : promptText) : ""
            let right: ((String) -> String)? = reader.isInteractive ? { [weak self] typed in self?.rightPrompt(typed) ?? " " } : nil
            let input = reader.readLine(prompt: prompt, rightPrompt: right, prefill: prefill)
            prefill = nil
            switch input {
            case .endOfInput:
                leave()
            case .interrupted:
                continue
            case .line(let line):
                await handle(line)
            }
        }
        autosave.finish()
        return failed && !reader.isInteractive ? 1 : 0
    }

    func leave() {
        finished = true
        if draft.isEmpty {
            if reader.isInteractive { say("") }
        } else if let autosaveFailure {
            say("\nthe draft is not saved (\(Numbers.plural(draft.numbered.count, "message"))) and could not be kept (\(autosaveFailure)); it is lost")
        } else {
            let back = reader.isInteractive ? "and comes back next time" : "(`tunesmith \(ShellQuoting.path(configuration.datasetPath)) --restore-draft` brings it back)"
            say("\nthe draft is not saved (\(Numbers.plural(draft.numbered.count, "message"))); it is kept \(back)")
        }
    }

    func handle(_ rawLine: String) async {
        var line = rawLine
        if line.trimmingCharacters(in: .whitespaces) == "\"\"\"" {
            guard let block = readBlock() else { return }
            line = block
        } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
            return
        }
        if HistoryFilter.isSafe(rawLine, secrets: configuration.secrets, keyPattern: configuration.providers.keyPattern) { reader.addHistory(rawLine) }
        if line.hasPrefix("/") && !line.hasPrefix("//") {
            await runCommand(line)
        } else {
            await addText(line.hasPrefix("//") ? String(line.dropFirst()) : line)
        }
    }

    /// Lines up to a closing `"""`, joined with newlines.
    func readBlock() -> String? {
        var lines: [String] = []
        while true {
            switch reader.readLine(prompt: reader.isInteractive ? style.dim("... ", inPrompt: true) : "", rightPrompt: nil, prefill: nil) {
            case .line(let line) where line.trimmingCharacters(in: .whitespaces) == "\"\"\"":
                return lines.joined(separator: "\n")
            case .line(let line):
                lines.append(line)
            case .interrupted:
                note("block discarded")
                return nil
            case .endOfInput:
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            }
        }
    }

    /// Plain text: a user turn (sent when online), or, when the model's reply is awaited
    /// offline, the assistant's reply.
    func addText(_ text: String) async {
        if awaitingReply {
            draft.messages.append(DraftMessage(role: .assistant, text: text))
            awaitingReply = false
            return
        }
        draft.messages.append(DraftMessage(role: .user, text: text))
        if isOnline {
            await reply()
        } else {
            awaitingReply = true
            if reader.isInteractive { note("offline: write the ideal assistant reply") }
        }
    }
}

/// A problem with how the shell was started.
public struct ShellError: Error, CustomStringConvertible, LocalizedError {
    public let description: String
    public init(_ description: String) { self.description = description }
    public var errorDescription: String? { description }
}

/// Lines that contain an API key never reach the history file.
enum HistoryFilter {
    /// `keyPattern` matches any registered provider's key, set or not.
    static func isSafe(_ line: String, secrets: [String], keyPattern: String) -> Bool {
        if secrets.contains(where: { $0.count >= 8 && line.contains($0) }) { return false }
        return keyPattern.isEmpty || line.range(of: keyPattern, options: .regularExpression) == nil
    }
}
