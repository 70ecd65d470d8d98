import Foundation
import Models
import ProviderKit

extension TogetherClient {
    /// What Together says about the models it fine-tunes: the complete list
    /// (`GET /fine-tunes/models/supported`), each one's serving context (`GET /models`) and its
    /// limits (`GET /fine-tunes/models/limits?model_name=`, a few at a time). A model whose limits
    /// Together cannot give (400/404) is reported without them; any other failure ends the refresh.
    public func catalogReport(fetchedAt: Date = Date()) async throws -> ProviderReport {
        let supported = try await call(APIRequest(.GET, "/fine-tunes/models/supported"), as: TogetherWire.SupportedModels.self).value.models
        let served = try await call(APIRequest(.GET, "/models"), as: [TogetherWire.ModelInfo].self).value
        var contexts: [String: Int] = [:]
        for model in served { if let context = model.context_length { contexts[model.id] = context } }
        let limitsByModel = try await withThrowingTaskGroup(of: (String, TogetherWire.Limits?).self) { group in
            var found: [String: TogetherWire.Limits] = [:]
            var pending = supported.makeIterator()
            func startNext() {
                guard let id = pending.next() else { return }
                group.addTask {
                    do { return (id, try await self.limits(model: id)) } catch let error as ProvidersError where error.kind == .notFound || error.kind == .badRequest {
                        return (id, nil)
                    }
                }
            }
            for _ in 0..<4 { startNext() }
            while let (id, limit) = try await group.next() {
                found[id] = limit
                startNext()
            }
            return found
        }
        let models = supported.map { id in
            ReportedModel(id: id, servingContextLength: contexts[id], maxLoRARank: limitsByModel[id]?.lora_training?.max_rank,
                          maxEpochs: limitsByModel[id]?.max_num_epochs)
        }
        return ProviderReport(provider: .together, fetchedAt: fetchedAt, listsFineTunableModels: true, models: models)
    }
}
