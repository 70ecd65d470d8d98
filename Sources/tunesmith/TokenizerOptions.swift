import ArgumentParser
import Foundation
import Models
import Tokenizers

/// `--model M | --encoding E | --tokenizer PATH`: what to count with. An OpenAI model or encoding
/// is a built-in tiktoken encoding; any other model is a Hugging Face repo id whose tokenizer is
/// found (or fetched) by `TokenizerLocator`.
struct TokenizerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Count for this model: an OpenAI model or a Hugging Face repo id (Qwen/Qwen3-8B).", valueName: "model"),
            completion: .list(ModelCatalog.knownNames))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("cl100k_base, o200k_base or o200k_harmony.", valueName: "encoding"),
            completion: .list(EncodingName.allCases.map(\.rawValue)))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.", valueName: "path"),
            completion: .file())
    var tokenizer: String?

    @Option(name: .long, help: ArgumentHelp("The split pattern of a rank file tunesmith does not recognise.", valueName: "name"),
            completion: .list(SplitPattern.allCases.map(\.rawValue)))
    var pattern: String?

    func validate() throws {
        if [model, encoding, tokenizer].compactMap({ $0 }).count > 1 {
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
        if let encoding { return .encoding(try await EncodingLoader.standard.load(try EncodingName(parsing: encoding))) }
        guard let model else { return .encoding(try await EncodingLoader.standard.load(EncodingOptions.defaultEncoding)) }
        if let info = ModelCatalog.info(for: model) { return .encoding(try await EncodingLoader.standard.load(info.encoding)) }
        guard model.contains("/") else {
            throw CommandFailure("unknown model \"\(model)\"; pass an OpenAI model (gpt-4.1-mini), a Hugging Face repo id such as Qwen/Qwen3-8B, --encoding E, or --tokenizer PATH")
        }
        return .tokenizer(try await TokenizerLocator.standard.load(model, pattern: split))
    }
}
