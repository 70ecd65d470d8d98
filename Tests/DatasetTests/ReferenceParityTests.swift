import Dataset
import Foundation
import TestSupport
import Testing
import Tokenizers

/// Every figure equals what OpenAI's data-format check prints, on every committed fixture
/// (scripts/generate-validation-fixtures.py ran the reference and wrote expected.json).
@Suite(.enabled(if: TestEncodings.available))
struct ReferenceParityTests {
    struct Expected: Decodable {
        struct Summary: Decodable, Equatable {
            let min: Int, max: Int
            let mean: Double, median: Double, p5: Double, p95: Double
        }
        let crashed: String?
        let examples: Int?
        let format_errors: [String: Int]?
        let missing_system: Int?
        let missing_user: Int?
        let distributions: [String: Summary]?
        let over_limit: Int?
        let billing_tokens: Int?
        let epochs: Int?
        let charged_tokens: Int?
    }

    struct File: Decodable {
        let fixtures: [String: Expected]
    }

    static let folder = Bundle.module.url(forResource: "validation", withExtension: nil, subdirectory: "Fixtures")!
    static let expected: [String: Expected] = try! JSONDecoder().decode(
        File.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json"))).fixtures

    static func validate(_ name: String) throws -> ValidationReport {
        let target = ValidationTarget(
            model: nil, encoding: try TestEncodings.load(.cl100kBase), maxTokensPerExample: 4096, trainingPricePerMillion: nil)
        return try Validator(target: target).validate(path: folder.appendingPathComponent(name + ".jsonl").path)
    }

    static func summary(_ s: Distribution.Summary?) -> Expected.Summary? {
        s.map { .init(min: $0.min, max: $0.max, mean: $0.mean, median: $0.median, p5: $0.p5, p95: $0.p95) }
    }

    @Test(arguments: expected.keys.sorted())
    func figuresEqualTheReference(_ name: String) throws {
        let expected = Self.expected[name]!
        let report = try Self.validate(name)
        if let examples = expected.examples { #expect(report.examples == examples) }
        if let errors = expected.format_errors {
            for category in Category.reference {
                #expect(report.count(category) == errors[category.name] ?? 0, "\(category.name)")
            }
        }
        guard expected.crashed == nil else { return }  // the reference printed nothing more
        #expect(report.missingSystem == expected.missing_system)
        #expect(report.missingUser == expected.missing_user)
        #expect(Self.summary(report.messagesPerExample) == expected.distributions?["num_messages_per_example"])
        #expect(Self.summary(report.totalTokensPerExample) == expected.distributions?["num_total_tokens_per_example"])
        #expect(Self.summary(report.assistantTokensPerExample) == expected.distributions?["num_assistant_tokens_per_example"])
        #expect(report.overLimit == expected.over_limit)
        #expect(report.billingTokens == expected.billing_tokens)
        #expect(report.epochs == expected.epochs)
        #expect(report.chargedTokens == expected.charged_tokens)
    }

    @Test func whereTheReferenceCrashesTunesmithReportsAndGoesOn() throws {
        let invalid = try Self.validate("crash-invalid-json")
        #expect(invalid.count(.invalidJSON) == 1)
        #expect(invalid.lines(.invalidJSON) == [6])
        #expect(invalid.findings[.invalidJSON]?.first?.detail.contains("column 50: the array is not closed") == true)
        #expect(invalid.examples == 7)
        #expect(invalid.totalTokensPerExample?.min != nil)

        let special = try Self.validate("crash-special-token")
        #expect(special.isReady)
        #expect(special.totalTokensPerExample != nil)

        let nullContent = try Self.validate("crash-null-content")
        #expect(nullContent.lines(.missingContent) == [11])
        #expect(nullContent.findings[.missingContent]?.first?.detail == "message 1's content is empty")
    }
}
