import Tokenizers

/// Everything `tunesmith validate` reports about a training file.
public struct ValidationReport: Sendable {
    public static let maximumLinesPerCategory = 100

    public var file: String
    public var format: TrainingFormat
    /// Non-blank lines: every line meant as an example.
    public var examples: Int
    public var model: String?
    /// The encoding ("o200k_base") or the chat format ("Qwen/Qwen3-8B chat template") it counted with.
    public var countedWith: String
    public var maxTokensPerExample: Int
    /// How often each category occurred (per message where OpenAI's check counts per message).
    public var counts: [Category: Int]
    /// The first findings of each category, at most 100 lines' worth, in line order.
    public var findings: [Category: [Finding]]
    public var missingSystem: Int
    public var missingUser: Int
    public var messagesPerExample: Distribution.Summary?
    public var totalTokensPerExample: Distribution.Summary?
    public var assistantTokensPerExample: Distribution.Summary?
    public var overLimit: Int
    /// Σ min(limit, tokens) over the examples: what one epoch bills.
    public var billingTokens: Int
    /// The provider's default for this many examples (OpenAI's `"auto"` rule, or a fixed number).
    public var epochs: Int
    /// Whose rule picked `epochs`: "auto" (OpenAI's) or "Together's default".
    public var epochsRule = "auto"
    public var chargedTokens: Int { epochs * billingTokens }
    public var estimatedCostUSD: Double?
    /// A validation file is checked like a training file but never billed.
    public var purpose: ValidationTarget.Purpose = .training

    public func count(_ category: Category) -> Int { counts[category] ?? 0 }

    /// The line numbers behind a category, at most 100.
    public func lines(_ category: Category) -> [Int] {
        var lines: [Int] = []
        for finding in findings[category] ?? [] where finding.line > 0 && lines.last != finding.line { lines.append(finding.line) }
        return lines
    }

    public var errorCount: Int { Category.errors.reduce(0) { $0 + count($1) } }
    public var warningCount: Int { Category.warnings.reduce(0) { $0 + count($1) } }

    /// Ready to train on (or to validate with): no errors (warnings allowed).
    public var isReady: Bool { errorCount == 0 }
}
