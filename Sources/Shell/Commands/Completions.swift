import Foundation
import Models
import ProviderKit
import Tokenizers

/// Tab's candidates, from a copy of what they depend on taken before the line is read: the
/// callback runs inside `readLine`, perhaps while a command that asked a question holds the session.
struct Completions {
    let catalog: ModelCatalog
    let chatModel: String
    let targetModel: String
    let personas: PersonaStore
    let providers: [String]
    let lastJobID: String?
    /// Where the author's jobs and fine-tuned models come from (nil: no provider, none offered).
    let provider: (any FineTuningProvider)?
    let jobsCache: ProviderJobsCache
    let exampleCount: Int
    let commands: [CommandSpec]

    @ShellActor
    init(_ session: Session, _ shell: ShellContext) {
        commands = CommandTable.specs
        catalog = shell.targets.catalog
        chatModel = session.chatModel
        targetModel = session.targetModel
        personas = shell.personas
        providers = shell.configuration.providers.names
        lastJobID = session.lastJobID
        provider = session.provider
        jobsCache = shell.jobsCache
        exampleCount = session.exampleCount
    }

    /// The provider that fine-tunes: /target offers its models.
    var trainingProvider: ModelProvider? { provider.flatMap { ModelProvider(named: $0.displayName) } }

    /// Candidates for the word before the cursor: commands, then their arguments.
    func candidates(for text: String) -> [String] {
        guard text.hasPrefix("/") else { return [] }
        guard let space = text.firstIndex(of: " ") else {
            let typed = text.dropFirst()
            return commands.map(\.name).filter { $0.hasPrefix(typed) }.map { "/" + $0 }
        }
        let name = String(text[text.index(after: text.startIndex)..<space])
        let rest = text[text.index(after: space)...]
        let word = String(rest.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let options: [String]
        switch commands.first(where: { $0.name == name })?.completion {
        case .model?:
            options = catalog.completionNames() + [chatModel, targetModel]
        case .trainableModel?:
            options = catalog.completionNames(for: trainingProvider) + [targetModel]
        case .persona?:
            options = rest.contains(" ") ? [] : personas.names + ["save"]
        case .setting?:
            options = rest.contains(" ") ? [] : ChatSettings.keys
        case .provider?:
            options = providers
        case .jobID?:
            options = (lastJobID.map { [$0] } ?? []) + providerJobs().map(\.id)
        case .fineTunedModel?:
            options = [chatModel] + fineTunedModels()
        case .chatModel?:
            options = [chatModel] + fineTunedModels() + catalog.completionNames()
        case .path?:
            options = Self.paths(startingWith: word)
        case .command?:
            options = commands.map { word.hasPrefix("/") ? "/" + $0.name : $0.name }
        case .exampleNumber?:
            options = exampleCount > 0 ? (1...exampleCount).map(String.init) : []
        default:
            options = []
        }
        return Array(Set(options)).sorted().filter { $0.hasPrefix(word) }
    }

    /// The provider's recent jobs (cached; none when there is no provider or it cannot be reached).
    private func providerJobs() -> [FineTuningJob] {
        provider.map { jobsCache.jobs(at: $0) } ?? []
    }

    /// The models the author's jobs made: fine-tuned from chat models, so each can chat.
    private func fineTunedModels() -> [String] {
        providerJobs().filter { $0.status == .succeeded }.compactMap(\.fineTunedModel)
    }

    /// Files and folders (ending in "/") whose path starts with `word`, as typed (`~/` kept);
    /// hidden ones only once a "." is typed.
    static func paths(startingWith word: String) -> [String] {
        let typedFolder = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
        let folder = localPath(typedFolder)
        let prefix = String(word.dropFirst(typedFolder.count))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return entries.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.map { entry in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + entry, isDirectory: &isFolder)
            return typedFolder + entry + (exists && isFolder.boolValue ? "/" : "")
        }
    }
}
