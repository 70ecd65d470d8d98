import ArgumentParser
import Dataset
import EditLine
import Foundation
import Models
import ProviderKit
import Shell
import Synchronization
import Tokenizers

struct ShellCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "The authoring shell: chat, keep, edit, count, save (the default command).",
        discussion: """
            Without an API key, or with --offline, you write the assistant replies yourself. When standard \
            input is not a terminal, commands are read line by line with no prompts, so scripts can drive it.
            """
    )

    @Argument(help: "The training file (created on the first /save).", completion: .file(extensions: ["jsonl"]))
    var file = "train.jsonl"

    @Option(help: ArgumentHelp("The chat model (default: $TUNESMITH_MODEL, else \(ShellConfiguration.defaultTarget)).", valueName: "model"),
            completion: .list(ModelCatalog.knownNames.filter { !$0.contains("embedding") }))
    var model: String?

    // Tab offers what a provider fine-tunes (any Hugging Face repo is taken too).
    @Option(help: ArgumentHelp("The model to fine-tune (default: the chat model when it can be).", valueName: "model"),
            completion: .list(ModelCatalog.shipped.completionNames()))
    var target: String?

    @Option(help: ArgumentHelp("A persona to write as (marv is built in).", valueName: "name"),
            completion: .custom { _, _, typed in
                // The personas the author saved (and the built-in ones), read when Tab is pressed.
                PersonaStore(directory: StateFolders.folder("XDG_CONFIG_HOME", ".config") + "/personas").names.filter { $0.hasPrefix(typed) }
            })
    var persona: String?

    @Option(help: ArgumentHelp("A system message.", valueName: "text"))
    var system: String?

    @Flag(help: "Do not chat: write the assistant replies yourself.")
    var offline = false

    @Flag(help: "Let a script run /train, /upload, /cancel and /delete (they spend money or delete data).")
    var yes = false

    @Flag(help: "Start with the newest unsaved draft a shell that ended left for this file.")
    var restoreDraft = false

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if persona != nil && system != nil { throw ValidationError("pass either --persona or --system, not both") }
    }

    /// The chat model when its provider still trains it, else gpt-4.1-mini while OpenAI trains it,
    /// else the catalog's default for the providers with a key (never OpenAI's from 2027-01-06).
    static func defaultTarget(chatModel: String, provider: String, today: CalendarDay) -> String {
        let catalog = CatalogContext.catalog()
        // A provider chosen by name (--provider, $TUNESMITH_PROVIDER) trains the target: the chat
        // model when it trains that, else its default.
        if let chosen = ModelProvider(named: provider), chosen != .openAI {
            if catalog.model(named: chatModel, provider: chosen)?.isTrainable(on: today) == true { return chatModel }
            if let choice = catalog.trainableChoice(of: chosen, today: today) { return choice.id }
        }
        if catalog.model(named: chatModel)?.isTrainable(on: today) == true { return chatModel }
        if catalog.model(named: ShellConfiguration.defaultTarget)?.isTrainable(on: today) == true { return ShellConfiguration.defaultTarget }
        return catalog.defaultTarget(providersWithKeys: CatalogContext.providersWithKeys(), today: today).id
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        func xdg(_ key: String, _ fallback: String) -> String { StateFolders.folder(key, fallback, environment: environment) }
        let stateDirectory = xdg("XDG_STATE_HOME", ".local/state")
        let providers = RegisteredProviders.registry
        let chatEnvironment = connection.environment(for: RegisteredProviders.defaultName)
        let chatDescriptor = try providers.descriptor(named: RegisteredProviders.defaultName)
        let canChat = chatDescriptor.isConfigured(chatEnvironment)
        let interactive = Terminal.standardInputIsTerminal
        let today = try CatalogContext.today()
        let chatModel = model ?? environment["TUNESMITH_MODEL"] ?? ShellConfiguration.defaultTarget
        var configuration = ShellConfiguration(
            datasetPath: file, chatModel: model ?? environment["TUNESMITH_MODEL"] ?? ShellConfiguration.defaultTarget,
            targetModel: target ?? Self.defaultTarget(chatModel: chatModel, provider: connection.providerName, today: today), persona: persona, system: system, offline: offline || !canChat,
            stateDirectory: stateDirectory, configDirectory: xdg("XDG_CONFIG_HOME", ".config"),
            secrets: providers.secrets(in: chatEnvironment),
            color: environment["NO_COLOR"] == nil && Terminal.standardOutputIsTerminal,
            watchInterval: environment["TUNESMITH_WATCH_INTERVAL"].flatMap(Double.init) ?? 10,
            columns: Terminal.standardOutputIsTerminal ? Terminal.columns : environment["COLUMNS"].flatMap(Int.init) ?? 100, assumeYes: yes, restoreDraft: restoreDraft)
        configuration.today = today
        configuration.providers = providers
        let refusedInput = RefusedInput()
        let reader: LineReader = interactive
            ? TerminalLineReader(EditLineReader(programName: "tunesmith", historyPath: stateDirectory + "/history"))
            : PipedLineReader(refused: refusedInput)
        let shell: Shell
        do {
            shell = try await Shell(
                configuration: configuration, reader: reader, output: StandardOutput(),
                chatClient: canChat ? chatDescriptor.makeChat(chatEnvironment) : nil,
                provider: try? connection.fineTuning(),
                providerFactory: { [connection] name in
                    let descriptor = try providers.descriptor(named: name)
                    guard descriptor.isConfigured(connection.environment(for: name)) else {
                        throw ShellError("no key for \(descriptor.displayName); set \(descriptor.keyVariable) and restart")
                    }
                    return try providers.fineTuning(named: name, environment: connection.environment(for: name))
                },
                loader: EncodingLoader.standard,
                targets: TargetResolver(catalog: CatalogContext.catalog(), encodings: EncodingLoader.standard, tokenizers: TokenizerLocator.standard, remembering: true),
                editor: ExternalEditor(), interrupts: CtrlC(), pager: ExternalPager())
        } catch let error as ShellError {
            throw CommandFailure(error.description, exitCode: 2)
        }
        let status = await shell.run()
        if status != 0 { throw ExitCode(status) }
        if refusedInput.line != nil { throw ExitCode(1) }
    }
}

/// The line editor, as the shell's reader.
final class TerminalLineReader: LineReader {
    let editor: EditLineReader
    init(_ editor: EditLineReader) { self.editor = editor }

    var isInteractive: Bool { true }

    func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> LineInput {
        switch editor.readLine(prompt: prompt, rightPrompt: rightPrompt, prefill: prefill) {
        case .line(let line): .line(line)
        case .interrupted(let typed): .interrupted(typed: typed)
        case .endOfInput: .endOfInput
        }
    }

    func addHistory(_ line: String) { editor.addHistory(line) }

    var completer: ((String) -> [String])? {
        get { editor.completer }
        set { editor.completer = newValue }
    }
}

/// Standard input that is not a terminal: one line at a time, no prompts, no editing. A line that
/// is not UTF-8 ends the input there (its text cannot be kept as it was sent, and guessing would
/// shift every later line's meaning); the command then exits 1.
final class PipedLineReader: LineReader {
    var isInteractive: Bool { false }
    var completer: ((String) -> [String])?
    private var lineNumber = 0
    /// The line that was not UTF-8, once one was; kept apart, as the reader goes to the shell.
    let refused: RefusedInput
    private var refusedLine: Int? {
        get { refused.line }
        set { refused.line = newValue }
    }

    init(refused: RefusedInput) { self.refused = refused }

    func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> LineInput {
        guard refusedLine == nil, let bytes = readBytes() else { return .endOfInput }
        lineNumber += 1
        guard let text = String(validating: bytes, as: UTF8.self) else {
            refusedLine = lineNumber
            FileHandle.standardError.write(Data(
                "tunesmith: stdin line \(lineNumber), column \(Self.firstInvalidColumn(bytes)): not valid UTF-8; nothing from this line on was read. Convert the input to UTF-8 (e.g. with iconv) and run it again.\n".utf8))
            return .endOfInput
        }
        return .line(text)
    }

    func addHistory(_ line: String) {}

    private var pending: [UInt8] = []
    private var atEnd = false

    /// One line of standard input without its `\n` (or `\r\n`), as bytes; nil at the end.
    private func readBytes() -> [UInt8]? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                var line = Array(pending[..<newline])
                pending.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if atEnd {
                defer { pending = [] }
                return pending.isEmpty ? nil : pending
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(STDIN_FILENO, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEnd = true } else { pending += chunk[..<n] }
        }
    }

    /// 1-based, in characters before the first byte that is not UTF-8.
    static func firstInvalidColumn(_ bytes: [UInt8]) -> Int {
        InvalidUTF8.position(in: bytes)?.column ?? bytes.count + 1
    }
}

/// The line of piped input that was not UTF-8, once one was.
final class RefusedInput: Sendable {
    private let refused = Mutex<Int?>(nil)
    var line: Int? {
        get { refused.withLock { $0 } }
        set { refused.withLock { $0 = newValue } }
    }
}

/// Standard output, written as it comes (replies stream).
final class StandardOutput: ShellOutput, @unchecked Sendable {  // FileHandle writes are thread-safe
    func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// Ctrl-C from the terminal.
struct CtrlC: InterruptSource {
    init() { _ = InterruptSignal.shared }
    func next() async { await InterruptSignal.shared.next() }
}
