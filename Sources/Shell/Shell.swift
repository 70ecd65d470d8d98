import Dataset
import Foundation
import Models
import ProviderKit
import Tokenizers

/// The authoring shell: reads lines, keeps the session, runs commands. Terminal-free: it reads
/// through a `LineReader` and writes to a `ShellOutput`, so every command runs the same under a
/// script as on a terminal.
///
/// Isolated to `ShellActor`, with everything it holds. The line editor's callbacks (Tab, the right
/// prompt) run inside `readLine` on that actor, and they read a copy of what they need, never the
/// session a command is changing.
@ShellActor
public final class Shell {
    let context: ShellContext
    var session: Session

    public init(configuration: ShellConfiguration, reader: LineReader, output: ShellOutput, chatClient: (any ChatProvider)?,
                provider: (any FineTuningProvider)?, providerFactory: (@Sendable (String) throws -> any FineTuningProvider)? = nil,
                loader: EncodingLoader, targets: TargetResolver? = nil, editor: TextEditing? = nil,
                interrupts: InterruptSource? = nil, pager: TextPaging? = nil) async throws {
        let console = Console(output: output, style: Style(enabled: configuration.color && reader.isInteractive))
        let targetModel = configuration.targetModel
            ?? (ModelCatalog.info(for: configuration.chatModel)?.isFineTunable == true ? configuration.chatModel : ShellConfiguration.defaultTarget)
        let targets = targets ?? TargetResolver(catalog: .shipped, encodings: loader, tokenizers: TokenizerLocator(), remembering: true)
        let target: ResolvedTarget
        do {
            target = try await targets.resolve(targetModel)
        } catch {
            throw ShellError("cannot count for --target \(targetModel): \(error.localizedDescription)")
        }
        let defaultChatClient = configuration.offline ? nil : chatClient
        let context = ShellContext(
            configuration: configuration, reader: reader, console: console, file: DatasetFile(path: configuration.datasetPath),
            personas: PersonaStore(directory: configuration.configDirectory + "/personas"),
            tokens: TokenCache(counting: Session.counting(target)), targets: targets, editor: editor, interrupts: interrupts,
            defaultChatClient: defaultChatClient, providerFactory: providerFactory, pager: pager)
        let autosave = DraftAutosave(stateDirectory: configuration.stateDirectory, datasetPath: configuration.datasetPath)
        var session = Session(
            draft: Draft(), keeper: DraftKeeper(autosave: autosave, console: console), chatModel: configuration.chatModel,
            chatClient: defaultChatClient, targetModel: targetModel, target: target, provider: provider)
        if let name = configuration.persona {
            guard let found = context.personas.load(name) else {
                throw ShellError("no persona \"\(name)\"; known: \(context.personas.names.joined(separator: ", "))")
            }
            session.apply(found, context)
            if let name = found.provider, let providerFactory { session.provider = try providerFactory(name) }
        }
        if let system = configuration.system { session.draft.system = system }
        session.exampleCount = (try? context.file.exampleCount()) ?? 0
        self.context = context
        self.session = session
    }

    /// The draft as it is now.
    public var draftSnapshot: Draft { session.draft }

    /// Runs until /quit or the end of input; the exit status: for a script, 1 when any command
    /// failed (the rest still run), so `set -e` and CI notice.
    public func run() async -> Int32 {
        let shell = context
        if shell.isInteractive { shell.say(session.banner(shell)) }
        session.warnAboutDeadline(shell)
        session.offerWaitingDrafts(shell)
        while !session.finished {
            // Tab and the right prompt read copies taken now, so they never touch the session
            // while a command (asking a question through the same reader) is changing it.
            shell.reader.completer = Completions(session, shell).candidates
            let prompt = shell.isInteractive ? (session.awaitingReply ? shell.style.bold("assistant> ", inPrompt: true) : session.promptText(shell)) : ""
            let right: ((String) -> String)? = shell.isInteractive ? { [draft = session.draft, tokens = shell.tokens] typed in
                Session.rightPrompt(typed, after: draft, tokens)
            } : nil
            switch shell.reader.readLine(prompt: prompt, rightPrompt: right, prefill: nil) {
            case .endOfInput:
                session.leave(shell)
            case .interrupted(let typed):
                // Ctrl-C on an empty line is often someone trying to leave.
                if typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { shell.note("Ctrl-D or /quit leaves; the draft is kept") }
            case .line(let line):
                await handle(line)
            }
        }
        session.keeper.autosave.finish()
        return shell.console.failed && !shell.isInteractive ? 1 : 0
    }

    func handle(_ rawLine: String) async {
        let shell = context
        var line = rawLine
        var remembered = rawLine
        if line.trimmingCharacters(in: .whitespaces) == "\"\"\"" {
            guard let block = readBlock() else { return }
            line = block
            // The whole block is one history entry: Up brings it back as it was typed.
            remembered = Self.fenced(block)
        } else if let block = Self.unfenced(line) {
            line = block
        } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
            return
        }
        if HistoryFilter.isSafe(remembered, secrets: shell.configuration.secrets, keyPattern: shell.configuration.providers.keyPattern) {
            shell.reader.addHistory(remembered)
        }
        // The command changes a copy (an actor's property cannot be lent across an await); every
        // change of its draft is autosaved as it happens, and the copy comes back when it ends.
        var session = self.session
        if line.hasPrefix("/") && !line.hasPrefix("//") {
            await CommandTable.run(line, &session, shell)
        } else {
            await session.addText(line.hasPrefix("//") ? String(line.dropFirst()) : line, shell)
        }
        self.session = session
    }

    nonisolated static func fenced(_ block: String) -> String { "\"\"\"\n\(block)\n\"\"\"" }

    /// The text of a block recalled from the history (`"""`, its lines, `"""`, on one line).
    nonisolated static func unfenced(_ line: String) -> String? {
        let lines = line.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines.first?.trimmingCharacters(in: .whitespaces) == "\"\"\"",
              lines.last?.trimmingCharacters(in: .whitespaces) == "\"\"\"" else { return nil }
        return lines.dropFirst().dropLast().joined(separator: "\n")
    }

    /// Lines up to a closing `"""`, joined with newlines. Each line's right prompt shows what it
    /// adds and the block's running total.
    func readBlock() -> String? {
        let shell = context
        var lines: [String] = []
        while true {
            let right: ((String) -> String)? = shell.isInteractive ? { [lines, draft = session.draft, tokens = shell.tokens] typed in
                Session.blockRightPrompt(typed, after: lines, in: draft, tokens)
            } : nil
            switch shell.reader.readLine(prompt: shell.isInteractive ? shell.style.dim("... ", inPrompt: true) : "", rightPrompt: right, prefill: nil) {
            case .line(let line) where line.trimmingCharacters(in: .whitespaces) == "\"\"\"":
                return lines.joined(separator: "\n")
            case .line(let line):
                lines.append(line)
            case .interrupted:
                shell.note("block discarded")
                return nil
            case .endOfInput:
                return lines.isEmpty ? nil : lines.joined(separator: "\n")
            }
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
