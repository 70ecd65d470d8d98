import ArgumentParser
import Dataset
import Foundation
import Models
import Providers
import Shell

/// `tunesmith models catalog`: every model the providers fine-tune, how tunesmith counts it, its
/// limits, price and deadlines, and how old each provider's figures are.
struct ModelsCatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List the models each provider fine-tunes: counting, context, price, deadlines.",
        discussion: "Figures are the shipped defaults until --refresh asks each provider you have a key for; a refresh older than 30 days is marked stale."
    )

    @Option(help: ArgumentHelp("Only this provider's models: openai, together or fireworks.", valueName: "name"),
            completion: .list(ModelProvider.allCases.map(\.rawValue)))
    var provider: String?

    @Flag(help: "Ask the providers' APIs first (each one you have a key for) and cache what they say.")
    var refresh = false

    @Flag(help: "Print one JSON object per model instead of the table.")
    var json = false

    func validate() throws {
        if let provider, ModelProvider(named: provider) == nil {
            throw ValidationError("unknown provider \"\(provider)\"; use one of \(ModelProvider.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let chosen = provider.flatMap(ModelProvider.init(named:))
        var failed = false
        if refresh { failed = try await refreshReports(only: chosen) }
        let catalog = CatalogContext.catalog()
        let today = try CatalogContext.today()
        let models = chosen.map { catalog.models(provider: $0) } ?? catalog.entries
        if json {
            var out = OutputBuffer()
            for model in models { out.write(JSONWriter.string(CatalogRows.json(model, catalog: catalog, today: today)) + "\n") }
            out.flush()
        } else {
            Table(["PROVIDER", "MODEL", "COUNTED WITH", "CONTEXT SFT/DPO", "$/1M", "TRAINS UNTIL", "SERVES UNTIL", "DATA"],
                  models.map { CatalogRows.row($0, catalog: catalog, today: today) }).print()
            for provider in chosen.map({ [$0] }) ?? ModelProvider.allCases {
                Terminal.writeError(CatalogRows.freshnessLine(provider, catalog: catalog, today: today) + "\n")
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// Fetches and caches each provider's report; says which could not be refreshed and why.
    /// Returns whether any refresh failed.
    func refreshReports(only chosen: ModelProvider?) async throws -> Bool {
        let environment = CatalogContext.environment
        let openAI = OpenAIConfiguration(environment: environment)
        let keyed = CatalogContext.providersWithKeys(openAI: openAI)
        let wanted = chosen.map { [$0] } ?? ModelProvider.allCases
        if let chosen, chosen == .fireworks {
            throw CommandFailure("Fireworks publishes no list of the models it fine-tunes to refresh from; its figures are the shipped ones")
        }
        if let chosen, !keyed.contains(chosen) {
            throw CommandFailure("no \(chosen.displayName) key; set \(ProviderRegistry.keyVariable(chosen.rawValue)) to refresh its models")
        }
        // Fireworks publishes no list of fine-tunable models to refresh from: its figures are the shipped ones.
        let targets = wanted.filter { keyed.contains($0) && $0 != .fireworks }
        if targets.isEmpty {
            throw CommandFailure("no provider key is set; set OPENAI_API_KEY or TOGETHER_API_KEY to refresh (the list below would be the shipped one)")
        }
        var failed = false
        for provider in targets {
            do {
                let report = switch provider {
                case .openAI: try await OpenAIClient(configuration: openAI).catalogReport()
                default: try await TogetherClient(configuration: TogetherConfiguration(environment: environment)).catalogReport()
                }
                try CatalogContext.cache.save(report)
                Terminal.writeError("\(provider.rawValue): refreshed \(report.models.count) models\n")
            } catch {
                failed = true
                Terminal.writeError(TerminalSafeText.neutralized("\(provider.rawValue): not refreshed (\(error.localizedDescription)); the figures below are the earlier ones\n"))
            }
        }
        return failed
    }
}
