import Foundation
import ProviderKit

/// Fireworks' control-plane objects as proto3 JSON: camelCase keys, SCREAMING_CASE enums, RFC 3339
/// times, int64 values as strings (numbers are taken too), and every field optional.
enum FireworksWire {
    /// An int64, which proto3 JSON writes as a string; some servers and clients write a number.
    struct Int64Value: Decodable, Sendable, Hashable {
        let value: Int64

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int64.self) {
                value = number
            } else if let text = try? container.decode(String.self), let number = Int64(text) {
                value = number
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "an int64 is a number or a string of digits")
            }
        }
    }

    struct Status: Decodable, Sendable {
        /// A gatewayCode name ("OK", "INVALID_ARGUMENT"); older answers carry the number.
        let code: CodeValue?
        let message: String?

        var isProblem: Bool { code.map { $0.name != "OK" } ?? false }
    }

    struct CodeValue: Decodable, Sendable {
        let name: String

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { name = text } else { name = String(try container.decode(Int.self)) }
        }
    }

    struct Dataset: Decodable, Sendable {
        let name: String?
        let displayName: String?
        let createTime: String?
        let state: String?
        let status: Status?
        let exampleCount: Int64Value?
        let format: String?
        let estimatedTokenCount: Int64Value?
    }

    struct Page<Item: Decodable & Sendable>: Decodable, Sendable {
        let items: [Item]
        let nextPageToken: String?

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let listKey = container.allKeys.first { $0.stringValue != "nextPageToken" && $0.stringValue != "totalSize" }
            items = try listKey.map { try container.decodeIfPresent([Item].self, forKey: $0) ?? [] } ?? []
            nextPageToken = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "nextPageToken"))
        }
    }

    struct UploadEndpoint: Decodable, Sendable {
        let filenameToSignedUrls: [String: String]?
    }

    struct Money: Decodable, Sendable {
        let currencyCode: String?
        let units: Int64Value?
        let nanos: Int?

        var amount: Double { Double(units?.value ?? 0) + Double(nanos ?? 0) / 1e9 }
    }

    struct CostEstimate: Decodable, Sendable {
        let estimatedCost: Money?
    }

    struct Progress: Decodable, Sendable {
        let percent: Int?
        let epoch: Int?
    }

    /// The hyperparameters: at the top level of a supervised job, under `trainingConfig` in a DPO job.
    struct TrainingConfig: Decodable, Sendable {
        let baseModel: String?
        let warmStartFrom: String?
        let outputModel: String?
        let epochs: Int?
    }

    /// A supervised fine-tuning job or a DPO job.
    struct Job: Decodable, Sendable {
        let name: String?
        let displayName: String?
        let createTime: String?
        let completedTime: String?
        let dataset: String?
        let evaluationDataset: String?
        let state: String?
        let status: Status?
        let baseModel: String?
        let warmStartFrom: String?
        let outputModel: String?
        let epochs: Int?
        let jobProgress: Progress?
        let trainingConfig: TrainingConfig?
    }

    struct Deployment: Decodable, Sendable {
        let name: String?
        let displayName: String?
        let baseModel: String?
        let state: String?
        let status: Status?
        let acceleratorType: String?
        let acceleratorCount: Int?
        let minReplicaCount: Int?
        let maxReplicaCount: Int?
        let replicaCount: Int?
    }

    static func date(_ text: String?) -> Date? { WireDate.rfc3339(text) }
}
