import Foundation

/// The shapes every OpenAI-compatible server shares (OpenAI, Together, Fireworks, vLLM, Ollama):
/// the error body and the model list. Decoded leniently: every field optional but ids.
package enum CompatibleWire {
    package struct ErrorBody: Decodable, Sendable {
        package struct Detail: Decodable, Sendable {
            package let message: String?
            package let type: String?
            package let code: String?
            package let param: String?
        }
        package let error: Detail?
    }

    package struct ModelList: Decodable, Sendable {
        package let data: [Model]
    }

    package struct Model: Decodable, Sendable {
        package let id: String
        package let created: Double?
        package let owned_by: String?
    }
}
