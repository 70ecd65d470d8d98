/// The trainers a dataset can be exported for.
public enum ExportTrainer: String, Sendable, CaseIterable, CustomStringConvertible {
    case trl
    case axolotl
    case unsloth
    case mlx
    case llamaFactory = "llama-factory"

    public var description: String { rawValue }

    /// Its own name.
    public var title: String {
        switch self {
        case .trl: "TRL"
        case .axolotl: "Axolotl"
        case .unsloth: "Unsloth"
        case .mlx: "MLX-LM"
        case .llamaFactory: "LLaMA-Factory"
        }
    }

    /// The methods it trains from a file.
    public var methods: [ExportMethod] {
        switch self {
        case .mlx: [.sft]  // mlx_lm.lora trains SFT only
        case .axolotl: [.sft, .dpo]  // its KTO formats are fixed chatml/llama3 prompts, not the model's template
        default: ExportMethod.allCases
        }
    }
}

/// What is trained.
public enum ExportMethod: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Supervised fine-tuning on the conversations.
    case sft
    /// Direct preference optimization on the `.preference.jsonl` pairs.
    case dpo
    /// Kahneman-Tversky optimization on the judged replies (kept: true, rejected: false).
    case kto

    public var description: String { rawValue }
}

/// One export: which file, for which trainer and method, for which base model, into which folder.
public struct ExportRequest: Sendable {
    public var datasetPath: String
    public var trainer: ExportTrainer
    public var method: ExportMethod
    /// A Hugging Face repo id.
    public var model: String
    public var folder: String
    public var overwrite: Bool

    public static let defaultModel = "Qwen/Qwen3-8B"

    public init(datasetPath: String, trainer: ExportTrainer, method: ExportMethod = .sft, model: String = defaultModel,
                folder: String? = nil, overwrite: Bool = false) {
        self.datasetPath = datasetPath
        self.trainer = trainer
        self.method = method
        self.model = model
        self.folder = folder ?? Self.defaultFolder(for: datasetPath, trainer: trainer, method: method)
        self.overwrite = overwrite
    }

    /// `marv.jsonl` -> `marv-axolotl-sft` beside it.
    public static func defaultFolder(for path: String, trainer: ExportTrainer, method: ExportMethod) -> String {
        let base = path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path
        return base + "-\(trainer.rawValue)-\(method.rawValue)"
    }
}

/// What an export wrote.
public struct ExportResult: Sendable {
    public let folder: String
    /// File names inside the folder.
    public let files: [String]
    public let rows: Int
    /// What the trainer does differently from tunesmith's file (masking it lacks, rows left out).
    public let notes: [String]
    /// The one command to run in the folder.
    public let command: String
}
