import ArgumentParser
import Dataset
import Foundation
import Models
import Tokenizers

/// `--model M | --encoding E --max-tokens N`: what a training file is checked for.
struct TargetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The model to fine-tune (default: \(Self.defaultModel); from 2027-01-06, when OpenAI stops training, the catalog's default target).", valueName: "model"),
            completion: .list(ModelCatalog.countableNames))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("Instead of --model: cl100k_base or o200k_base (needs --max-tokens).", valueName: "encoding"),
            completion: .list(EncodingName.allCases.map(\.rawValue)))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("The token limit per example (with --encoding, or to override the model's).", valueName: "n"))
    var maxTokens: Int?

    static let defaultModel = "gpt-4.1-mini"

    /// `defaultModel` while OpenAI trains it; from then on the catalog's default target, never OpenAI's.
    static func defaultModel(today: CalendarDay) -> String {
        let catalog = CatalogContext.catalog()
        if let openAI = catalog.model(named: defaultModel, provider: .openAI), openAI.isTrainable(on: today) { return defaultModel }
        return catalog.defaultTarget(providersWithKeys: CatalogContext.providersWithKeys(), today: today).id
    }

    /// The model checked for: the one named, else the default; nil with `--encoding`.
    func modelName() throws -> String? {
        encoding != nil ? nil : try model ?? Self.defaultModel(today: CatalogContext.today())
    }

    func validate() throws {
        if model != nil && encoding != nil { throw ValidationError("pass either --model or --encoding, not both") }
        if encoding != nil && maxTokens == nil { throw ValidationError("--encoding needs --max-tokens N (the model's limit per example)") }
        if let maxTokens, maxTokens < 1 { throw ValidationError("--max-tokens must be at least 1") }
    }

    func resolve(provider: String? = nil) async throws -> ValidationTarget {
        if let encoding {
            let name: EncodingName
            do { name = try EncodingName(parsing: encoding) } catch { throw ValidationError("\(error)") }
            return ValidationTarget(
                model: nil, encoding: try await EncodingLoader.standard.load(name), maxTokensPerExample: maxTokens!,
                trainingPricePerMillion: nil)
        }
        return try await Self.target(model: try modelName() ?? Self.defaultModel, provider: provider, maxTokens: maxTokens)
    }

    /// What `model` is validated for: its count (OpenAI's rule, or its chat format rendered), the
    /// provider's limit, price, minimum and default epochs; `maxTokens` overrides the limit.
    static func target(model modelName: String, provider: String?, maxTokens: Int?) async throws -> ValidationTarget {
        let resolver = TargetResolver(catalog: CatalogContext.catalog(), encodings: EncodingLoader.standard, tokenizers: TokenizerLocator.standard)
        let target: ResolvedTarget
        do {
            target = try await resolver.resolve(modelName, provider: provider.flatMap(ModelProvider.init(named:)))
        } catch let error as ModelsError where error.kind == .unknownModel {
            throw ValidationError("\(error.message); or pass --encoding E --max-tokens N")
        }
        switch target.counting {
        case .openAI(let encoding):
            let info = ModelCatalog.info(for: modelName)
            guard let limit = maxTokens ?? info?.maxTokensPerExample ?? target.limit() else {
                throw ValidationError("\(modelName) cannot be fine-tuned; pick a fine-tunable --model (e.g. \(Self.defaultModel)) or pass --max-tokens N")
            }
            return ValidationTarget(model: modelName, encoding: encoding, maxTokensPerExample: limit,
                                    trainingPricePerMillion: info?.trainingPricePerMillion ?? target.model?.trainingPrice?.usdPerMillion)
        case .chatFormat(let format):
            guard let limit = maxTokens ?? target.limit() else {
                throw ValidationError("no provider in the catalog states \(modelName)'s training context; pass --max-tokens N (the longest example it trains)")
            }
            let providerName = target.model?.provider.displayName ?? "the provider"
            return ValidationTarget(
                model: modelName, counting: .rendered(RenderedCounting(format)),
                maxTokensPerExample: limit, trainingPricePerMillion: target.model?.trainingPrice?.usdPerMillion,
                provider: providerName, minimumExamples: target.model?.provider.minimumExamples ?? 1,
                defaultEpochs: target.model?.provider.defaultEpochs ?? 1)
        }
    }
}
