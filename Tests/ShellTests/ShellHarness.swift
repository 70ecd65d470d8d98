import Dataset
import Foundation
import Models
import OpenAIProvider
import ProviderKit
import Shell
import TestSupport
import Tokenizers

/// Lines typed by a test; records prompts, prefills and history.
final class ScriptedReader: LineReader, @unchecked Sendable {
    var lines: [LineInput]
    let isInteractive: Bool
    var completer: ((String) -> [String])?
    private(set) var prompts: [String] = []
    private(set) var prefills: [String?] = []
    private(set) var history: [String] = []
    private(set) var rightPrompts: [String] = []
    /// Run just before the line they name is read: another program acting between two commands.
    var hooks: [String: @Sendable () -> Void] = [:]

    init(_ lines: [String], interactive: Bool = false) {
        self.lines = lines.map { .line($0) }
        self.isInteractive = interactive
    }

    func readLine(prompt: String, rightPrompt: ((String) -> String)?, prefill: String?) -> LineInput {
        prompts.append(prompt)
        prefills.append(prefill)
        guard !lines.isEmpty else { return .endOfInput }
        let next = lines.removeFirst()
        if case .line(let text) = next { hooks.removeValue(forKey: text)?() }
        if case .line(let text) = next, let rightPrompt { rightPrompts.append(rightPrompt(text)) }
        return next
    }

    func addHistory(_ line: String) { history.append(line) }
}

/// Fires a Ctrl-C when told.
final class ScriptedInterrupts: InterruptSource, @unchecked Sendable {
    private let stream = AsyncStream<Void>.makeStream()
    func fire() { stream.continuation.yield() }
    func next() async {
        for await _ in stream.stream { return }
    }
}

/// A shell over a scripted reader, the stub server and a fresh folder.
struct ShellHarness {
    let folder: URL
    let output = CapturedOutput()
    let stub: OpenAIStub?

    var dataset: URL { folder.appendingPathComponent("train.jsonl") }

    static func make(online: Bool = true) async throws -> ShellHarness {
        ShellHarness(folder: try temporaryFolder(), stub: online ? try await OpenAIStub.start() : nil)
    }

    /// `yes`: the script may run what spends money or deletes data (--yes); `restoreDraft`: --restore-draft.
    func configuration(persona: String? = nil, system: String? = nil, yes: Bool = false, restoreDraft: Bool = false,
                       target: String? = nil) -> ShellConfiguration {
        var configuration = ShellConfiguration(datasetPath: dataset.path, chatModel: "gpt-4.1-mini", targetModel: target, persona: persona, system: system,
                           offline: stub == nil, stateDirectory: folder.path + "/state", configDirectory: folder.path + "/config",
                           secrets: ["sk-test-0123456789abcdef"], watchInterval: 0.01, columns: 80, assumeYes: yes, restoreDraft: restoreDraft)
        // A fixed day, so no deadline warning comes or goes with the calendar.
        configuration.today = CalendarDay("2026-11-29")!
        configuration.providers = ProviderRegistry([.openAI])
        return configuration
    }

    /// The drafts in the state folder (of every session, live or gone).
    func draftFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/state/drafts")) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    func client() async -> OpenAIClient? {
        guard let stub else { return nil }
        return OpenAIClient(configuration: OpenAIConfiguration(apiKey: await stub.apiKey, baseURL: await stub.baseURL))
    }

    @discardableResult
    func run(_ reader: ScriptedReader, persona: String? = nil, system: String? = nil, interrupts: InterruptSource? = nil,
             editor: TextEditing? = nil, yes: Bool = false, target: String? = nil) async throws -> Shell {
        let client = await client()
        let provider = client.map { OpenAIFineTuningProvider(client: $0, trainingPrice: { ModelCatalog.info(for: $0)?.trainingPricePerMillion }) }
        let shell = try await Shell(
            configuration: configuration(persona: persona, system: system, yes: yes, target: target), reader: reader, output: output,
            chatClient: client, provider: provider, loader: TestEncodings.loader, targets: try targets(for: target), editor: editor, interrupts: interrupts)
        _ = await shell.run()
        return shell
    }

    /// Targets resolve against the shipped catalog; open models' files come from the shared
    /// tokenizers laid out as a Hugging Face cache (unpacked only when a test targets one).
    func targets(for target: String?) throws -> TargetResolver {
        let hub = target == nil ? folder.path + "/no-hub" : try TestTokenizers.folder() + "/hub"
        return TargetResolver(catalog: .shipped, encodings: TestEncodings.loader,
                              tokenizers: TokenizerLocator(environment: ["HF_HUB_CACHE": hub]), remembering: true)
    }

    func lines() throws -> [String] {
        guard FileManager.default.fileExists(atPath: dataset.path) else { return [] }
        return try String(contentsOf: dataset, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func shutdown() async { await stub?.shutdown() }
}

struct FixedEditor: TextEditing {
    let result: String?
    func edit(_ text: String) -> String? { result }
}
