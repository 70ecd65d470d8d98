import Dataset
import Foundation

/// A file stored with a provider.
public struct ProviderFile: Sendable, Hashable {
    public var id: String
    public var filename: String
    public var bytes: Int64?
    public var createdAt: Date?
    public var purpose: String?
    /// The provider's processing status in words, when it has one.
    public var status: String?
    /// The server's own object, for `--json`.
    public var raw: JSONValue?

    public init(id: String, filename: String, bytes: Int64? = nil, createdAt: Date? = nil, purpose: String? = nil, status: String? = nil) {
        self.id = id
        self.filename = filename
        self.bytes = bytes
        self.createdAt = createdAt
        self.purpose = purpose
        self.status = status
    }
}

/// A hyperparameter: the provider picks (`auto`), or a value.
public enum AutoOr<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    case auto
    case value(Value)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), text == "auto" { self = .auto } else { self = .value(try container.decode(Value.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .auto: try container.encode("auto")
        case .value(let value): try container.encode(value)
        }
    }

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// How fast a job learns. OpenAI scales its own default rate (a multiplier, 0.1 to 10); Together
/// and Fireworks take the rate itself (1e-5). The same number means different things, so they are
/// different cases, and a provider refuses the one it does not take instead of misreading it.
public enum LearningRate: Sendable, Hashable {
    case auto
    case multiplier(Double)
    case absolute(Double)
}

/// Examples per step: the provider's choice, the largest the model takes (Together's `max`), or a number.
public enum BatchSize: Sendable, Hashable {
    case auto
    case max
    case value(Int)

    public var value: Int? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// What to train, provider-neutral; each provider maps it onto its own request.
public struct JobRequest: Sendable {
    public enum Method: String, Sendable, CaseIterable { case supervised, dpo }

    public var model: String
    public var trainingFile: String
    public var validationFile: String?
    public var suffix: String?
    public var seed: Int?
    public var method: Method
    public var epochs: AutoOr<Int>
    public var batchSize: BatchSize
    public var learningRate: LearningRate
    /// DPO only.
    public var beta: AutoOr<Double>
    public var metadata: [String: String]
    /// Providers that train adapters: LoRA (true, the default) or full fine-tuning.
    public var lora: Bool
    /// The adapter's rank (nil: the model's largest, as Together's SDK picks); alpha is twice the rank.
    public var loraRank: Int?
    /// Whether prompts and user turns train too (nil: the provider's "auto", which masks them).
    public var trainOnInputs: Bool?
    /// Together: evaluations on the validation file, and checkpoints to keep.
    public var evaluations: Int?
    public var checkpoints: Int?
    /// Fireworks: the longest example trained on, in tokens (nil: the model's default).
    public var maxContextLength: Int?

    public init(model: String, trainingFile: String, validationFile: String? = nil, suffix: String? = nil, seed: Int? = nil,
                method: Method = .supervised, epochs: AutoOr<Int> = .auto, batchSize: BatchSize = .auto,
                learningRate: LearningRate = .auto, beta: AutoOr<Double> = .auto, metadata: [String: String] = [:],
                lora: Bool = true, loraRank: Int? = nil, trainOnInputs: Bool? = nil, evaluations: Int? = nil, checkpoints: Int? = nil,
                maxContextLength: Int? = nil) {
        self.model = model
        self.trainingFile = trainingFile
        self.validationFile = validationFile
        self.suffix = suffix
        self.seed = seed
        self.method = method
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.beta = beta
        self.metadata = metadata
        self.lora = lora
        self.loraRank = loraRank
        self.trainOnInputs = trainOnInputs
        self.evaluations = evaluations
        self.checkpoints = checkpoints
        self.maxContextLength = maxContextLength
    }
}

/// A fine-tuning job, provider-neutral.
public struct FineTuningJob: Sendable, Hashable {
    public var id: String
    public var model: String
    public var status: JobStatus
    public var createdAt: Date?
    public var finishedAt: Date?
    public var estimatedFinish: Date?
    /// The new model's name once the job succeeded.
    public var fineTunedModel: String?
    public var trainingFile: String?
    public var validationFile: String?
    public var trainedTokens: Int?
    /// Why it failed, in the provider's words.
    public var error: String?
    public var epochs: Int?
    /// The server's own object, for `--json`.
    public var raw: JSONValue?

    public init(id: String, model: String, status: JobStatus) {
        self.id = id
        self.model = model
        self.status = status
    }
}

/// One line of a job's log, with training metrics when it reports a step.
public struct JobEvent: Sendable, Hashable {
    public struct Metrics: Sendable, Hashable {
        public var step: Int?
        public var totalSteps: Int?
        public var trainLoss: Double?
        public var validLoss: Double?
        public var trainAccuracy: Double?

        public init(step: Int? = nil, totalSteps: Int? = nil, trainLoss: Double? = nil, validLoss: Double? = nil, trainAccuracy: Double? = nil) {
            self.step = step
            self.totalSteps = totalSteps
            self.trainLoss = trainLoss
            self.validLoss = validLoss
            self.trainAccuracy = trainAccuracy
        }
    }

    public var id: String
    public var createdAt: Date?
    public var level: String?
    public var message: String
    public var metrics: Metrics?
    /// The server's own object, for `--json`.
    public var raw: JSONValue?

    public init(id: String, createdAt: Date?, level: String?, message: String, metrics: Metrics? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.level = level
        self.message = message
        self.metrics = metrics
    }
}

/// A saved model from partway through training.
public struct JobCheckpoint: Sendable, Hashable {
    public var id: String
    public var step: Int?
    /// The name to chat with, when the provider serves checkpoints.
    public var model: String?
    public var createdAt: Date?
    public var trainLoss: Double?
    public var validLoss: Double?
    /// The server's own object, for `--json`.
    public var raw: JSONValue?

    public init(id: String, step: Int?, model: String?, createdAt: Date?, trainLoss: Double? = nil, validLoss: Double? = nil) {
        self.id = id
        self.step = step
        self.model = model
        self.createdAt = createdAt
        self.trainLoss = trainLoss
        self.validLoss = validLoss
    }
}

/// What a job will cost, and where the figure comes from.
public struct PriceEstimate: Sendable, Hashable {
    public var usd: Double
    public var trainingTokens: Int?
    public var epochs: Int?
    /// E.g. "tokens x epochs x $5.00 per 1M (catalog 2026-08)" or "Together's estimate-price".
    public var basis: String

    public init(usd: Double, trainingTokens: Int?, epochs: Int?, basis: String) {
        self.usd = usd
        self.trainingTokens = trainingTokens
        self.epochs = epochs
        self.basis = basis
    }
}
