import ArgumentParser
import Dataset
import Foundation
import Models
import ProviderKit
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
        let registry = RegisteredProviders.registry
        let keyed = CatalogContext.providersWithKeys()
        let wanted = chosen.map { [$0] } ?? ModelProvider.allCases
        if let chosen, registry.descriptors.first(where: { $0.name == chosen.rawValue })?.catalogReport == nil {
            throw CommandFailure("\(chosen.displayName) publishes no list of the models it fine-tunes to refresh from; its figures are the shipped ones")
        }
        if let chosen, !keyed.contains(chosen) {
            throw CommandFailure("no \(chosen.displayName) key; set \(try registry.descriptor(named: chosen.rawValue).keyVariable) to refresh its models")
        }
        // A provider with no list of fine-tunable models to refresh from keeps the shipped figures.
        let refreshable = Set(registry.descriptors.filter { $0.catalogReport != nil }.map(\.name))
        let targets = wanted.filter { keyed.contains($0) && refreshable.contains($0.rawValue) }
        if targets.isEmpty {
            throw CommandFailure("no provider key is set; \(registry.keyAdvice) to refresh (the list below would be the shipped one)")
        }
        var failed = false
        for provider in targets {
            do {
                guard let descriptor = registry.descriptors.first(where: { $0.name == provider.rawValue }), let catalogReport = descriptor.catalogReport else { continue }
                let report = try await catalogReport(ConnectionOptions.processEnvironment)
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
