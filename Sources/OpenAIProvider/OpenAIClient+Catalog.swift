import Foundation
import Models
import ProviderKit

extension OpenAIClient {
    /// What OpenAI says about the models this key can use (`GET /models`): each one's
    /// `shutdown_date`. It is not a list of what fine-tunes, so the catalog keeps entries it lacks.
    public func catalogReport(fetchedAt: Date = Date()) async throws -> ProviderReport {
        let response = try await call(APIRequest(.GET, "/models"), as: OpenAIWire.List<OpenAIWire.Model>.self)
        let models = response.value.data.map { ReportedModel(id: $0.id, shutdownDate: $0.shutdown_date.flatMap(CalendarDay.init)) }
        return ProviderReport(provider: .openAI, fetchedAt: fetchedAt, listsFineTunableModels: false, models: models)
    }
}
