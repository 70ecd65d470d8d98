import ArgumentParser
import Foundation
import Models
import Dataset
import Tokenizers

/// `--model M | --encoding E | --tokenizer PATH`: what to count with. An OpenAI model or encoding
/// is a built-in tiktoken encoding; any other model is a Hugging Face repo id whose tokenizer is
/// found (or fetched) by `TokenizerLocator`.
struct TokenizerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Count for this model: an OpenAI model, a model a provider fine-tunes, or a Hugging Face repo id (Qwen/Qwen3-8B).", valueName: "model"),
            completion: .list(ModelCatalog.countableNames))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("cl100k_base, o200k_base or o200k_harmony.", valueName: "encoding"),
            completion: .list(EncodingName.allCases.map(\.rawValue)), transform: { try EncodingName(parsing: $0) })
    var encoding: EncodingName?

    @Option(name: .long, help: ArgumentHelp("A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.", valueName: "path"),
            completion: .file())
    var tokenizer: String?

    @Option(name: .long, help: ArgumentHelp("The split pattern of a rank file tunesmith does not recognise.", valueName: "name"),
            completion: .list(SplitPattern.allCases.map(\.rawValue)))
    var pattern: String?

    func validate() throws {
        if [model, encoding?.rawValue, tokenizer].compactMap({ $0 }).count > 1 {
            throw ValidationError("pass one of --model, --encoding and --tokenizer")
        }
        if let pattern, SplitPattern(rawValue: pattern) == nil {
            throw ValidationError("--pattern is one of \(SplitPattern.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// What was chosen: a built-in encoding (with its parallel fast path and chat counting), or any tokenizer.
    enum Choice {
        case encoding(Encoding)
        case tokenizer(Tokenizer)

        var tokenizer: Tokenizer {
            switch self {
            case .encoding(let encoding): Tokenizer(encoding)
            case .tokenizer(let tokenizer): tokenizer
            }
        }
    }

    func load() async throws -> Choice {
        let split = pattern.flatMap(SplitPattern.init(rawValue:))
        if let tokenizer { return .tokenizer(try TokenizerFiles.load(tokenizer, pattern: split, environment: ProcessInfo.processInfo.environment)) }
        if let encoding { return .encoding(try await EncodingLoader.standard.load(encoding)) }
        guard let model else { return .encoding(try await EncodingLoader.standard.load(EncodingOptions.defaultEncoding)) }
        switch CatalogContext.catalog().tokenizerSource(named: model) {
        case .encoding(let name)?: return .encoding(try await EncodingLoader.standard.load(name))
        case .repo(let repo)?: return .tokenizer(try await TokenizerLocator.standard.load(repo, pattern: split))
        case nil:
            throw CommandFailure("unknown model \"\(model)\"; pass an OpenAI model (gpt-4.1-mini), a model a provider fine-tunes (`tunesmith models catalog`), a Hugging Face repo id such as Qwen/Qwen3-8B, --encoding E, or --tokenizer PATH")
        }
    }
}

extension TokenizerOptions {
    /// The chosen model's chat format: what `render` shows. OpenAI's own chat format is not
    /// public (tunesmith counts it by the cookbook's rule), so only gpt-oss's harmony
    /// (`--encoding o200k_harmony`) and open models render.
    func chatFormat() async throws -> ChatFormat {
        let environment = ProcessInfo.processInfo.environment
        if let tokenizer {
            let loaded = try TokenizerFiles.load(tokenizer, pattern: pattern.flatMap(SplitPattern.init(rawValue:)), environment: environment)
            return try ChatFormat.load(path: tokenizer, tokenizer: loaded)
        }
        if let model, case .repo(let repo)? = CatalogContext.catalog().tokenizerSource(named: model) {
            let loaded = try await TokenizerLocator.standard.load(repo, pattern: pattern.flatMap(SplitPattern.init(rawValue:)))
            return try ChatFormat.load(repo: repo, tokenizer: loaded, locator: TokenizerLocator.standard)
        }
        if case .encoding(let encoding) = try await load(), encoding.name == .o200kHarmony {
            return try ChatFormat.load(for: Tokenizer(encoding), name: "o200k_harmony") { throw CommandFailure("unreachable") }
        }
        throw CommandFailure(
            "OpenAI does not publish its models' chat format, so there is nothing exact to render; `tunesmith tokens --chat FILE --model M` counts by OpenAI's rule. Render an open model with --model ORG/NAME (Qwen/Qwen3-8B), --tokenizer PATH, or --encoding o200k_harmony (gpt-oss)")
    }

    /// The chat format as validation counts with it.
    func renderedCounting() async throws -> RenderedCounting {
        let format = try await chatFormat()
        return RenderedCounting(format)
    }
}
